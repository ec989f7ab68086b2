// The report on standard error: vfile-reporter's (or vfile-reporter-json's
// with `--report json`), plus one summary line for a batch with failures, so
// a long run ends by naming what to look at.
//
// The text report is kept readable and printable: repeated info messages of
// one rule (a dozen "Dropped page chrome" lines per CNN page) become one line
// with a count unless `--verbose`, and any rule with more than `limit`
// messages on one file is cut to `limit` lines plus one with the count
// (vfile-reporter itself throws past ~125,000 messages on one file). The JSON
// report keeps every message.
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {reporter} from 'vfile-reporter'
import {reporterJson} from 'vfile-reporter-json'

export interface ReportOptions {
  quiet: boolean
  silent: boolean
  verbose: boolean
  color: boolean
  frail: boolean
  /** `text` (default) or `json`. */
  format?: 'text' | 'json'
}

/** Messages of one rule shown per file before the rest are counted. */
export const limit = {text: 100, verbose: 10_000}

export function report(files: VFile[], given: ReportOptions): string {
  // With `--frail`, warnings fail the run: `--silent` must not hide them.
  const silenced = given.silent && given.frail
  const options = {...given, silent: given.silent && !given.frail, quiet: given.quiet || silenced}
  if (options.format === 'json') {
    for (const file of files) withCauses(file.messages)
    return `${reporterJson(files, {silent: options.silent})}\n`
  }
  const real: Counts = {fatal: 0, warn: 0, total: 0}
  const shownFiles = files.map((file) => shown(file, options, real))
  let text = reporter(shownFiles, {
    quiet: options.quiet,
    silent: options.silent,
    verbose: options.verbose,
    color: options.color
  })
  // vfile-reporter's last line counts what it printed; count what there was.
  const printed: Counts = {fatal: 0, warn: 0, total: 0}
  for (const file of shownFiles) count(file.messages, printed, options)
  if (printed.total !== real.total && printed.total > 0) {
    const last = byline(printed, options.color)
    const at = text.lastIndexOf(last)
    if (at !== -1)
      text = text.slice(0, at) + byline(real, options.color) + text.slice(at + last.length)
  }
  const failed = files.filter((file) =>
    file.messages.some(
      (message) => message.fatal === true || (options.frail && message.fatal === false)
    )
  )
  if (files.length > 1 && failed.length > 0) {
    const names = failed.map((file) => file.path || '<stdin>').join(', ')
    text += `${text && !text.endsWith('\n') ? '\n' : ''}liveblog: ${failed.length} of ${files.length} files failed: ${names}\n`
  }
  return text && !text.endsWith('\n') ? `${text}\n` : text
}

interface Counts {
  fatal: number
  warn: number
  total: number
}

function count(messages: VFileMessage[], counts: Counts, options: ReportOptions): void {
  for (const message of messages) {
    if (options.silent && message.fatal !== true) continue
    if (options.quiet && message.fatal === undefined) continue
    counts.total++
    if (message.fatal === true) counts.fatal++
    else if (message.fatal === false) counts.warn++
  }
}

/** vfile-reporter's summary line (`✖ 2 errors, ⚠ 1 warning`) for `counts`. */
function byline(counts: Counts, color: boolean): string {
  const paint = (code: number, mark: string) => (color ? `\u001b[${code}m${mark}\u001b[39m` : mark)
  let result = ''
  if (counts.fatal)
    result = `${paint(31, '✖')} ${counts.fatal} error${counts.fatal === 1 ? '' : 's'}`
  if (counts.warn) {
    result = `${result ? `${result}, ` : ''}${paint(33, '⚠')} ${counts.warn} warning${counts.warn === 1 ? '' : 's'}`
  }
  if (counts.total !== counts.fatal && counts.total !== counts.warn) {
    result = `${counts.total} messages (${result})`
  }
  return result
}

/** A copy of `file` with the messages the text report shows. */
function shown(file: VFile, options: ReportOptions, real: Counts): VFile {
  count(file.messages, real, options)
  const copy = new VFile({path: file.path, cwd: file.cwd})
  const most = options.verbose ? limit.verbose : limit.text
  const counts = new Map<string, number>()
  for (const message of file.messages) {
    if (message.fatal === undefined && options.quiet) continue
    const key = `${String(message.fatal)}\u0000${message.source}\u0000${message.ruleId}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const seen = new Map<string, number>()
  for (const message of file.messages) {
    if (message.fatal === undefined && options.quiet) continue
    const key = `${String(message.fatal)}\u0000${message.source}\u0000${message.ruleId}`
    const total = counts.get(key)!
    const index = (seen.get(key) ?? 0) + 1
    seen.set(key, index)
    if (message.fatal === undefined && !options.verbose && total > 1) {
      if (index === 1) {
        copy.messages.push(
          rewrite(
            message,
            `${message.reason} (and ${total - 1} more like it; \`--verbose\` lists each)`,
            options
          )
        )
      }
    } else if (index <= most) {
      copy.messages.push(rewrite(message, message.reason, options))
    } else if (index === most + 1) {
      const kind = message.fatal ? 'errors' : message.fatal === false ? 'warnings' : 'info messages'
      copy.messages.push(
        rewrite(
          message,
          `${total - most} more \`${message.ruleId ?? 'unnamed'}\` ${kind} (\`--report json\` lists every one)`,
          options
        )
      )
    }
  }
  return copy
}

/**
 * A message as printed: the given reason, and without `--verbose` the cause's
 * first line instead of its stack trace.
 */
function rewrite(message: VFileMessage, reason: string, options: ReportOptions): VFileMessage {
  const cause = message.cause
  let text = reason
  if (!options.verbose && cause !== undefined) {
    const line = firstLine(cause)
    if (line && !text.includes(line)) text += `: ${line}`
  }
  const copy = new VFileMessage(text, {
    place: message.place,
    ruleId: message.ruleId,
    source: message.source,
    cause: options.verbose && cause instanceof Error ? cause : undefined
  })
  copy.fatal = message.fatal
  copy.file = message.file
  if (message.url !== undefined) copy.url = message.url
  if (message.note !== undefined) copy.note = message.note
  if (message.ancestors !== undefined) copy.ancestors = message.ancestors
  return copy
}

function firstLine(cause: unknown): string {
  const text =
    cause instanceof Error ? cause.message : typeof cause === 'string' ? cause : String(cause)
  return text.split('\n')[0] ?? ''
}

/**
 * vfile-reporter-json writes a message's `reason` but not its `cause`, so a
 * failed file would read only "Cannot process file": put the cause's first
 * line into the reason, as the text report shows it.
 */
function withCauses(messages: VFileMessage[]): void {
  for (const message of messages) {
    const cause = message.cause
    if (!(cause instanceof Error)) continue
    const first = cause.message.split('\n')[0]
    if (first && !message.reason.includes(first)) message.reason += `: ${first}`
  }
}
