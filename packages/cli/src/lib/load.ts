// Importing the plugins the run needs: built-in formats by package name, a
// custom writer (`--to ./my-writer.js`) by path.
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {unified} from 'unified'
import {UsageError} from './args.js'
import {type AnyPlugin, type Format, guessFormat, pick, pluginOf} from './formats.js'
import type {Loaded, LoadedFormat} from './processor.js'
import {parseUse} from './use.js'

/**
 * `format`, to be imported once the run knows it needs it (`importNeeded`):
 * a batch of `.txt` pages never pays for the Markdown, JSON and HTML
 * readers, in this process or in any worker.
 */
export function lazyFormat(format: Format): LoadedFormat {
  return {format}
}

/** Imports `loaded`'s plugin unless it was (or failed to be) already; sets `plugin` or `error`. */
function importFormat(loaded: LoadedFormat): Promise<void> {
  if (loaded.plugin || loaded.error !== undefined) return Promise.resolve()
  loaded.importing ??= loadFormat(loaded.format).then((result) => {
    loaded.plugin = result.plugin
    loaded.error = result.error
  })
  return loaded.importing
}

/**
 * Imports the writer and the readers that `files` need: the one `from`
 * names (the flag, or any config file's `from`), else the one each file's
 * extension names; every reader for standard input or a file without an
 * extension, whose format is sniffed from its text. A unified parser and
 * compiler cannot wait for an import, so this runs before the engine.
 */
export async function importNeeded(
  loaded: Loaded,
  files: Array<string | undefined>,
  from: Iterable<string>
): Promise<void> {
  const wanted = new Set<LoadedFormat>([loaded.writer])
  const formats = loaded.readers.map((reader) => reader.format)
  const add = (format: Format | undefined) => {
    const reader = loaded.readers.find((candidate) => candidate.format === format)
    if (reader) wanted.add(reader)
  }
  for (const name of from) add(formats.find((format) => format.name === name))
  for (const file of files.length === 0 ? [undefined] : files) {
    const extname = file ? path.extname(file) : ''
    if (extname === '') {
      for (const reader of loaded.readers) wanted.add(reader)
      break
    }
    add(guessFormat(formats, extname))
  }
  await Promise.all([...wanted].map((format) => importFormat(format)))
}

export async function loadFormat(format: Format): Promise<LoadedFormat> {
  let module: unknown
  try {
    module = await format.load()
  } catch (error) {
    return {format, error: `Cannot load \`${format.packageName}\`: ${reason(error)}`}
  }
  const plugin = pluginOf(module)
  if (!plugin) {
    return {format, error: `\`${format.packageName}\` has no default-export plugin (is it built?)`}
  }
  return {format, plugin}
}

/** Whether `--to` names a module (a path) rather than a built-in format. */
export function isModulePath(value: string): boolean {
  return /^\.{0,2}\/|\.[cm]?js(?:=|$)/.test(value) || path.isAbsolute(value)
}

/**
 * A custom writer: a module whose default export is a compiler plugin. It may
 * export `extname` (`'.html'`) for the files `-o folder` writes; `=options`
 * after the path are its options, as with `--use`.
 */
export async function loadCustomWriter(spec: string, cwd: string): Promise<LoadedFormat> {
  const [modulePath, given] = parseUse(spec)
  const url = pathToFileURL(path.resolve(cwd, modulePath)).href
  let module: {extname?: unknown; default?: unknown}
  try {
    module = (await import(url)) as typeof module
  } catch (error) {
    // Not found: the module itself, or something it imports.
    const missing =
      (error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' &&
      reason(error).startsWith(`Cannot find module '${fileURLToPath(url)}'`)
    throw new UsageError(
      `Cannot load the writer \`${modulePath}\`: ${missing ? 'no such file' : reason(error)}`,
      missing ? 'Check the path: it is resolved from the working folder.' : undefined
    )
  }
  const plugin: AnyPlugin | undefined = pluginOf(module)
  if (!plugin) {
    throw new UsageError(`Expected a writer plugin as the default export of \`${modulePath}\``)
  }
  if (!setsCompiler(plugin, given)) {
    throw new UsageError(
      `\`${modulePath}\` is not a writer: its plugin sets no compiler`,
      'A writer sets `this.compiler`; a plugin that changes the tree goes in `--use`.'
    )
  }
  const extname = typeof module.extname === 'string' ? module.extname : '.txt'
  const format: Format = {
    name: modulePath,
    description: 'custom writer',
    packageName: modulePath,
    extensions: [],
    extname: extname.startsWith('.') ? extname : `.${extname}`,
    // The page facts every writer may use, then the options after `=`.
    options: (settings) => ({
      ...pick(settings, ['title', 'url', 'description', 'language']),
      ...(given as Record<string, unknown>)
    }),
    load: async () => module
  }
  return {format, plugin}
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Whether attaching `plugin` sets a compiler. An attacher that throws with
 * only the `=options` of the command line (it may want the run's settings
 * too) is given the benefit of the doubt: the run reports it.
 */
function setsCompiler(plugin: AnyPlugin, options: unknown): boolean {
  try {
    const processor = unified().use(plugin as never, options as never)
    processor.freeze()
    return typeof processor.compiler === 'function'
  } catch {
    return true
  }
}
