// Command-line arguments to a plain options record. Parsing is node:util's
// `parseArgs`; this file only declares the flags and checks their values.
import {parseArgs} from 'node:util'
import {checkEncoding} from './encoding.js'
import {UsageError} from './errors.js'
import {checkSettings, suggest} from './schema.js'
import type {Settings} from './settings.js'

export {UsageError}

export interface CliOptions {
  files: string[]
  from?: string
  to?: string
  output?: string
  /** `--file-path`: the name standard input is read as (format and config look-up). */
  filePath?: string
  /** `--report`: `text` (vfile-reporter) or `json` (every message, machine-readable). */
  report: 'text' | 'json'
  /** `--watch`: convert again when an input or config changes. */
  watch: boolean
  /** `--jobs`: worker threads for a batch (1: this process); default one per CPU. */
  jobs?: number
  listInputFormats: boolean
  listOutputFormats: boolean
  /** `--use` specs as given: `name` or `name=options`. */
  use: string[]
  /** Reader and writer settings from flags (override the config file's). */
  settings: Settings
  config?: string
  /** `--archive FILE`: merge into this lbast JSON archive. */
  archive?: string
  /** `--only-new`: output only posts new to the archive. */
  onlyNew: boolean
  noConfig: boolean
  ignorePath?: string
  quiet: boolean
  silent: boolean
  frail: boolean
  verbose: boolean
  color?: boolean
  help: boolean
  version: boolean
}

/** Flags whose string value becomes a setting of the same (camel-cased) name. */
const stringSettings = [
  'url',
  'feed-url',
  'post-url',
  'title',
  'description',
  'language',
  'now',
  'time-zone',
  'sort',
  'encoding'
] as const

const spec = {
  from: {type: 'string', short: 'f'},
  to: {type: 'string', short: 't'},
  output: {type: 'string', short: 'o'},
  use: {type: 'string', short: 'u', multiple: true},
  setting: {type: 'string', short: 's', multiple: true},
  config: {type: 'string', short: 'c'},
  archive: {type: 'string'},
  'only-new': {type: 'boolean'},
  'no-config': {type: 'boolean'},
  'ignore-path': {type: 'string', short: 'i'},
  indent: {type: 'string'},
  'no-positions': {type: 'boolean'},
  quiet: {type: 'boolean', short: 'q'},
  silent: {type: 'boolean', short: 'S'},
  frail: {type: 'boolean'},
  'fail-if-warnings': {type: 'boolean'},
  report: {type: 'string'},
  watch: {type: 'boolean', short: 'w'},
  jobs: {type: 'string', short: 'j'},
  'file-path': {type: 'string'},
  'list-input-formats': {type: 'boolean'},
  'list-output-formats': {type: 'boolean'},
  verbose: {type: 'boolean'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
  ...Object.fromEntries(stringSettings.map((name) => [name, {type: 'string'}]))
} as const

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed: ReturnType<typeof parseArgs<{options: typeof spec; allowPositionals: true}>>
  for (const arg of argv) {
    if (arg === '--') break
    // pandoc habit: `-to rss` would be read as `-t o` (a format named `o`).
    const single = /^-([a-z][a-z-]+)$/.exec(arg)
    if (single && Object.hasOwn(spec, single[1]!)) {
      throw new UsageError(
        `\`${arg}\` is read as \`${arg.slice(0, 2)} ${arg.slice(2)}\`; did you mean \`-${arg}\`?`,
        'Long flags take two dashes: `--to rss`, or the short form `-t rss`.'
      )
    }
  }
  try {
    parsed = parseArgs({args: argv, options: spec, allowPositionals: true, strict: true})
  } catch (error) {
    throw new UsageError(cleanReason(error))
  }
  const values = parsed.values as Record<string, string | string[] | boolean | undefined>
  const settings: Settings = {}

  for (const name of stringSettings) {
    const value = values[name]
    if (typeof value === 'string') settings[camelCase(name)] = value
  }
  if (typeof values.indent === 'string') settings.indent = indent(values.indent)
  checkEncoding(settings.encoding)
  if (values['no-positions']) settings.positions = false
  for (const pair of (values.setting as string[] | undefined) ?? []) {
    const [name, value] = splitPair(pair, '--setting')
    // `reader-cnn`, `writer-rss` (a plugin's own options) keep their dash.
    settings[/^(?:reader|writer)-/.test(name) ? name : camelCase(name)] = value
  }

  if (values['only-new'] && values.archive === undefined) {
    throw new UsageError('`--only-new` needs `--archive <file>`: new is relative to an archive')
  }
  if (values.archive === '') throw new UsageError('Expected a file for `--archive`')

  const from = values.from as string | undefined
  const to = values.to as string | undefined
  if (from !== undefined) settings.from = from
  checkSettings(settings, {kind: 'flags'})
  const report = (values.report as string | undefined) ?? 'text'
  if (report !== 'text' && report !== 'json') {
    throw new UsageError(
      `Invalid value \`${report}\` for \`--report\`: expected \`text\` or \`json\``
    )
  }

  const jobs = values.jobs as string | undefined
  if (jobs !== undefined && !/^[1-9]\d{0,5}$/.test(jobs)) {
    throw new UsageError(
      `Invalid value \`${jobs}\` for \`--jobs\`: expected a whole number above 0`,
      'For example `--jobs 2`; `--jobs 1` converts in this process.'
    )
  }

  return {
    files: parsed.positionals,
    from,
    to,
    output: values.output as string | undefined,
    filePath: values['file-path'] as string | undefined,
    report,
    watch: Boolean(values.watch),
    jobs: jobs === undefined ? undefined : Number(jobs),
    listInputFormats: Boolean(values['list-input-formats']),
    listOutputFormats: Boolean(values['list-output-formats']),
    use: (values.use as string[] | undefined) ?? [],
    settings,
    config: values.config as string | undefined,
    archive: values.archive as string | undefined,
    onlyNew: Boolean(values['only-new']),
    noConfig: Boolean(values['no-config']),
    ignorePath: values['ignore-path'] as string | undefined,
    quiet: Boolean(values.quiet),
    silent: Boolean(values.silent),
    frail: Boolean(values.frail || values['fail-if-warnings']),
    verbose: Boolean(values.verbose),
    color: values['no-color'] ? false : values.color ? true : undefined,
    help: Boolean(values.help),
    version: Boolean(values.version)
  }
}

