// The CLI from arguments to exit code. unified-engine does what it does well
// (globs, folders, ignore files, config lookup, `--use` loading, per-file
// messages); this file picks the formats, then writes and reports the results.
import path from 'node:path'
import process from 'node:process'
import type {Readable, Writable} from 'node:stream'
import {unified} from 'unified'
import {type Context, type Options as EngineOptions, engine} from 'unified-engine'
import type {VFile} from 'vfile'
import {ArchiveError, type OpenArchive, openArchive} from './archive.js'
import {writeArchiveRun} from './archive-run.js'
import {type CliOptions, parseCliArgs, UsageError} from './args.js'
import {bytesAsText} from './encoding.js'
import {findFormat, formatNames, guessFormat, readers, writers} from './formats.js'
import {help} from './help.js'
import {isModulePath, loadCustomWriter, loadFormat} from './load.js'
import {fail} from './messages.js'
import {type Destination, planDestinations, realPath, writeAtomic} from './output.js'
import {type Loaded, type LoadedFormat, liveblog} from './processor.js'
import {progress} from './progress.js'
import {report} from './report.js'
import {parseUse} from './use.js'
import {version} from './version.js'

/** Where the CLI reads and writes; defaults to the process's own. */
export interface Io {
  cwd?: string
  stdin?: Readable
  stdout?: Writable
  stderr?: Writable & {isTTY?: boolean}
}

/** Exit codes: 0 done, 1 a file failed, 2 usage error. */
export type ExitCode = 0 | 1 | 2

/** Runs the CLI with `argv` (without `node` and the script); resolves to the exit code. */
export async function run(argv: string[], io: Io = {}): Promise<ExitCode> {
  const cwd = io.cwd ?? process.cwd()
  const stdin = io.stdin ?? process.stdin
  const stdout = io.stdout ?? process.stdout
  const stderr = io.stderr ?? process.stderr

  try {
    const options = parseCliArgs(argv)
    if (options.help) return await print(stdout, help(version), 0)
    if (options.version) return await print(stdout, `${version}\n`, 0)
    return await convert(options, {cwd, stdin, stdout, stderr})
  } catch (error) {
    if (error instanceof UsageError) {
      return print(stderr, `liveblog: ${error.message}\nTry \`liveblog --help\`.\n`, 2)
    }
    if (error instanceof ArchiveError) return print(stderr, `liveblog: ${error.message}\n`, 1)
    throw error
  }
}

async function convert(options: CliOptions, io: Required<Io>): Promise<ExitCode> {
  const {cwd} = io
  const files = inputs(options.files, io.stdin)
  const writer = await pickWriter(options, cwd)
  const loaded: Loaded = {readers: await pickReaders(options), writer}
  let archive: OpenArchive | undefined
  if (options.archive !== undefined) {
    if (
      options.output !== undefined &&
      realPath(path.resolve(cwd, options.output)) === realPath(path.resolve(cwd, options.archive))
    ) {
      throw new UsageError('Cannot write the output into the archive itself; pass another `-o`')
    }
    archive = await openArchive(options.archive, cwd)
    loaded.archive = {startedAt: new Date()}
  }
  try {
    return await convertFiles(options, io, files, loaded, archive)
  } finally {
    await archive?.release()
  }
}

async function convertFiles(
  options: CliOptions,
  io: Required<Io>,
  files: string[],
  loaded: Loaded,
  archive: OpenArchive | undefined
): Promise<ExitCode> {
  const {cwd, stdout, stderr} = io
  const writer = loaded.writer
  const tty = Boolean(stderr.isTTY)
  const bar = tty && !options.quiet && !options.silent ? progress(stderr) : undefined

  const context = await runEngine({
    processor: unified().use(liveblog, loaded).freeze(),
    files,
    cwd,
    extensions: readers.flatMap((format) => format.extensions),
    streamIn: files.length === 0 ? bytesAsText(io.stdin) : io.stdin,
    streamError: stderr,
    // Compile, but let the CLI write: see output.ts.
    alwaysStringify: true,
    out: false,
    output: false,
    rcName: 'liveblog.config',
    packageField: 'liveblog',
    rcPath: options.config,
    detectConfig: options.noConfig ? false : undefined,
    ignoreName: '.liveblogignore',
    ignorePath: options.ignorePath,
    pluginPrefix: 'liveblog',
    plugins: [
      ...(bar ? [bar.plugin] : []),
      ...options.use.map((spec) => parseUse(spec))
    ] as EngineOptions['plugins'],
    settings: options.settings as EngineOptions['settings'],
    // Reported below, once writing is done and its failures are known.
    reporter: () => '',
    frail: options.frail
  })

  bar?.clear()
  const results = context.files.filter((file) => file.data.unifiedEngineGiven)
  if (archive) {
    return writeArchiveRun({options, archive, results, writer, cwd, stdout, stderr, tty, failed})
  }
  const destinations = planDestinations({
    inputs: results.map((file) => file.path || undefined),
    output: options.output,
    extname: writer.format.extname,
    cwd
  })
  await writeResults(results, destinations, stdout, cwd)

  const text = report(results, {
    quiet: options.quiet,
    silent: options.silent,
    verbose: options.verbose,
    color: options.color ?? tty,
    frail: options.frail
  })
  if (text) await print(stderr, text, 0)
  return results.some((file) => failed(file, options.frail)) ? 1 : 0
}

