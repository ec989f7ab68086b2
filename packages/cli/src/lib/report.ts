// The report on standard error: vfile-reporter's, plus one summary line for a
// batch with failures, so a long run ends by naming what to look at.
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'

export interface ReportOptions {
  quiet: boolean
  silent: boolean
  verbose: boolean
  color: boolean
  frail: boolean
}

export function report(files: VFile[], options: ReportOptions): string {
  // vfile-reporter's `quiet` hides clean files only; ours also hides info.
  const shown = options.quiet ? files.map(withoutInfo) : files
  let text = reporter(shown, {
    quiet: options.quiet,
    silent: options.silent,
    verbose: options.verbose,
    color: options.color
  })
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

function withoutInfo(file: VFile): VFile {
  const copy = new VFile({path: file.path, cwd: file.cwd})
  copy.messages = file.messages.filter((message) => typeof message.fatal === 'boolean')
  return copy
}
