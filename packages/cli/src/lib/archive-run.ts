// The end of an `--archive` run: merge the trees read into the archive
// (written first, atomically), then write one output from the merged tree
// (or, with `--only-new`, from the posts this run added), then report.
import path from 'node:path'
import type {Root} from '@liveblog/core'
import type {VFile} from 'vfile'
import {type OpenArchive, onlyPosts, summary, updateArchive} from './archive.js'
import type {CliOptions} from './args.js'
import {ArchiveError} from './errors.js'
import {fail, source} from './messages.js'
import {planDestinations, realPath, writeAtomic} from './output.js'
import type {LoadedFormat} from './processor.js'
import {report} from './report.js'
import type {OutputStream} from './run.js'

export interface ArchiveRun {
  options: CliOptions
  archive: OpenArchive
  /** The engine's files, in input order. */
  results: VFile[]
  writer: LoadedFormat
  cwd: string
  stdout: OutputStream
  stderr: OutputStream
  tty: boolean
  failed: (file: VFile, frail: boolean) => boolean
}

/** Resolves to the exit code: 1 when an input or a write failed (or warned, with `--frail`). */
export async function writeArchiveRun(run: ArchiveRun): Promise<0 | 1> {
  const {options, archive, results} = run
  const read = results.filter((file) => {
    if (run.failed(file, false) || !file.data.liveblogTree) return false
    // A folder given as input may hold the archive itself: never a copy.
    if (file.path && realPath(path.resolve(run.cwd, file.path)) === archive.path) {
      file.info('Skipped: this file is the archive', {ruleId: 'archive-input', source})
      return false
    }
    return true
  })
  let line = ''

  if (read.length > 0) {
    const last = read.at(-1)!
    let merged: Awaited<ReturnType<typeof updateArchive>> | undefined
    try {
      merged = await updateArchive(
        archive,
        read.map((file) => ({
          tree: file.data.liveblogTree as Root,
          seenAt: file.data.liveblogSeenAt ?? new Date(),
          onOlder: () => {
            file.message(
              'This copy’s page was updated before the archive’s: it only added posts the archive lacked and filled in missing times',
              {ruleId: 'older-copy', source}
            )
          }
        }))
      )
    } catch (error) {
      if (error instanceof ArchiveError) fail(last, error.message, 'archive-changed')
      else fail(last, `Cannot write archive \`${archive.shown}\``, 'cannot-write', error)
    }
    if (merged) {
      line = `${archive.shown}: ${summary(merged.changes)}\n`
      const tree = options.onlyNew ? onlyPosts(merged.tree, merged.changes.added) : merged.tree
      await writeOutput(run, last, last.data.liveblogCompile!(tree))
    }
  }

  const text = report(results, {
    quiet: options.quiet,
    silent: options.silent,
    verbose: options.verbose,
    color: options.color ?? run.tty,
    frail: options.frail,
    format: options.report
  })
  // The summary line is for people: not in a machine-readable report.
  const quiet = options.quiet || options.silent || options.report === 'json'
  await print(run.stderr, text + (quiet ? '' : line))
  return results.some((file) => run.failed(file, options.frail)) ? 1 : 0
}

async function writeOutput(run: ArchiveRun, file: VFile, value: string): Promise<void> {
  if (file.messages.some((message) => message.fatal === true)) return
  const [destination] = planDestinations({
    inputs: [run.archive.path],
    output: run.options.output,
    extname: run.writer.format.extname,
    cwd: run.cwd
  })
  if (destination === undefined) {
    await print(run.stdout, value)
    return
  }
  const shown = path.relative(run.cwd, destination) || destination
  try {
    await writeAtomic(destination, value)
  } catch (error) {
    fail(file, `Cannot write \`${shown}\``, 'cannot-write', error)
  }
}

function print(stream: OutputStream, value: string): Promise<void> {
  return new Promise((resolve) => {
    if (value === '') resolve()
    else stream.write(value, () => resolve())
  })
}