/** `-` is standard input; the engine reads it when there are no files. */
function inputs(files: string[], stdin: Readable): string[] {
  const named = files.filter((file) => file !== '-')
  if (named.length > 0 && named.length < files.length) {
    throw new UsageError('Cannot read standard input (`-`) and files in one run')
  }
  if (named.length === 0 && (stdin as {isTTY?: boolean}).isTTY) {
    throw new UsageError('No input: pass files, or pipe a live blog to standard input')
  }
  return named
}

async function pickReaders(options: CliOptions): Promise<LoadedFormat[]> {
  if (options.from === undefined) return Promise.all(readers.map(loadFormat))
  const format = findFormat(readers, options.from)
  if (!format) {
    throw new UsageError(`Unknown input format \`${options.from}\`; known: ${formatNames(readers)}`)
  }
  return [await loadFormat(format)]
}

async function pickWriter(options: CliOptions, cwd: string): Promise<LoadedFormat> {
  const name = options.to
  if (name !== undefined && isModulePath(name)) return loadCustomWriter(name, cwd)
  const format =
    name === undefined
      ? (options.output && guessFormat(writers, path.extname(options.output))) ||
        findFormat(writers, 'json')
      : findFormat(writers, name)
  if (!format) {
    throw new UsageError(
      `Unknown output format \`${name}\`; known: ${formatNames(writers)}, or a path to a writer module`
    )
  }
  return loadFormat(format)
}

function runEngine(options: EngineOptions): Promise<Context> {
  return new Promise((resolve, reject) => {
    engine(options, (error, _code, context) => {
      if (error) {
        reject(error.message === 'No input' ? new UsageError('No input') : error)
      } else resolve(context!)
    })
  })
}

async function writeResults(
  files: VFile[],
  destinations: Destination[],
  stdout: Writable,
  cwd: string
): Promise<void> {
  const inputs = new Set(
    files.filter((file) => file.path).map((file) => realPath(path.resolve(cwd, file.path)))
  )
  const taken = new Map<string, string>()

  for (const [index, file] of files.entries()) {
    if (failed(file, false)) continue
    const destination = destinations[index]
    const value = String(file.value ?? '')
    if (destination === undefined) {
      await print(stdout, value, 0)
      continue
    }
    const real = realPath(destination)
    const shown = path.relative(cwd, destination) || destination
    if (inputs.has(real)) {
      fail(file, `Refusing to overwrite the input \`${shown}\``, 'overwrite-input')
      continue
    }
    const other = taken.get(real)
    if (other !== undefined) {
      fail(
        file,
        `Not writing \`${shown}\`: \`${other}\` already wrote it in this run`,
        'output-collision'
      )
      continue
    }
    taken.set(real, file.path || 'stdin')
    try {
      await writeAtomic(destination, value)
    } catch (error) {
      fail(file, `Cannot write \`${shown}\``, 'cannot-write', error)
    }
  }
}

function failed(file: VFile, frail: boolean): boolean {
  return file.messages.some(
    (message) => message.fatal === true || (frail && message.fatal === false)
  )
}

function print<T extends ExitCode>(stream: Writable, value: string, code: T): Promise<T> {
  return new Promise((resolve) => {
    if (value === '') resolve(code)
    else stream.write(value, () => resolve(code))
  })
}
