import process from 'node:process'
import {run} from './index.js'

// A run that ends before it settled must not pass for a finished one:
// - nothing left to wait for (`beforeExit`): unified-engine waits for ever
//   for a file that a plugin failed after the other files were done (a
//   transformer that marks a file fatal and goes on), or a plugin left a
//   promise unsettled; that would be exit code 0 with nothing said;
// - `process.exit` called by a plugin converting in this process (`--jobs 1`;
//   in a worker it ends only that worker, reported as `worker-failed`).
// The run settled, or that it did not was said.
let done = false
/** Says, once, that the run did not finish and why it may not have; whether it said so. */
const unfinished = (what: string, why: string): boolean => {
  if (done) return false
  done = true
  process.stderr.write(
    `liveblog: the run ${what} before it finished: files not reported were not converted\n` +
      `A plugin (\`--use\` or a config file) may have ${why}.\n`
  )
  return true
}
process.once('beforeExit', () => {
  const why = 'left a promise unsettled, or failed a file after the others were done'
  if (unfinished('stopped, with nothing left to wait for,', why)) process.exitCode = 1
})
process.once('exit', (code) => {
  unfinished(`was ended (exit code ${code})`, 'called `process.exit`')
})

// The exit code is set, not forced, so pending output is flushed first.
process.exitCode = await run(process.argv.slice(2))
done = true
