// `--watch`: convert again when an input changes, with chokidar (the watcher
// most Node build tools use), until SIGINT or SIGTERM.
import process from 'node:process'
import {watch} from 'chokidar'

export interface WatchOptions {
  cwd: string
  /** Files and folders to watch (folders recursively). */
  paths: string[]
  /** Paths whose changes do not count (the run's own outputs). */
  ignored: (file: string) => boolean
  /** Runs after changes settle; never twice at once. */
  change: () => Promise<void>
  /** Called once the watcher sees changes: a change before that is missed. */
  ready: () => void
}

/** Changes within this many milliseconds make one run (an editor's save is several events). */
const settle = 150

/** Resolves when the process is asked to stop (SIGINT or SIGTERM). */
export function watchInputs(options: WatchOptions): Promise<void> {
  const watcher = watch(options.paths, {
    cwd: options.cwd,
    ignoreInitial: true,
    ignored: (file) => /(?:^|[\\/])(?:node_modules|\.git)(?:[\\/]|$)/.test(file)
  })
  watcher.once('ready', options.ready)
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> = Promise.resolve()
  let again = false
  let busy = false

  const schedule = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      if (busy) {
        again = true
        return
      }
      busy = true
      running = options.change().finally(() => {
        busy = false
        if (again) {
          again = false
          schedule()
        }
      })
    }, settle)
  }

  watcher.on('all', (_event, file) => {
    const full = absolute(options.cwd, file)
    if (!options.ignored(full)) schedule()
  })

  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      clearTimeout(timer)
      void running.finally(() => watcher.close().then(() => resolve()))
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}

function absolute(cwd: string, file: string): string {
  return file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file) ? file : `${cwd}/${file}`
}
