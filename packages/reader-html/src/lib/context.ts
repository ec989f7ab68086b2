// What every step of the reader shares: the file messages go on, and how
// places in the page are named.
import type {Node, Point, Position} from 'unist'
import type {VFile} from 'vfile'

export const SOURCE = '@liveblog/reader-html'

export interface Context {
  file: VFile
  /** The page's text. */
  value: string
  /** Zone for times written without an offset; without it they keep `dateline` only. */
  timeZone?: string | undefined
}

export type Severity = 'fatal' | 'warning' | 'info'

/** Where a message points: a node (its position), a position or a point. */
export type Place = Node | Position | Point | undefined

/** A message on the file, with the place it is about, as `line:column`. */
export function report(
  context: Context,
  reason: string,
  place: Place,
  ruleId: string,
  severity: Severity = 'warning'
): void {
  const options = {place: placeOf(place), ruleId, source: SOURCE}
  if (severity === 'info') {
    context.file.info(reason, options)
    return
  }
  const message = context.file.message(reason, options)
  if (severity === 'fatal') message.fatal = true
}

function placeOf(place: Place): Position | Point | undefined {
  if (!place) return undefined
  if ('line' in place) return place
  if ('start' in place) return place
  return (place as Node).position
}

/** `line:column` of a node, for message texts that name several places. */
export function at(node: Node | undefined): string {
  const start = node?.position?.start
  return start ? `${start.line}:${start.column}` : '?:?'
}
