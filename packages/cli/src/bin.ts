import process from 'node:process'
import {run} from './index.js'

// A run that never settles while nothing is left to wait for would end the
// process with code 0 and nothing said: unified-engine waits for ever for a
// file that a plugin failed after the other files were done (a transformer
// that marks a file fatal and goes on), or a plugin leaves a promise
// unsettled. Say so and fail instead.
let settled = false
process.once('beforeExit', () => {
  if (settled) return
  process.stderr.write(
    'liveblog: the run stopped before it finished, with nothing left to wait for: files not reported were not converted\n' +
      'A plugin (`--use` or a config file) may have left a promise unsettled, or failed a file after the others were done.\n'
  )
  process.exitCode = 1
})

// The exit code is set, not forced, so pending output is flushed first.
process.exitCode = await run(process.argv.slice(2))
settled = true
