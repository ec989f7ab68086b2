// One processor for the whole run, as unified-engine wants one: its parser and
// compiler pick the reader and writer per file (from the settings, or from the
// file's extension), so a batch may mix `.txt`, `.md` and `.json` inputs and
// config files may set `from`/`to` like any other setting.
import path from 'node:path'
import type {Root} from '@liveblog/core'
import {type Processor, unified} from 'unified'
import type {VFile} from 'vfile'
import {type AnyPlugin, type Format, formatNames, guessFormat} from './formats.js'
import {fail, source} from './messages.js'
import {optionsFor, type Settings} from './settings.js'
import {sniffFormat} from './sniff.js'

/** A format whose plugin was imported, or the reason it could not be. */
export interface LoadedFormat {
  format: Format
  plugin?: AnyPlugin
  error?: string
}

export interface Loaded {
  readers: LoadedFormat[]
  writer: LoadedFormat
}

/** The unified plugin that makes a processor read and write with `loaded`. */
export function liveblog(this: Processor, loaded: Loaded): undefined {
  const settings = (): Settings => (this.data('settings') ?? {}) as Settings

  this.parser = (_document: string, file: VFile): Root => {
    const current = settings()
    const reader = pickReader(loaded, current, file)
    if (!reader) return {type: 'root', children: []}
    const options = optionsFor(current, reader.format.options(current), key('reader', reader))
    return unified().use(reader.plugin!, options).parse(file) as Root
  }

  this.compiler = (tree, file: VFile): string => {
    const current = settings()
    const writer = loaded.writer
    if (!writer.plugin) {
      fail(
        file,
        writer.error ?? `Cannot load the \`${writer.format.name}\` writer`,
        'writer-missing'
      )
      return ''
    }
    const options = optionsFor(current, writer.format.options(current), key('writer', writer))
    const value = unified()
      .use(writer.plugin, options)
      .stringify(tree as Root, file)
    return typeof value === 'string' ? value : String(value)
  }
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
    fail(file, reader.error ?? `Cannot load the \`${format.name}\` reader`, 'reader-missing')
    return undefined
  }
  return reader
}

/** The settings key for one plugin's own options: its package's short name. */
function key(kind: 'reader' | 'writer', loaded: LoadedFormat): string {
  const name = loaded.format.packageName
  return name.startsWith('@liveblog/') ? name.slice('@liveblog/'.length) : `${kind}-${name}`
}
