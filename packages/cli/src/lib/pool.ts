// `--jobs`: slices of a batch converted by worker threads, with piscina
// (the pool Node's own tooling and Fastify use) rather than a pool of our
// own. Each worker runs the same engine options as the main thread
// (worker.ts), so the files and messages it gives back are the ones
// `--jobs 1` makes. A slice whose worker fails (a plugin that crashes the
// thread, runs out of memory or cannot be handed back) is tried again one
// file at a time, so only the file that fails is reported, as any failure,
// and the batch goes on.
import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import type {Task, WorkerData} from '../worker.js'
import {fail} from './messages.js'
import {type FileRecord, fromRecord} from './transfer.js'

/** `--jobs` when not given: one worker per CPU. */
export function defaultJobs(): number {
  return availableParallelism()
}

/**
 * The built worker module (`dist/worker.js`, beside the bundle that runs
 * this), or `undefined` when running from the sources, where there is none:
 * batches then run in this process.
 */
export function workerModule(): URL | undefined {
  const url = new URL('./worker.js', import.meta.url)
  return existsSync(fileURLToPath(url)) ? url : undefined
}

export interface Pool {
  /** Converts `paths`, resolving to one file per path, in order; never rejects. */
  convert(paths: string[]): Promise<VFile[]>
  close(): Promise<void>
}

export async function startPool(module: URL, threads: number, data: WorkerData): Promise<Pool> {
  // Imported only for a batch that uses workers.
  const {Piscina} = await import('piscina')
  const piscina = new Piscina({
    filename: module.href,
    minThreads: threads,
    maxThreads: threads,
    workerData: data
  })

  async function convert(paths: string[]): Promise<VFile[]> {
    try {
      const records = (await piscina.run({paths} satisfies Task)) as FileRecord[]
      return records.map((record) => fromRecord(record))
    } catch (error) {
      if (paths.length > 1) {
        return (await Promise.all(paths.map((one) => convert([one])))).flat()
      }
      return [stopped(paths[0]!, data.cwd, error)]
    }
  }

  return {
    convert,
    async close() {
      await piscina.destroy()
    }
  }
}

/** The file whose worker stopped while converting it. */
function stopped(given: string, cwd: string, error: unknown): VFile {
  const file = new VFile({path: given, cwd})
  file.data.unifiedEngineGiven = true
  fail(
    file,
    'Cannot convert this file: the worker converting it stopped',
    'worker-failed',
    error instanceof Error ? error : new Error(String(error))
  )
  return file
}
