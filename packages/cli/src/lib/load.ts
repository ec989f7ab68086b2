// Importing the plugins the run needs: built-in formats by package name, a
// custom writer (`--to ./my-writer.js`) by path.
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {unified} from 'unified'
import {UsageError} from './args.js'
import {type AnyPlugin, type Format, pick, pluginOf} from './formats.js'
import type {LoadedFormat} from './processor.js'
import {parseUse} from './use.js'

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
    const missing =
      (error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' &&
      reason(error).includes(fileURLToPath(url))
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
