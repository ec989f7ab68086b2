// What every step of the reader shares: the file messages go on, the
// document's definitions, and how deep post headings are.
import type {Definition, Node} from 'mdast'
import type {VFile} from 'vfile'

export const SOURCE = '@liveblog/reader-markdown'

export interface Context {
  file: VFile
  /** Zone for printed times without one, in hand-written posts. */
  timeZone?: string | undefined
  /** The document's own definitions, by identifier, to resolve references with. */
  definitions: Map<string, Definition>
  /** Depth of post headings; content headings are read this many levels up. */
  shift: number
  /** The Markdown source, when known: tells GFM's bare-URL links from written ones. */
  source?: string | undefined
}

/** A warning on the file: something was guessed, dropped or malformed. */
export function warn(context: Context, reason: string, node: Node | undefined, ruleId: string) {
  context.file.message(reason, {place: node?.position, ruleId, source: SOURCE})
}
