// A progress line on standard error for batches that take longer than a
// second in a terminal: files done / total and the rate. The engine has no
// hook for it, so it is a transformer the engine attaches to every file's
// processor (which gives it the file set and so the total). Drawing (and
// redrawing in place) is log-update's.
import type {Writable} from 'node:stream'
import {createLogUpdate} from 'log-update'
import type {FileSet} from 'unified-engine'

/** Batches that finish within this many milliseconds show no progress line. */
export const progressDelay = 1000

export interface Progress {
  /** The engine plugin entry that counts files. */
  plugin: [(options: unknown, fileSet?: FileSet) => undefined]
  /** Clears the line. */
  clear: () => void
}

export function progress(stream: Writable): Progress {
  const update = createLogUpdate(stream, {showCursor: true})
  const start = Date.now()
  let done = 0
  let shown = false
  const plugin: Progress['plugin'] = [
    (_options, fileSet) => {
      return ((_tree: unknown, file: {path?: string}) => {
        done++
        const elapsed = Date.now() - start
        if (elapsed < progressDelay) return
        shown = true
        const total = fileSet?.expected ?? done
        const rate = (done / (elapsed / 1000)).toFixed(1)
        update(`liveblog: ${done}/${total} files, ${rate} files/s ${file.path ?? ''}`.slice(0, 79))
      }) as unknown as undefined
    }
  ]
  return {
    plugin,
    clear() {
      if (shown) update.clear()
    }
  }
}
