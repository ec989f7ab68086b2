// Config files and plugins go wrong before any file is converted: a config
// given with `-c` that does not exist, a syntax error, an unknown key, a
// `--use` plugin that is not installed. unified-engine reports those as a
// fatal "Cannot process file" on every file, with nested causes and stack
// traces; this turns them into one `UsageError` each (what, where, the fix).
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {VFile} from 'vfile'
import {UsageError} from './errors.js'

/** The usage mistake behind an engine failure on `file`, if that is what it is. */
export function setupError(file: VFile, cwd: string): UsageError | undefined {
  for (const message of file.messages) {
    if (message.fatal !== true || message.source !== undefined) continue
    if (message.reason !== 'Cannot process file' || message.cause === undefined) continue
    const error = explain(chain(message.cause), cwd)
    if (error) return error
  }
  return undefined
}

function explain(errors: Error[], cwd: string): UsageError | undefined {
  const own = errors.find((error) => error instanceof UsageError)
  if (own) return own
  const [outer] = errors
  if (!outer) return undefined
  const last = errors.at(-1)!
  const name = /`([^`]+)`/.exec(outer.message)?.[1] ?? ''

  if (outer.message.startsWith('Cannot read given file')) {
    const missing = (last as NodeJS.ErrnoException).code === 'ENOENT'
    return new UsageError(
      `Cannot read the config file \`${name}\`: ${missing ? 'no such file' : firstLine(last)}`,
      'Check the path given to `-c`/`--config`, or leave it out to look config files up.'
    )
  }
  // A plugin path that resolves but does not exist fails while the engine
  // merges plugins into the config it found (even `package.json`), so the
  // outer error blames that file: the missing module is the real cause.
  const unfound = errors.find(
    (error) => (error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND'
  )
  if (unfound && !outer.message.startsWith('Cannot find module'))
    return moduleNotFound(unfound, cwd)
  if (/^Cannot parse (?:given )?file/.test(outer.message) && !isSyntaxError(last)) {
    // A JS config that throws while it runs: not a syntax matter.
    const at = throwPlace(last, cwd)
    return new UsageError(
      `The config file \`${name}\` failed while loading${at ? ` (${at})` : ''}: ${firstLine(last)}`,
      'Fix the config module, or pass `--no-config` to skip config files.'
    )
  }
  if (/^Cannot parse (?:given )?file/.test(outer.message)) {
    return new UsageError(
      `${where(name, last, cwd)}: Cannot parse the config file: ${syntaxReason(last)}`,
      'Fix the syntax there, or pass `--no-config` to skip config files.'
    )
  }
  if (outer.message.startsWith('Cannot find module')) {
    const bare = !name.startsWith('.') && !path.isAbsolute(name)
    return new UsageError(
      `Cannot find the plugin \`${name}\`${bare ? ` (looked for \`liveblog-${name}\` and \`${name}\`)` : ''}`,
      bare
        ? `Install it (\`npm install liveblog-${name}\` or \`npm install ${name}\`), or give a path such as \`./${name}.js\`.`
        : 'Check the path: it is resolved from the working folder (`--use`) or the config file.'
    )
  }
  if (outer.message.startsWith('Cannot import')) {
    return new UsageError(
      `Cannot load the plugin or config \`${name}\`: ${firstLine(last)}`,
      'Check that the module loads: `node --check FILE`, or import it in node.'
    )
  }
  if (outer.message.startsWith('Expected preset')) {
    return new UsageError(
      firstLine(outer),
      'A plugin module default-exports a function; a preset, `{plugins, settings}`.'
    )
  }
  // Last: the engine reports a missing module from an attacher too (above).
  const attaching = errors.find(isAttachFailure)
  if (attaching) {
    const at = throwPlace(attaching, cwd)
    return new UsageError(
      `A plugin failed while being set up${at ? ` (${at})` : ''}: ${firstLine(attaching)}`,
      'Check the options given to it (`--use NAME=OPTIONS`, or `plugins` in the config file).'
    )
  }
  return undefined
}

/**
 * Node's `ERR_MODULE_NOT_FOUND` ("Cannot find module '/abs/x.mjs' imported
 * from /…/configuration.js"): imported by the engine, the plugin itself is
 * missing; imported by anything else, a plugin's own dependency is.
 */
function moduleNotFound(error: Error, cwd: string): UsageError {
  const match = /^Cannot find (?:module|package) '([^']+)' imported from (.+)$/m.exec(error.message)
  const wanted = match?.[1] ?? ''
  const importer = match?.[2] ?? ''
  const shown = (file: string) =>
    path.isAbsolute(file) ? relativePath(path.relative(cwd, file)) || file : file
  if (match && !/[\\/]unified-engine[\\/]/.test(importer)) {
    return new UsageError(
      `Cannot load a plugin: \`${shown(importer)}\` imports \`${shown(wanted)}\`, which cannot be found`,
      'Install what the plugin needs (`npm install`), or check its import paths.'
    )
  }
  return new UsageError(
    `Cannot find the plugin \`${shown(wanted) || firstLine(error)}\`: no such file`,
    'Check the path: it is resolved from the working folder (`--use`) or the config file.'
  )
}

