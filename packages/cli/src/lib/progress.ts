// A progress line on standard error for long batches in a terminal; the
// engine has no hook for it, so it is a transformer the engine attaches to
// every file's processor (which gives it the file set and so the total).
import type {Writable} from 'node:stream'
import type {FileSet} from 'unified-engine'

/** Batches smaller than this finish before a progress line helps. */
const minimum = 10

export interface Progress {
  /** The engine plugin entry that counts files. */
  plugin: [(options: unknown, fileSet?: FileSet) => undefined]
  /** Clears the line (files that failed before the count leave it up). */
  clear: () => void
}

export function progress(stream: Writable): Progress {
  let done = 0
  let shown = false
  const plugin: Progress['plugin'] = [
    (_options, fileSet) => {
      return ((_tree: unknown, file: {path?: string}) => {
        done++
        const total = fileSet?.expected ?? 0
        if (total < minimum) return
        shown = true
        const line = `liveblog: ${done}/${total} ${file.path ?? ''}`.slice(0, 79)
        stream.write(`\r\u001b[2K${line}`)
      }) as unknown as undefined
    }
  ]
  return {
    plugin,
    clear() {
      if (shown) stream.write('\r\u001b[2K')
    }
  }
}
