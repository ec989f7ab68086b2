// One processor for the whole run, as unified-engine wants one: its parser and
// compiler pick the reader and writer per file (from the settings, or from the
// file's extension), so a batch may mix `.txt`, `.md` and `.json` inputs and
// config files may set `from`/`to` like any other setting.
import {statSync} from 'node:fs'
import path from 'node:path'
import {findRelativeTime, formatIso, type Root} from '@liveblog/core'
import {type Processor, unified} from 'unified'
import type {VFile} from 'vfile'
import {decodeInput} from './encoding.js'
import {type AnyPlugin, type Format, formatNames, guessFormat} from './formats.js'
import {fail, source} from './messages.js'
import {optionsFor, type Settings} from './settings.js'
import {sniffFormat} from './sniff.js'

/**
 * A format and its plugin once imported (`importNeeded`), or the reason it
 * could not be; neither while it is not imported yet.
 */
export interface LoadedFormat {
  format: Format
  plugin?: AnyPlugin
  error?: string
  /** The import under way. */
  importing?: Promise<void>
}

export interface Loaded {
  readers: LoadedFormat[]
  writer: LoadedFormat
  /**
   * `--archive` runs: keep each file's tree for merging instead of
   * compiling it, and read relative times against the file's modification
   * time (standard input: `startedAt`) when no `--now` is given.
   */
  archive?: {startedAt: Date}
}

declare module 'vfile' {
  interface DataMap {
    /** The tree read, kept for `--archive` runs. */
    liveblogTree: Root
    /** When the copy was taken: `--now`, the file's modification time or the run's start. */
    liveblogSeenAt: Date
    /** Compiles a tree with this file's writer and settings. */
    liveblogCompile: (tree: Root) => string
  }
}

/**
 * The unified plugin that makes a processor read and write with `loaded`,
 * whose formats the run imported before the engine started (`importNeeded`):
 * a parser and a compiler cannot wait for an import.
 */
export function liveblog(this: Processor, loaded: Loaded): undefined {
  const settings = (): Settings => (this.data('settings') ?? {}) as Settings

  this.parser = (_document: string, file: VFile): Root => {
    const current = settings()
    decodeInput(file, current.encoding)
    const reader = pickReader(loaded, current, file)
    if (!reader) return {type: 'root', children: []}
    const reading = readingTime(loaded, current, file)
    const options = optionsFor(
      reading.settings,
      reader.format.options(reading.settings),
      key('reader', reader)
    )
    const tree = unified().use(reader.plugin!, options).parse(file) as Root
    // Said only where it mattered: a page with relative times.
    if (reading.note && hasRelativeTimes(tree)) {
      file.info(reading.note, {ruleId: 'reading-time', source})
    }
    warnUnresolvedTimes(tree, file)
    return tree
  }

  this.compiler = (tree, file: VFile): string => {
    const current = settings()
    const writer = loaded.writer
    if (!writer.plugin) {
      fail(
        file,
        writer.error ?? `The \`${writer.format.name}\` writer was not imported before writing`,
        'writer-missing'
      )
      return ''
    }
    const options = optionsFor(current, writer.format.options(current), key('writer', writer))
    const compile = (value: Root): string => {
      const result = unified().use(writer.plugin!, options).stringify(value, file)
      return typeof result === 'string' ? result : String(result)
    }
    if (loaded.archive) {
      file.data.liveblogTree = tree as Root
      file.data.liveblogCompile = compile
      return ''
    }
    return compile(tree as Root)
  }
}

/**
 * The settings to read a file with, and when it was taken. In `--archive`
 * runs without `--now`, relative times count from the file's modification
 * time (standard input: the run's start), said in an info message.
 */
function readingTime(
  loaded: Loaded,
  settings: Settings,
  file: VFile
): {settings: Settings; note?: string} {
  if (typeof settings.now === 'string') {
    file.data.liveblogSeenAt = new Date(settings.now)
    return {settings}
  }
  if (!loaded.archive) return {settings}
  let seenAt = loaded.archive.startedAt
  let what = 'the run’s start (standard input)'
  if (file.path) {
    try {
      seenAt = statSync(path.resolve(file.cwd, file.path)).mtime
      what = 'the file’s modification time'
    } catch {
      // Unreadable files fail in the engine before they are parsed.
    }
  }
  const now = formatIso(seenAt, 'UTC')
  file.data.liveblogSeenAt = seenAt
  return {
    settings: {...settings, now},
    note: `Reading relative times (“21 min ago”) against ${what}, ${now}; pass \`--now\` to set when the page was copied`
  }
}

/** Whether any post's time was printed relative ("21 min ago"). */
function hasRelativeTimes(tree: Root): boolean {
  return tree.children.some(
    (node) =>
      node.type === 'post' &&
      typeof node.dateline === 'string' &&
      findRelativeTime(node.dateline) !== undefined
  )
}

/** One warning per file for post times that are relative and stayed unresolved. */
function warnUnresolvedTimes(tree: Root, file: VFile): void {
  let count = 0
  let first: Root['children'][number] | undefined
  for (const node of tree.children) {
    if (node.type !== 'post' || node.published || typeof node.dateline !== 'string') continue
    if (findRelativeTime(node.dateline) === undefined) continue
    count++
    first ??= node
  }
  if (count === 0) return
  file.message(
    `${count} post ${count === 1 ? 'time is' : 'times are'} relative (“${(first as {dateline: string}).dateline}”) and stayed unresolved: pass \`--now\` with the time the page was copied (ISO 8601)`,
    {ruleId: 'unresolved-time', source, place: first?.position}
  )
}

function pickReader(loaded: Loaded, settings: Settings, file: VFile): LoadedFormat | undefined {
  const name = typeof settings.from === 'string' ? settings.from : undefined
  const extname = file.path ? path.extname(file.path) : ''
  const known = loaded.readers.map((reader) => reader.format)
  let format = name
    ? known.find((candidate) => candidate.name === name)
    : guessFormat(known, extname)
  if (!format && !name && extname === '') {
    const sniffed = sniffFormat(String(file.value))
    format = known.find((candidate) => candidate.name === sniffed.name)
    if (format) {
      file.info(
        `Reading as \`${format.name}\`: no \`--from\` and no extension, and ${sniffed.reason}`,
        {ruleId: 'guessed-format', source}
      )
    }
  }
  if (!format) {
    if (name) {
      fail(file, `Unknown input format \`${name}\`; known: ${formatNames(known)}`, 'unknown-format')
    } else {
      fail(
        file,
        `Cannot guess the input format from ${extname ? `\`${extname}\`` : 'a file without extension'}; pass \`--from\` (${formatNames(known)})`,
        'unknown-extension'
      )
    }
    return undefined
  }
  const reader = loaded.readers.find((candidate) => candidate.format === format)!
  if (!reader.plugin) {
    fail(
      file,
      reader.error ?? `The \`${format.name}\` reader was not imported before reading`,
      'reader-missing'
    )
    return undefined
  }
  return reader
}

/** The settings key for one plugin's own options: its package's short name. */
function key(kind: 'reader' | 'writer', loaded: LoadedFormat): string {
  const name = loaded.format.packageName
  return name.startsWith('@liveblog/') ? name.slice('@liveblog/'.length) : `${kind}-${name}`
}