/**
 * `name=value` to a pair; the value is JSON when it parses as JSON
 * (`limit=5`, `positions=false`, `tags=["a"]`), else the string as given.
 */
export function splitPair(pair: string, flag: string): [string, unknown] {
  const index = pair.indexOf('=')
  if (index < 1) throw new UsageError(`Expected \`name=value\` for \`${flag}\`, not \`${pair}\``)
  return [pair.slice(0, index), jsonOrString(pair.slice(index + 1))]
}

export function jsonOrString(value: string): unknown {
  try {
    return JSON.parse(value)
  } catch {
    return value
  }
}

function indent(value: string): number | string {
  if (value === 'tab') return '\t'
  return /^\d+$/.test(value) ? Number(value) : value
}

function camelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())
}

/** parseArgs' errors carry a code and a long hint; keep the first sentence. */
function cleanReason(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error)
  const unknown = /^Unknown option '(-{1,2}[^']*)'/.exec(reason)
  if (unknown) {
    const flags = Object.keys(spec).map((name) => `--${name}`)
    return `Unknown flag \`${unknown[1]}\`${unknown[1]!.startsWith('--') ? suggest(unknown[1]!, flags) : ''}`
  }
  const missing = /^Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing/.exec(reason)
  if (missing) return `\`${missing[1]}\` needs a value`
  const ambiguous = /^Option '(-{1,2}[^']*)' argument is ambiguous/.exec(reason)
  if (ambiguous) {
    const flag = ambiguous[1]!.split(',')[0]!.trim()
    return `\`${flag}\` needs a value; to give one that starts with \`-\`, write \`${flag}=-1\` (with \`=\`)`
  }
  return reason.split('. To specify')[0]!.split('\n')[0]!
}
