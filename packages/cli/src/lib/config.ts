// Config files and plugins go wrong before any file is converted: a config
// given with `-c` that does not exist, a syntax error, an unknown key, a
// `--use` plugin that is not installed. unified-engine reports those as a
// fatal "Cannot process file" on every file, with nested causes and stack
// traces; this turns them into one `UsageError` each (what, where, the fix).
import {readFileSync} from 'node:fs'
import path from 'node:path'
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
  return undefined
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
