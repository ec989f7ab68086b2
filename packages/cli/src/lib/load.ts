// Importing the plugins the run needs: built-in formats by package name, a
// custom writer (`--to ./my-writer.js`) by path.
import path from 'node:path'
import {pathToFileURL} from 'node:url'
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
    throw new UsageError(`Cannot load the writer \`${modulePath}\`: ${reason(error)}`)
  }
  const plugin: AnyPlugin | undefined = pluginOf(module)
  if (!plugin) {
    throw new UsageError(`Expected a writer plugin as the default export of \`${modulePath}\``)
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
