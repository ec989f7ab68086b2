// Checking settings, from flags and from config files, before any file is
// read. Values are checked with zod schemas; the keys a format reads are
// found by asking each format's `options` which settings it looks at, so a
// format added to the registry is validated without a change here.
import leven from 'leven'
import {z} from 'zod'
import {UsageError} from './errors.js'
import {type Format, readers, writers} from './formats.js'
import type {Settings} from './settings.js'

interface Rule {
  schema: z.ZodType
  /** What is allowed, as a reader of the error wants it. */
  expected: string
}

const absoluteUrl = z.string().refine((value) => isHttpUrl(value))

// With its offset: "2024-01-16T13:00" alone would be read in whatever zone
// the machine runs in.
const isoWithOffset = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i)
  .refine((value) => !Number.isNaN(new Date(value).getTime()))

/** Values of the settings the CLI knows a type for. Other keys a format reads pass as they are. */
const rules: Record<string, Rule> = {
  url: {schema: absoluteUrl, expected: 'an absolute http(s) URL, like https://example.com/live'},
  feedUrl: {
    schema: absoluteUrl,
    expected: 'an absolute http(s) URL, like https://example.com/feed.xml'
  },
  postUrl: {
    // Without `{id}` every post would get the same link.
    schema: z
      .string()
      .refine((value) => value.includes('{id}') && isHttpUrl(value.replaceAll('{id}', 'id'))),
    expected: 'an absolute http(s) URL template with `{id}`, like https://example.com/live#{id}'
  },
  title: {schema: z.string(), expected: 'text'},
  description: {schema: z.string(), expected: 'text'},
  generator: {schema: z.union([z.string(), z.literal(false)]), expected: 'text or false'},
  language: {
    schema: z.string().refine((value) => isLanguageTag(value)),
    expected: 'a BCP 47 language tag, like en or en-GB'
  },
  now: {
    schema: z
      .union([isoWithOffset, z.date()])
      .refine((value) => !Number.isNaN(new Date(value).getTime())),
    expected:
      'an ISO 8601 date-time with an offset, like 2024-01-16T18:00:00Z or 2024-01-16T13:00:00-05:00'
  },
  timeZone: {
    schema: z.string().refine((value) => isTimeZone(value)),
    expected: 'an IANA time zone, like America/New_York or Europe/Prague'
  },
  sort: {schema: z.enum(['source', 'time']), expected: '`source` or `time`'},
  indent: {
    schema: z.union([z.number().int().min(0).max(10), z.string().regex(/^[ \t]{0,10}$/)]),
    expected: 'a whole number from 0 to 10, or `tab`'
  },
  positions: {schema: z.boolean(), expected: '`true` or `false`'},
  version: {schema: z.boolean(), expected: '`true` or `false`'},
  chrome: {schema: z.array(z.string()), expected: 'a list of strings'},
  maxDepth: {schema: z.number().int().positive(), expected: 'a whole number above 0'},
  descriptionLength: {schema: z.number().int().min(0), expected: 'a whole number, 0 or more'},
  fragment: {schema: z.boolean(), expected: '`true` or `false`'},
  css: {
    schema: z.union([z.literal(false), z.string().min(1)]),
    expected: '`false`, or the URL of a stylesheet'
  },
  publisher: {schema: z.string().min(1), expected: "the publisher's name"},
  coverageEndTime: {
    schema: z.union([z.literal(true), isoWithOffset]),
    expected:
      "`true` (the newest post's time) or an ISO 8601 date-time with an offset, like 2024-01-16T18:00:00Z"
  }
}

/** Where settings came from, for messages: flags (`--sort`) or a config file. */
export type SettingsSource = {kind: 'flags'} | {kind: 'config'; file: string}

/**
 * Checks `settings` and returns them; throws `UsageError` naming the first
 * unknown key (with a "did you mean") or bad value (with what is allowed).
 */
export function checkSettings(settings: Settings, source: SettingsSource): Settings {
  const known = knownKeys()
  for (const [key, value] of Object.entries(settings)) {
    const label = source.kind === 'flags' ? flagName(key) : `\`${key}\``
    const where = source.kind === 'flags' ? '' : ` in \`${source.file}\``
    if (key === 'from') {
      checkName(value, readers, `${label}${where}`, 'input format')
      continue
    }
    if (key === 'to') {
      // Only the `--to` flag (kept out of the settings) picks the writer.
      throw new UsageError(
        `\`to\` cannot be set${where || ' with `-s`'}: the output format must be known before any file is read`,
        'Pass `--to` on the command line instead.'
      )
    }
    if (packageKeys().includes(key)) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new UsageError(
          `Invalid value ${show(value)} for \`${key}\`${where}: expected an object of that plugin's options`
        )
      }
      checkPluginOptions(key, value as Record<string, unknown>, where, source)
      continue
    }
    if (!known.has(key)) {
      // `to` is a flag only (see above): never offer it as a setting.
      const offered = [...known].filter((name) => name !== 'to')
      throw new UsageError(
        `Unknown setting \`${key}\`${where || (source.kind === 'flags' ? ' in `--setting`' : '')}${suggest(key, [...offered, ...packageKeys()])}`,
        `Known settings: ${offered.sort().join(', ')}; per plugin: ${packageKeys().join(', ')}.`
      )
    }
    const rule = rules[key]
    if (rule && !rule.schema.safeParse(value).success) {
      throw new UsageError(
        `Invalid value ${show(value)} for ${label}${where}: expected ${rule.expected}`,
        source.kind === 'config' ? `Fix it in \`${source.file}\`.` : undefined
      )
    }
  }
  return settings
}

