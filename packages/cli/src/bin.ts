import process from 'node:process'
import {run} from './index.js'

// A run that ends before it settled must not pass for a finished one:
// - nothing left to wait for (`beforeExit`): unified-engine waits for ever
//   for a file that a plugin failed after the other files were done (a
//   transformer that marks a file fatal and goes on), or a plugin left a
//   promise unsettled; that would be exit code 0 with nothing said;
// - `process.exit` called by a plugin converting in this process (`--jobs 1`;
//   in a worker it ends only that worker, reported as `worker-failed`).
let settled = false
let said = false
const unfinished = (what: string) => {
  if (settled || said) return
  said = true
  process.stderr.write(
    `liveblog: the run ${what} before it finished: files not reported were not converted\n`
  )
}
process.once('beforeExit', () => {
  if (settled) return
  unfinished('stopped, with nothing left to wait for,')
  process.stderr.write(
    'A plugin (`--use` or a config file) may have left a promise unsettled, or failed a file after the others were done.\n'
  )
  process.exitCode = 1
})
process.once('exit', (code) => {
  if (settled || said) return
  unfinished(`was ended (exit code ${code})`)
  process.stderr.write('A plugin (`--use` or a config file) may have called `process.exit`.\n')
})

// The exit code is set, not forced, so pending output is flushed first.
process.exitCode = await run(process.argv.slice(2))
settled = true
