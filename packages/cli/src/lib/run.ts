// The CLI from arguments to exit code. unified-engine does what it does well
// (globs, folders, ignore files, config lookup, `--use` loading, per-file
// messages); this file picks the formats, then writes and reports the results.
import {statSync} from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import type {Writable} from 'node:stream'
import type {Options as EngineOptions} from 'unified-engine'
import type {OpenArchive} from './archive.js'
import {type CliOptions, parseCliArgs, UsageError} from './args.js'
import {convertBatch} from './batch.js'
import {setupError} from './config.js'
import {Delivery, failed} from './deliver.js'
import {bytesAsText} from './encoding.js'
import {engineOptions, runEngine} from './engine.js'
import {ArchiveError} from './errors.js'
import {type Format, readers, writers} from './formats.js'
import {help} from './help.js'
import {importNeeded} from './load.js'
import {planDestinations, realPath} from './output.js'
import {pickReaders, pickWriter} from './pick.js'
import type {Loaded, LoadedFormat} from './processor.js'
import {progress} from './progress.js'
import {version} from './version.js'

/** A stream the CLI writes to: `process.stdout`, `process.stderr` or alike. */
export interface OutputStream {
  write(chunk: string, callback?: (error?: Error | null) => void): boolean
  on?(event: 'error', listener: (error: Error & {code?: string}) => void): unknown
  isTTY?: boolean
}

/** The stream standard input is read from: `process.stdin` or any readable stream. */
export interface InputStream {
  isTTY?: boolean
  pipe: unknown
}

/** Where the CLI reads and writes; defaults to the process's own. */
export interface Io {
  cwd?: string
  stdin?: InputStream
  stdout?: OutputStream
  stderr?: OutputStream
}

/** Exit codes: 0 done, 1 a file failed, 2 usage error. */
export type ExitCode = 0 | 1 | 2

interface Streams {
  cwd: string
  stdin: InputStream
  stdout: OutputStream
  stderr: OutputStream
  /** Set when the reader of standard output went away (`| head`). */
  closed: {stdout: boolean}
}

/** Runs the CLI with `argv` (without `node` and the script); resolves to the exit code. */
export async function run(argv: string[], io: Io = {}): Promise<ExitCode> {
  const streams: Streams = {
    cwd: io.cwd ?? process.cwd(),
    stdin: io.stdin ?? (process.stdin as unknown as InputStream),
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    closed: {stdout: false}
  }
  // A closed pipe (`liveblog page.txt | head`) ends the run quietly, as `cat` does.
  streams.stdout.on?.('error', (error) => {
    if (error.code === 'EPIPE') streams.closed.stdout = true
    else throw error
  })
  // The same for the report (`liveblog … 2>&1 | head`): files are still
  // written and the exit code still says how the run went, but unheard.
  streams.stderr.on?.('error', (error) => {
    if (error.code !== 'EPIPE') throw error
  })

  try {
    const options = parseCliArgs(argv)
    if (options.help) return await print(streams.stdout, help(version), 0)
    if (options.version) return await print(streams.stdout, `${version}\n`, 0)
    if (options.listInputFormats) return await print(streams.stdout, names(readers), 0)
    if (options.listOutputFormats) return await print(streams.stdout, names(writers), 0)
    const plan = await prepare(options, streams)
    const code = await convert(plan)
    if (options.watch) return await watch(plan, code)
    return code
  } catch (error) {
    if (error instanceof UsageError) {
      return print(streams.stderr, `liveblog: ${error.message}\n${error.hint}\n`, 2)
    }
    if (error instanceof ArchiveError) {
      return print(streams.stderr, `liveblog: ${error.message}\n`, 1)
    }
    throw error
  }
}

function names(list: Format[]): string {
  return `${list.map((format) => format.name).join('\n')}\n`
}

