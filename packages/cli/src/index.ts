export {type CliOptions, parseCliArgs, UsageError} from './lib/args.js'
export {
  type AnyPlugin,
  type Format,
  findFormat,
  guessFormat,
  readers,
  writers
} from './lib/formats.js'
export {type ExitCode, type InputStream, type Io, type OutputStream, run} from './lib/run.js'
export type {Settings} from './lib/settings.js'
export {version} from './lib/version.js'
