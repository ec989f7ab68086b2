// Converting the files of a run (not standard input, not `--archive`) in
// bounded memory, on one core or several. unified-engine holds every file of
// a run, tree and output included, until the last is done; so the files are
// found first (expand.ts), then converted a slice at a time, each slice one
// engine run with the run's options (chunk.ts), in this process or in a
// worker (pool.ts), and each result is written and let go of in input order
// (deliver.ts). Config files, ignore files, `--use` plugins and messages
// are the engine's, as in one run.
import {statSync} from 'node:fs'
import path from 'node:path'
import {Configuration} from 'unified-engine'
import {VFile} from 'vfile'
import type {CliOptions} from './args.js'
import {type ChunkSetup, convertChunk} from './chunk.js'
import {setupError} from './config.js'
import {Delivery, type DeliveryIo} from './deliver.js'
import {engineOptions, ignoreName, ignorePatterns, inputExtensions} from './engine.js'
import {expandInputs} from './expand.js'
import {outputFolder, planDestinations, realPath} from './output.js'
import {defaultJobs, startPool, workerModule} from './pool.js'
import type {Loaded} from './processor.js'
import type {Progress} from './progress.js'

/** Files per engine run in this process: memory holds about two slices. */
export const sliceSize = 64

/**
 * Files per task of a worker: each task is an engine run (config look-up,
 * file checks), so as many as keep every worker busy to the end (eight
 * tasks each), from 8 to `sliceSize`.
 */
export function taskSize(files: number, threads: number): number {
  return Math.max(8, Math.min(sliceSize, Math.ceil(files / (threads * 8))))
}

/**
 * Workers start only for a batch of at least this many bytes of input (and
 * two files): below, starting them (each loads the readers and writers)
 * costs more than it saves.
 */
export const workerMinBytes = 1_000_000

export interface Batch {
  options: CliOptions
  io: DeliveryIo
  loaded: Loaded
  written: Set<string>
  bar?: Progress
  /** Called with the files found, before any is converted. */
  found: (files: VFile[]) => void
  /** Throws the `UsageError` for a batch that found no file. */
  noInput: () => never
}

/** Converts the files of `batch.options.files`; resolves to the delivery, ready to report. */
export async function convertBatch(batch: Batch): Promise<Delivery> {
  const {options, io, loaded} = batch
  const {cwd} = io
  let files = await expandInputs({
    files: options.files,
    cwd,
    extensions: inputExtensions(),
    ignoreName,
    ignorePath: options.ignorePath,
    ignorePatterns
  })
  // Outputs are never inputs: what an earlier run wrote into an output
  // folder inside an input folder is not converted again (unless named).
  const into = outputFolder(options.output, cwd)
  if (into !== undefined) {
    const named = new Set(options.files.map((file) => path.resolve(cwd, file)))
    files = files.filter((file) => {
      const full = path.resolve(cwd, file.path)
      return named.has(full) || !realPath(full).startsWith(into + path.sep)
    })
  }
  if (files.length === 0) batch.noInput()
  batch.found(files)
  const from = await checkConfigs(options, cwd, loaded, files)
  const destinations = planDestinations({
    inputs: files.map((file) => file.path || undefined),
    output: options.output,
    extname: loaded.writer.format.extname,
    cwd
  })
  const delivery = new Delivery(
    io,
    options,
    batch.written,
    files.map((file) => file.path)
  )

  const threads = workers(options, cwd, files)
  const setup: ChunkSetup = {options, cwd, loaded, from}
  const module = workerModule()
  const pool =
    threads > 0 && module ? await startPool(module, threads, {options, cwd, from}) : undefined
  const convert = pool ? pool.convert : (paths: string[]) => convertChunk(setup, paths)
  const size = pool ? taskSize(files.length, threads) : sliceSize
  // Slices started ahead of the one being written: enough to keep every
  // worker busy (or, in this process, to convert while writing).
  const ahead = pool ? threads * 3 : 1

  try {
    let index = 0
    const total = files.length
    for await (const slice of inOrder(Math.ceil(total / size), ahead, (number) => {
      const found = files.slice(number * size, (number + 1) * size)
      // The slice has them now: a long batch does not keep every file found.
      files.fill(undefined as never, number * size, (number + 1) * size)
      return convertSlice(found, convert)
    })) {
      for (const file of slice) {
        const error = setupError(file, cwd)
        if (error) throw error
        await delivery.deliver(file, destinations[index], () => batch.bar?.count(file.path, total))
        index++
        if (io.closed.stdout) return delivery
      }
    }
    await delivery.settle()
  } finally {
    await pool?.close()
  }
  return delivery
}