/** What stays the same between runs of `--watch`. */
interface Plan {
  options: CliOptions
  io: Streams
  writer: LoadedFormat
  loaded: Loaded
  files: string[]
  /** Files written by the last run (not watched, so writing does not loop). */
  written: Set<string>
  /** Input paths of the last run, for the watcher. */
  inputs: string[]
}

async function prepare(options: CliOptions, io: Streams): Promise<Plan> {
  if (options.ignorePath !== undefined && !isFile(path.resolve(io.cwd, options.ignorePath))) {
    // The engine would fail every file with "Cannot find file" instead.
    throw new UsageError(
      `Cannot read the ignore file \`${options.ignorePath}\`: no such file`,
      'Check the path given to `-i`/`--ignore-path`, or leave it out to look `.liveblogignore` files up.'
    )
  }
  const files = inputs(options, io.stdin)
  const writer = await pickWriter(options, io.cwd)
  const loaded: Loaded = {readers: await pickReaders(options), writer}
  return {options, io, writer, loaded, files, written: new Set(), inputs: []}
}

async function convert(plan: Plan): Promise<ExitCode> {
  const {options, io} = plan
  let archive: OpenArchive | undefined
  if (options.archive !== undefined) {
    // Where the output would go, folder rules included (`-o .` names the
    // archive's own file when it is `./NAME.json`).
    const archivePath = path.resolve(io.cwd, options.archive)
    const [destination] =
      options.output === undefined
        ? [undefined]
        : planDestinations({
            inputs: [archivePath],
            output: options.output,
            extname: plan.writer.format.extname,
            cwd: io.cwd
          })
    if (destination !== undefined && realPath(destination) === realPath(archivePath)) {
      throw new UsageError('Cannot write the output into the archive itself; pass another `-o`')
    }
    // Imported only for `--archive` runs (merge, locking, JSON).
    const {openArchive} = await import('./archive.js')
    archive = await openArchive(options.archive, io.cwd)
    plan.loaded.archive = {startedAt: new Date()}
  }
  try {
    return await convertFiles(plan, archive)
  } finally {
    await archive?.release()
  }
}

async function convertFiles(plan: Plan, archive: OpenArchive | undefined): Promise<ExitCode> {
  const {options, io, writer, loaded, files} = plan
  const {cwd, stderr} = io
  const tty = Boolean(stderr.isTTY)
  const bar =
    tty && !options.quiet && !options.silent ? await progress(stderr as Writable) : undefined
  let delivery: Delivery

  if (archive || files.length === 0) {
    // One engine run: standard input is one file, and `--archive` merges
    // every tree read. Files are converted a slice at a time (batch.ts).
    // Which reader each file needs is known once it is read (standard
    // input is sniffed; archive inputs may be folders): import them all.
    await importNeeded(loaded, [], [])
    const context = await runEngine(
      engineOptions(options, cwd, loaded, files, {
        streamIn: (files.length === 0
          ? bytesAsText(io.stdin as never)
          : io.stdin) as unknown as EngineOptions['streamIn'],
        streamError: stderr as EngineOptions['streamError'],
        // The progress counter last, so that a file counts once its transformers ran.
        extraPlugins: bar ? [bar.plugin] : []
      })
    )
    bar?.clear()
    const results = context.files.filter((file) => file.data.unifiedEngineGiven)
    if (results.length === 0) throw noInput(options, cwd)
    for (const file of results) {
      const error = setupError(file, cwd)
      if (error) throw error
    }
    plan.inputs = results.filter((file) => file.path).map((file) => path.resolve(cwd, file.path))
    if (archive) {
      const {writeArchiveRun} = await import('./archive-run.js')
      return writeArchiveRun({
        options,
        archive,
        results,
        writer,
        cwd,
        stdout: io.stdout,
        stderr,
        tty,
        failed
      })
    }
    const destinations = planDestinations({
      inputs: results.map((file) => file.path || undefined),
      output: options.output,
      extname: writer.format.extname,
      cwd
    })
    delivery = new Delivery(
      io,
      options,
      plan.written,
      results.map((file) => file.path || undefined)
    )
    for (const [index, file] of results.entries()) {
      await delivery.deliver(file, destinations[index])
    }
  } else {
    try {
      delivery = await convertBatch({
        options,
        io,
        loaded,
        written: plan.written,
        bar,
        found(found) {
          plan.inputs = found.map((file) => path.resolve(cwd, file.path))
        },
        noInput() {
          throw noInput(options, cwd)
        }
      })
    } finally {
      bar?.clear()
    }
  }
  const {text, code} = await delivery.finish(tty)
  if (io.closed.stdout) return 0
  if (text) await print(stderr, text, 0)
  return code
}

