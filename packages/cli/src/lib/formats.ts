// The format registry: which package reads or writes each format, the file
// extensions that name it, and which settings become that plugin's options.
// Plugins are imported lazily so that `--help` and one format never pay for
// (or break on) the others.
import type {Plugin} from 'unified'
import type {Settings} from './settings.js'

/** A unified plugin as the CLI uses it: its options are plain records. */
// biome-ignore lint/suspicious/noExplicitAny: plugins are loaded from any module; their types are not known here.
export type AnyPlugin = Plugin<any[], any, any>

export interface Format {
  /** What `--from`/`--to` call it. */
  name: string
  /** One line for `--help`. */
  description: string
  /** The package that provides the plugin. */
  packageName: string
  /** Extensions (with dot) that name this format when guessing. */
  extensions: string[]
  /** The extension written by `-o folder` (writers only). */
  extname: string
  /** The plugin's options, from the merged settings (config file and flags). */
  options: (settings: Settings) => Record<string, unknown>
  /** Imports the package (its default export is the plugin). */
  load: () => Promise<unknown>
}

/** `@liveblog/reader-cnn`'s options. */
function cnnOptions(settings: Settings): Record<string, unknown> {
  return pick(settings, ['now', 'timeZone', 'chrome'])
}

/** `@liveblog/writer-rss`'s options; `now` is a `Date` there. */
function rssOptions(settings: Settings): Record<string, unknown> {
  const options = pick(settings, [
    'title',
    'url',
    'description',
    'language',
    'feedUrl',
    'postUrl',
    'sort',
    'generator',
    'descriptionLength'
  ])
  if (typeof settings.now === 'string') options.now = new Date(settings.now)
  return options
}

export const readers: Format[] = [
  {
    name: 'cnn',
    description: 'text copied from a CNN-style live-updates page',
    packageName: '@liveblog/reader-cnn',
    extensions: ['.txt'],
    extname: '.txt',
    options: cnnOptions,
    load: () => import('@liveblog/reader-cnn')
  },
  {
    name: 'markdown',
    description: 'live-blog Markdown (one post per heading)',
    packageName: '@liveblog/reader-markdown',
    extensions: ['.md', '.markdown'],
    extname: '.md',
    options: (settings) => pick(settings, ['now', 'timeZone']),
    load: () => import('@liveblog/reader-markdown')
  },
  {
    name: 'json',
    description: 'an lbast tree as JSON',
    packageName: '@liveblog/reader-json',
    extensions: ['.json'],
    extname: '.json',
    options: (settings) => pick(settings, ['maxDepth']),
    load: () => import('@liveblog/reader-json')
  },
  {
    name: 'html',
    description:
      'a saved live-blog web page (schema.org LiveBlogPosting JSON-LD, microdata or markup)',
    packageName: '@liveblog/reader-html',
    extensions: ['.html', '.htm'],
    extname: '.html',
    options: (settings) => pick(settings, ['timeZone']),
    load: () => import('@liveblog/reader-html')
  }
]

export const writers: Format[] = [
  {
    name: 'json',
    description: 'the lbast tree as JSON',
    packageName: '@liveblog/writer-json',
    extensions: ['.json'],
    extname: '.json',
    options: (settings) => {
      const options = pick(settings, ['positions', 'version'])
      if (settings.indent !== undefined) options.space = settings.indent
      return options
    },
    load: () => import('@liveblog/writer-json')
  },
  {
    name: 'rss',
    description: 'an RSS 2.0 feed, one item per post',
    packageName: '@liveblog/writer-rss',
    extensions: ['.xml', '.rss'],
    extname: '.xml',
    options: rssOptions,
    load: () => import('@liveblog/writer-rss')
  },
  {
    name: 'atom',
    description: 'an Atom 1.0 feed (RFC 4287), one entry per post',
    packageName: '@liveblog/writer-atom',
    extensions: ['.atom'],
    extname: '.atom',
    options: rssOptions,
    load: () => import('@liveblog/writer-atom')
  },
  {
    name: 'jsonfeed',
    description: 'a JSON Feed 1.1, one item per post',
    packageName: '@liveblog/writer-json-feed',
    extensions: ['.feed.json'],
    extname: '.feed.json',
    options: (settings) => {
      const {now: _now, generator: _generator, ...options} = rssOptions(settings)
      if (settings.indent !== undefined) options.space = settings.indent
      return options
    },
    load: () => import('@liveblog/writer-json-feed')
  },
  {
    name: 'markdown',
    description: 'live-blog Markdown (one post per heading)',
    packageName: '@liveblog/writer-markdown',
    extensions: ['.md', '.markdown'],
    extname: '.md',
    // Its options are mdast-util-to-markdown's (`bullet`, …): only from the
    // `writer-markdown` settings key, as no flag means the same there.
    options: () => ({}),
    load: () => import('@liveblog/writer-markdown')
  },
  {
    name: 'html',
    description: 'a standalone HTML5 page with schema.org LiveBlogPosting data',
    packageName: '@liveblog/writer-html',
    extensions: ['.html', '.htm'],
    extname: '.html',
    options: (settings) =>
      pick(settings, [
        'title',
        'url',
        'description',
        'language',
        'postUrl',
        'sort',
        'descriptionLength',
        'fragment',
        'css',
        'publisher',
        'coverageEndTime'
      ]),
    load: () => import('@liveblog/writer-html')
  }
]

export function findFormat(list: Format[], name: string): Format | undefined {
  return list.find((format) => format.name === name)
}

/** The format whose extensions include the path's extension, if any. */
export function guessFormat(list: Format[], extname: string): Format | undefined {
  const lower = extname.toLowerCase()
  return list.find((format) => format.extensions.includes(lower))
}

export function formatNames(list: Format[]): string {
  return list.map((format) => format.name).join(', ')
}

/** The default export of a module when it is a plugin (a function). */
export function pluginOf(module: unknown): AnyPlugin | undefined {
  const value = (module as {default?: unknown} | undefined)?.default
  return typeof value === 'function' ? (value as AnyPlugin) : undefined
}

export function pick(settings: Settings, keys: string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const key of keys) {
    if (settings[key] !== undefined) result[key] = settings[key]
  }
  return result
}