/**
 * Converts the files of `slice` the engine has to read; the others, missing
 * or ignored, already carry the engine's fatal message.
 */
async function convertSlice(
  slice: VFile[],
  convert: (paths: string[]) => Promise<VFile[]>
): Promise<VFile[]> {
  const readable = slice.filter((file) => !file.messages.some((message) => message.fatal))
  const converted = readable.length > 0 ? await convert(readable.map((file) => file.path)) : []
  let next = 0
  return slice.map((file) =>
    file.messages.some((message) => message.fatal) ? file : converted[next++]!
  )
}

/**
 * Yields `start(0)`, `start(1)`, … in order, with up to `ahead` of them
 * started before the one yielded is done.
 */
async function* inOrder<T>(
  count: number,
  ahead: number,
  start: (index: number) => Promise<T>
): AsyncGenerator<T> {
  const started: Array<Promise<T>> = []
  let next = 0
  for (let index = 0; index < count; index++) {
    while (next < count && next <= index + ahead) {
      const promise = start(next++)
      // Awaited in turn below; this keeps a failure of one started early
      // from being "unhandled" while an earlier one is awaited.
      promise.catch(() => undefined)
      started.push(promise)
    }
    yield await started.shift()!
  }
}

/**
 * The number of worker threads for this batch, 0 for this process:
 * `--jobs`, or one per CPU, for a batch of two files or more and at least
 * `workerMinBytes` of input; never more threads than tasks.
 */
function workers(options: CliOptions, cwd: string, files: VFile[]): number {
  const jobs = options.jobs ?? defaultJobs()
  if (jobs <= 1 || options.watch || files.length < 2) return 0
  let bytes = 0
  for (const file of files) {
    try {
      bytes += statSync(path.resolve(cwd, file.path)).size
    } catch {
      // Missing: reported by the engine.
    }
    if (bytes >= workerMinBytes) return Math.min(jobs, Math.ceil(files.length / 8))
  }
  return 0
}

/**
 * Config files and `--use` plugins are loaded before any file is converted,
 * once per folder of the batch, as the engine loads them: a mistake there is
 * a usage error (exit 2) with nothing written, as in a single engine run.
 * Resolves to the input formats the config files name in `from`, whose
 * readers the batch imports too.
 */
async function checkConfigs(
  options: CliOptions,
  cwd: string,
  loaded: Loaded,
  files: VFile[]
): Promise<string[]> {
  const settings = engineOptions(options, cwd, loaded, [])
  const configuration = new Configuration({
    cwd,
    detectConfig: settings.detectConfig ?? true,
    rcName: settings.rcName,
    rcPath: settings.rcPath,
    packageField: settings.packageField,
    pluginPrefix: settings.pluginPrefix,
    configTransform: settings.configTransform,
    plugins: settings.plugins,
    settings: settings.settings
  } as ConstructorParameters<typeof Configuration>[0])
  const folders = new Set<string>()
  const from = new Set<string>()
  for (const file of files) {
    if (file.messages.some((message) => message.fatal)) continue
    const folder = path.dirname(path.resolve(cwd, file.path))
    if (folders.has(folder)) continue
    folders.add(folder)
    const error = await new Promise<unknown>((resolve) => {
      configuration.load(file.path, (error, result) => {
        const name = (result?.settings as {from?: unknown} | undefined)?.from
        if (typeof name === 'string') from.add(name)
        resolve(error)
      })
    })
    if (error === undefined || error === null) continue
    // As the engine reports it on the file, to be explained the same way.
    const probe = new VFile({path: file.path, cwd})
    const message = probe.message('Cannot process file', {cause: error as Error})
    message.fatal = true
    const usage = setupError(probe, cwd)
    if (usage) throw usage
  }
  return [...from]
}