/** Converts again on every change to an input, until SIGINT or SIGTERM. */
async function watch(plan: Plan, first: ExitCode): Promise<ExitCode> {
  const {options, io} = plan
  const status = (count: number) =>
    print(
      io.stderr,
      `liveblog: watching ${count} ${count === 1 ? 'file' : 'files'} for changes (Ctrl-C to stop)\n`,
      0
    )
  // Imported only for `--watch` (chokidar).
  const {watchInputs} = await import('./watch.js')
  await watchInputs({
    // Said once the watcher is ready: a change before that would be missed.
    ready() {
      void status(plan.inputs.length)
    },
    cwd: io.cwd,
    paths: [
      ...plan.inputs,
      ...options.files.filter((file) => isFolderPath(path.resolve(io.cwd, file)))
    ],
    ignored: (file) => plan.written.has(file) || /\.tmp$/.test(file),
    async change() {
      try {
        await convert(plan)
      } catch (error) {
        if (!(error instanceof UsageError)) throw error
        await print(io.stderr, `liveblog: ${error.message}\n${error.hint}\n`, 0)
      }
      await status(plan.inputs.length)
    }
  })
  return first === 2 ? 2 : 0
}

/** Files to give the engine; `-` and none are standard input. */
function inputs(options: CliOptions, stdin: InputStream): string[] {
  const files = options.files
  const named = files.filter((file) => file !== '-')
  if (named.length > 0 && named.length < files.length) {
    throw new UsageError('Cannot read standard input (`-`) and files in one run')
  }
  if (named.length > 0 && options.filePath !== undefined) {
    throw new UsageError(
      '`--file-path` names standard input, but files were given',
      'Drop `--file-path`, or pipe the input: `liveblog --file-path NAME < FILE`.'
    )
  }
  if (named.length === 0 && options.watch) {
    throw new UsageError('Cannot watch standard input', 'Pass the files to watch.')
  }
  if (named.length === 0 && stdin.isTTY) {
    throw new UsageError(
      'No input: pass files, or pipe a live blog to standard input',
      'For example: `liveblog page.txt`, or `liveblog < page.txt`.'
    )
  }
  return named
}

/** Why a run found nothing to convert. */
function noInput(options: CliOptions, cwd: string): UsageError {
  const extensions = readers.flatMap((format) => format.extensions).join(', ')
  const reasons = options.files.map((given) => {
    const full = path.resolve(cwd, given)
    if (isFolderPath(full)) return `\`${given}\` holds no ${extensions} files`
    return `\`${given}\` matched no files`
  })
  return new UsageError(
    `No input: ${reasons.join('; ') || 'standard input is empty'}`,
    "Check the paths; quote globs (`'blogs/*.txt'`) so that liveblog expands them."
  )
}

function isFolderPath(file: string): boolean {
  try {
    return statSync(file).isDirectory()
  } catch {
    return false
  }
}

function print<T extends ExitCode>(stream: OutputStream, value: string, code: T): Promise<T> {
  return new Promise((resolve) => {
    if (value === '') resolve(code)
    else stream.write(value, () => resolve(code))
  })
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile()
  } catch {
    return false
  }
}
