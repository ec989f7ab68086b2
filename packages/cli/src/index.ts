export {type CliOptions, parseCliArgs, UsageError} from './lib/args.js'
export {
  type AnyPlugin,
  type Format,
  findFormat,
  guessFormat,
  readers,
  writers
} from './lib/formats.js'
export {type ExitCode, type Io, run} from './lib/run.js'
export type {Settings} from './lib/settings.js'
export {version} from './lib/version.js'
