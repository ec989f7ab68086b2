// What every stage of the reader shares: the lines, their tags, the file
// that collects messages, and the options.
import type {VFile} from 'vfile'
import type {Line} from './lines.js'
import type {Tagged} from './tag.js'

export const SOURCE = '@liveblog/reader-cnn'

export interface Context extends Tagged {
  /** The input as read (line offsets point into it). */
  value: string
  lines: Line[]
  file: VFile
  timeZone: string
  /** Lines from here on are only navigation, chrome or blank: the page footer. */
  trailerStart: number
}

/**
 * Runs `make` without collecting stack traces: messages point at the input,
 * and a stack per dropped line would cost more than reading the page.
 */
function withoutStack<T>(make: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return make()
  } finally {
    Error.stackTraceLimit = limit
  }
}

function placeOf(line: Line) {
  return {
    start: {line: line.line, column: line.column, offset: line.start},
    end: {line: line.line, column: line.column + (line.end - line.start), offset: line.end}
  }
}

/** Reports a dropped chrome line as an info message. */
export function dropChrome(context: Context, line: Line, why?: string): void {
  const reason = `Dropped page chrome \`${line.text.slice(0, 60)}\`${why ? ` (${why})` : ''}`
  withoutStack(() =>
    context.file.info(reason, {place: placeOf(line), ruleId: 'chrome', source: SOURCE})
  )
}

/** Warns about a line the reader had to guess about. */
export function warn(context: Context, line: Line, reason: string, ruleId: string): void {
  withoutStack(() => context.file.message(reason, {place: placeOf(line), ruleId, source: SOURCE}))
}

/** Notes something the reader did that loses nothing but is worth knowing. */
export function info(context: Context, line: Line, reason: string, ruleId: string): void {
  withoutStack(() => context.file.info(reason, {place: placeOf(line), ruleId, source: SOURCE}))
}

/** Whether a line of this kind is chrome at this place (navigation is chrome outside posts). */
export function isDropped(context: Context, index: number, inPost: boolean): boolean {
  const kind = context.kinds[index]
  if (kind === 'chrome' || kind === 'separator') return true
  return kind === 'nav' && (!inPost || index >= context.trailerStart)
}

export function chromeReason(context: Context, index: number): string | undefined {
  const reason = context.chromeReason.get(index)
  if (reason) return reason
  const kind = context.kinds[index]
  if (kind === 'separator') return 'post separator'
  if (kind === 'nav') return 'site navigation'
  return undefined
}
