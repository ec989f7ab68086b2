// The unified-engine options of a run, in one place: the single engine call
// of standard input and `--archive` runs (run.ts) and every slice of a batch
// (chunk.ts, in this process or in a worker) use the same ones, so config
// look-up, ignore files, `--use` plugins and messages are the same whichever
// path a file takes.
import path from 'node:path'
import {unified} from 'unified'
import {type Context, type Options as EngineOptions, engine} from 'unified-engine'
import type {CliOptions} from './args.js'
import {UsageError} from './errors.js'
import {readers} from './formats.js'
import {type Loaded, liveblog} from './processor.js'
import {checkConfig} from './schema.js'
import {parseUse} from './use.js'

/** The config file names and package field the engine looks up. */
export const configNames = {rcName: 'liveblog.config', packageField: 'liveblog'} as const

/** The ignore file the engine looks up. */
export const ignoreName = '.liveblogignore'

/**
 * Files a folder or glob never yields as inputs: config files (a
 * `liveblog.config.json` is JSON, but not a live blog) and `package.json`.
 */
export const ignorePatterns = [`${configNames.rcName}.*`, 'package.json']

/** Extensions of the files taken from folders: every reader's. */
export function inputExtensions(): string[] {
  return readers.flatMap((format) => format.extensions)
}

/**
 * Engine options for `files` (none: standard input, from `streamIn`).
 * Results are compiled but not written: the CLI writes them (output.ts).
 */
export function engineOptions(
  options: CliOptions,
  cwd: string,
  loaded: Loaded,
  files: NonNullable<EngineOptions['files']>,
  extra: Partial<EngineOptions> & {extraPlugins?: unknown[]} = {}
): EngineOptions {
  const {extraPlugins = [], ...rest} = extra
  return {
    processor: unified().use(liveblog, loaded).freeze(),
    files,
    cwd,
    extensions: inputExtensions(),
    filePath: options.filePath,
    // Compile, but let the CLI write: see output.ts.
    alwaysStringify: true,
    out: false,
    output: false,
    ...configNames,
    rcPath: options.config,
    detectConfig: options.noConfig ? false : undefined,
    configTransform: (value, file) =>
      checkConfig(value, path.relative(cwd, file) || file) as ReturnType<
        NonNullable<EngineOptions['configTransform']>
      >,
    ignoreName,
    ignorePath: options.ignorePath,
    ignorePatterns,
    pluginPrefix: 'liveblog',
    plugins: [
      ...options.use.map((spec) => parseUse(spec)),
      ...extraPlugins
    ] as EngineOptions['plugins'],
    settings: options.settings as EngineOptions['settings'],
    // Reported by the CLI, once writing is done and its failures are known.
    reporter: () => '',
    frail: options.frail,
    ...rest
  }
}

export function runEngine(options: EngineOptions): Promise<Context> {
  return new Promise((resolve, reject) => {
    engine(options, (error, _code, context) => {
      if (error) {
        reject(
          error.message === 'No input'
            ? new UsageError('No input', 'Pass files, or pipe a live blog to standard input.')
            : error
        )
      } else resolve(context!)
    })
  })
}
