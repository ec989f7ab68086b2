// A progress line on standard error for batches that take longer than a
// second in a terminal: files done / total and the rate. A batch counts each
// file once it is written (`count`); a single engine run (standard input,
// `--archive`) has no hook for it, so there it is a transformer the engine
// attaches to every file's processor (which gives it the file set and so the
// total). Drawing (and redrawing in place) is log-update's.
import type {Writable} from 'node:stream'
import type {FileSet} from 'unified-engine'

/** Batches that finish within this many milliseconds show no progress line. */
export const progressDelay = 1000

export interface Progress {
  /** The engine plugin entry that counts files. */
  plugin: [(options: unknown, fileSet?: FileSet) => undefined]
  /** Counts one file done, of `total`. */
  count: (file: string | undefined, total: number) => void
  /** Clears the line. */
  clear: () => void
}

/** Imports log-update only for a run that shows progress (a terminal). */
export async function progress(stream: Writable): Promise<Progress> {
  const {createLogUpdate} = await import('log-update')
  const update = createLogUpdate(stream, {showCursor: true})
  const start = Date.now()
  let done = 0
  let shown = false
  const count: Progress['count'] = (file, total) => {
    done++
    const elapsed = Date.now() - start
    if (elapsed < progressDelay) return
    shown = true
    const rate = (done / (elapsed / 1000)).toFixed(1)
    update(`liveblog: ${done}/${total} files, ${rate} files/s ${file ?? ''}`.slice(0, 79))
  }
  const plugin: Progress['plugin'] = [
    (_options, fileSet) => {
      return ((_tree: unknown, file: {path?: string}) => {
        count(file.path, fileSet?.expected ?? done + 1)
      }) as unknown as undefined
    }
  ]
  return {
    plugin,
    count,
    clear() {
      if (shown) update.clear()
    }
  }
}
