// Readers and the writer are imported once the run knows which it needs (a
// batch of `.txt` pages never imports the Markdown, JSON or HTML readers, in
// the main thread or in any `--jobs` worker), before the engine reads: a
// unified parser cannot wait for an import.
import path from 'node:path'
import readerCnn, {fromCnnText} from '@liveblog/reader-cnn'
import writerJson from '@liveblog/writer-json'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {type Format, readers, writers} from '../src/lib/formats.js'
import {importNeeded, lazyFormat} from '../src/lib/load.js'
import {type Loaded, liveblog} from '../src/lib/processor.js'

const page = `Link Copied!
Crews test the wind at Marrow Bay before the regatta
From CNN's Ines Calloway
Sailors from four clubs rigged their dinghies before dawn and waited for the breeze to settle over the bay.
Link Copied!
Harbour master delays the first start by an hour
From CNN staff
Fog over the outer markers kept the committee boat at its mooring until the wind cleared it.
`

/** A message as the report prints it, without the file's name. */
function shown(file: VFile) {
  return file.messages.map((message) => [
    message.ruleId,
    message.reason,
    message.place,
    message.fatal
  ])
}

/** The built-in formats, each with a `load` that counts its imports. */
function counted() {
  const imports = new Map<string, number>()
  const wrap = (format: Format, module: unknown): Format => ({
    ...format,
    load: async () => {
      imports.set(format.name, (imports.get(format.name) ?? 0) + 1)
      return module
    }
  })
  const broken = (format: Format): Format => ({
    ...format,
    load: async () => {
      imports.set(format.name, (imports.get(format.name) ?? 0) + 1)
      throw new Error('Cannot find package')
    }
  })
  const loaded: Loaded = {
    readers: readers.map((format) =>
      lazyFormat(format.name === 'cnn' ? wrap(format, {default: readerCnn}) : broken(format))
    ),
    writer: lazyFormat(
      wrap(writers.find((format) => format.name === 'json')!, {default: writerJson})
    )
  }
  return {imports, loaded}
}

async function convert(loaded: Loaded, name: string, value: string) {
  const file = new VFile({path: path.join('in', name), value})
  await unified().use(liveblog, loaded).process(file)
  return file
}

describe('formats imported before the engine reads', () => {
  it('imports the writer and the readers the files name, each once', async () => {
    const {imports, loaded} = counted()
    await importNeeded(loaded, ['in/a.txt', 'in/b.txt'], [])
    // The other readers would fail to import: they were never asked.
    expect(Object.fromEntries(imports)).toEqual({cnn: 1, json: 1})
    await importNeeded(loaded, ['in/c.txt'], [])
    expect(Object.fromEntries(imports)).toEqual({cnn: 1, json: 1})
    const first = await convert(loaded, 'a.txt', page)
    const tree = JSON.parse(String(first.value)) as {children: Array<{headline?: string}>}
    expect(tree.children.map((node) => node.headline)).toEqual(
      fromCnnText(page).children.map((node) => (node as {headline?: string}).headline)
    )
  })

  it('a config file’s `from` and files without an extension bring their readers', async () => {
    const named = counted()
    await importNeeded(named.loaded, ['in/a.txt'], ['markdown'])
    expect([...named.imports.keys()].sort()).toEqual(['cnn', 'json', 'markdown'])
    // Standard input (no path) and `page` are sniffed: any reader may be needed.
    for (const files of [[], ['in/page']]) {
      const any = counted()
      await importNeeded(any.loaded, files, [])
      expect([...any.imports.keys()].sort()).toEqual(['cnn', 'html', 'json', 'markdown'])
    }
  })

  it('a reader that cannot be imported fails its files only, with the reason', async () => {
    const {imports, loaded} = counted()
    await importNeeded(loaded, ['in/notes.md', 'in/a.txt'], [])
    const markdown = await convert(loaded, 'notes.md', '# Crews test the wind\n')
    const text = await convert(loaded, 'a.txt', page)
    const fatal = markdown.messages.filter((message) => message.fatal)
    expect(fatal.map((message) => [message.ruleId, message.reason])).toEqual([
      ['reader-missing', 'Cannot load `@liveblog/reader-markdown`: Cannot find package']
    ])
    expect(text.messages.some((message) => message.fatal)).toBe(false)
    expect(String(text.value)).toContain('Crews test the wind')
    // Tried once, not once per call.
    await importNeeded(loaded, ['in/more.md'], [])
    expect(imports.get('markdown')).toBe(1)
  })

  it('a file whose reader was not imported fails, never reads as empty', async () => {
    const {loaded} = counted()
    await importNeeded(loaded, ['in/a.txt'], [])
    const file = await convert(loaded, 'notes.md', '# Crews test the wind\n')
    expect(shown(file)).toEqual([
      ['reader-missing', 'The `markdown` reader was not imported before reading', undefined, true]
    ])
  })
})