/**
 * Whether `error` was thrown by a plugin's attacher: unified calls attachers
 * from `freeze`, and transformers, parsers and compilers never run inside it,
 * so a `freeze` frame of unified in the stack marks a setup failure (bad
 * plugin options) rather than a failure on one file.
 */
function isAttachFailure(error: Error): boolean {
  return /\bat \S*freeze \([^)\n]*[\\/]unified[\\/]lib[\\/]index\.js/.test(error.stack ?? '')
}

/** Whether a config file failed to parse (JSON, YAML, JS syntax) rather than to run. */
function isSyntaxError(error: Error): boolean {
  return (
    error instanceof SyntaxError ||
    /Syntax|JSON|YAML/.test(error.name) ||
    (error as {linePos?: unknown}).linePos !== undefined
  )
}

/** `file:line:column` of the frame that threw, relative to `cwd`. */
function throwPlace(error: Error, cwd: string): string | undefined {
  const frame = /\n\s+at [^\n]*?\(?((?:file:\/\/)?\/[^\s():]+):(\d+):(\d+)\)?/.exec(
    error.stack ?? ''
  )
  if (!frame) return undefined
  const file = frame[1]!.startsWith('file://') ? fileURLToPath(frame[1]!) : frame[1]!
  return `${relativePath(path.relative(cwd, file))}:${frame[2]}:${frame[3]}`
}

function relativePath(relative: string): string {
  return relative.startsWith('..') || path.isAbsolute(relative) ? relative : `./${relative}`
}

/** `file:line:column` of a JSON or YAML syntax error, as precisely as known. */
function where(name: string, error: Error, cwd: string): string {
  const yaml = (error as {linePos?: Array<{line: number; col: number}>}).linePos?.[0]
  if (yaml) return `${name}:${yaml.line}:${yaml.col}`
  const position = /at position (\d+)/.exec(error.message)
  const file = (error as {fileName?: string}).fileName ?? path.resolve(cwd, name)
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return name
  }
  const offset = position ? Number(position[1]) : text.length
  const before = text.slice(0, offset).split('\n')
  return `${name}:${before.length}:${before.at(-1)!.length + 1}`
}

function syntaxReason(error: Error): string {
  return firstLine(error)
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/ at line \d+, column \d+.*$/, '')
    .replace(/ while parsing.*$/, '')
}

function chain(cause: unknown): Error[] {
  const errors: Error[] = []
  let current = cause
  while (current instanceof Error && errors.length < 10) {
    errors.push(current)
    current = current.cause
  }
  return errors
}

function firstLine(error: Error): string {
  return error.message.split('\n')[0] ?? ''
}