/**
 * A plugin's own options (`"writer-rss": {…}`): they go to the plugin as
 * they are, so the plugin may take more than the CLI knows of. Values of the
 * options the CLI has a rule for are checked like flat settings, and a key
 * that is none of them but close to one (`titel`) is taken for a typo.
 */
function checkPluginOptions(
  plugin: string,
  options: Record<string, unknown>,
  where: string,
  source: SettingsSource
): void {
  for (const [key, value] of Object.entries(options)) {
    const label = `\`${plugin}.${key}\``
    const rule = Object.hasOwn(rules, key) ? rules[key] : undefined
    if (rule) {
      if (!rule.schema.safeParse(value).success) {
        throw new UsageError(
          `Invalid value ${show(value)} for ${label}${where}: expected ${rule.expected}`,
          source.kind === 'config' ? `Fix it in \`${source.file}\`.` : undefined
        )
      }
      continue
    }
    const close = suggest(key, Object.keys(rules))
    if (close) {
      throw new UsageError(
        `Unknown option ${label}${where}${close}`,
        `Options of \`${plugin}\` are passed to it as they are; see its README for the names.`
      )
    }
  }
}

/** The keys a config file may have at its top level (unified-engine's). */
const configKeys = ['settings', 'plugins']

/** Checks a config file's object; returns it for unified-engine. */
export function checkConfig(value: unknown, file: string): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(
      `Expected an object with \`settings\` and \`plugins\` in \`${file}\`, not ${show(value)}`
    )
  }
  for (const key of Object.keys(value)) {
    if (!configKeys.includes(key)) {
      throw new UsageError(
        `Unknown key \`${key}\` in \`${file}\`${suggest(key, configKeys)}`,
        'A config file has `settings` (reader and writer options) and `plugins`.'
      )
    }
  }
  const settings = (value as {settings?: unknown}).settings
  if (settings !== undefined) {
    if (settings === null || typeof settings !== 'object' || Array.isArray(settings)) {
      throw new UsageError(
        `Expected an object for \`settings\` in \`${file}\`, not ${show(settings)}`
      )
    }
    checkSettings(settings as Settings, {kind: 'config', file})
  }
  return value
}

/** ` Did you mean …?` for the closest known name, if one is close. */
export function suggest(name: string, known: Iterable<string>): string {
  const wanted = normal(name)
  let best: string | undefined
  let distance = Number.POSITIVE_INFINITY
  for (const candidate of known) {
    const current = leven(wanted, normal(candidate))
    if (current < distance) {
      best = candidate
      distance = current
    }
  }
  const allowed = Math.max(2, Math.floor(wanted.length / 3))
  return best !== undefined && distance <= allowed ? `; did you mean \`${best}\`?` : ''
}

function normal(name: string): string {
  return name.toLowerCase().replace(/[-_]/g, '')
}

function checkName(value: unknown, list: Format[], label: string, what: string): void {
  if (typeof value === 'string' && list.some((format) => format.name === value)) return
  const names = list.map((format) => format.name)
  const close = typeof value === 'string' ? suggest(value, names) : ''
  throw new UsageError(
    `Unknown ${what} ${show(value)} for ${label}; known: ${names.join(', ')}`,
    close ? `Did you mean ${close.slice('; did you mean '.length)}` : 'Try `liveblog --help`.'
  )
}

let cachedKeys: Set<string> | undefined

/** Every flat setting some format reads, plus `from` and `to`. */
export function knownKeys(): Set<string> {
  if (cachedKeys) return cachedKeys
  const keys = new Set<string>(['from', 'to'])
  const probe = new Proxy(
    {},
    {
      get(_target, key) {
        if (typeof key === 'string') keys.add(key)
        return undefined
      }
    }
  ) as Settings
  for (const format of [...readers, ...writers]) {
    try {
      format.options(probe)
    } catch {
      // An options function that needs real values: the keys read so far count.
    }
  }
  // The custom-writer module gets these too (load.ts).
  for (const key of ['title', 'url', 'description', 'language']) keys.add(key)
  // Read by the CLI itself before any reader (encoding.ts).
  keys.add('encoding')
  cachedKeys = keys
  return keys
}

/** Keys that hold one plugin's own options: `reader-cnn`, `writer-rss`, … */
export function packageKeys(): string[] {
  return [...readers, ...writers].map((format) => format.packageName.replace(/^@liveblog\//, ''))
}

/** Settings that have a flag of their own (args.ts); others come from `-s`. */
const FLAGGED = new Set([
  'url',
  'feedUrl',
  'postUrl',
  'title',
  'description',
  'language',
  'now',
  'timeZone',
  'sort',
  'indent',
  'encoding',
  'from'
])

/** How the user gave a flag-borne setting: `--time-zone`, or `-s version`. */
function flagName(key: string): string {
  if (!FLAGGED.has(key)) return `\`-s ${key}\``
  return `\`--${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}\``
}

function show(value: unknown): string {
  if (typeof value === 'string') return `\`${value}\``
  const json = JSON.stringify(value)
  return `\`${json === undefined ? String(value) : json.slice(0, 60)}\``
}

function isHttpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false
  const protocol = new URL(value).protocol
  return protocol === 'http:' || protocol === 'https:'
}

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1
  } catch {
    return false
  }
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', {timeZone: value})
    return true
  } catch {
    return false
  }
}
