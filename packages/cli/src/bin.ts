import process from 'node:process'
import {run} from './index.js'

// The exit code is set, not forced, so pending output is flushed first.
process.exitCode = await run(process.argv.slice(2))
