// A worker of the `--jobs` pool (pool.ts): converts slices of a batch with
// the same engine options as the main thread, loading the formats and the
// `--use` plugins once per worker, and hands the results back as plain data.
import {workerData} from 'piscina'
import type {CliOptions} from './lib/args.js'
import {type ChunkSetup, convertChunk} from './lib/chunk.js'
import {pickReaders, pickWriter} from './lib/pick.js'
import {type FileRecord, toRecord} from './lib/transfer.js'

export interface WorkerData {
  options: CliOptions
  cwd: string
  /** Input formats named by `from` in the batch's config files. */
  from: string[]
}

export interface Task {
  /** Files found by `expandInputs`, in its order. */
  paths: string[]
}

const {options, cwd, from} = workerData as WorkerData
let setup: Promise<ChunkSetup> | undefined

export default async function convert(task: Task): Promise<FileRecord[]> {
  setup ??= (async () => ({
    options,
    cwd,
    from,
    loaded: {readers: await pickReaders(options), writer: await pickWriter(options, cwd)}
  }))()
  const files = await convertChunk(await setup, task.paths)
  // A failed file is not written: its output stays here.
  return files.map((file) =>
    toRecord(file, !file.messages.some((message) => message.fatal === true))
  )
}
