import {toMarkdown} from '@liveblog/writer-markdown'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {fromMarkdown, fromMdast} from '../src/index.js'
import {cutPoints, parseInPieces} from '../src/lib/chunks.js'
import {readMarkdown} from '../src/lib/from-markdown.js'
import {parseMarkdown, parseWhole} from '../src/lib/syntax.js'

// A long live blog as the writer writes it: posts with markers, lists,
// quotes, code, tables, a `[post]` written as text, and front matter.
function longBlog(): string {
  const posts = Array.from({length: 12}, (_, index) =>
    [
      `## Ferry update ${index}`,
      '',
      `From CNN's Dana Whitlock`,
      '',
      `Crews worked *through* the night on pier ${index}; see [the map](https://example.com/${index}).`,
      '',
      '- first point',
      '- second point, [post] in text',
      '',
      '> A quote.',
      '',
      '```',
      `[post]: #not-a-marker-${index}`,
      '```',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |'
    ].join('\n')
  ).join('\n\n')
  const unit = toMarkdown(fromMarkdown(posts))
  return `---\ntitle: Harbour\n---\n\n${unit.replace(/^---\n[\s\S]*?\n---\n\n/, '').repeat(3)}`
}

// Pieces of a few kilobytes here; the reader uses `CHUNK` (32 KiB).
const SIZE = 2048

describe('parsing in pieces', () => {
  it('gives the same tree, positions included, as one parse', () => {
    const value = longBlog()
    const cuts = cutPoints(value, SIZE)
    expect(cuts.length).toBeGreaterThan(1)
    for (const cut of cuts) expect(value.slice(cut, cut + 8)).toBe('[post]: ')
    expect(parseInPieces(value, cuts, (piece) => parseWhole(piece))).toEqual(parseWhole(value))
  })

  it('parses short documents, and documents with other definitions or HTML blocks, whole', () => {
    const value = longBlog()
    expect(cutPoints(value)).toEqual([])
    expect(cutPoints(value.slice(0, 2 * SIZE - 1), SIZE)).toEqual([])
    expect(cutPoints(`${value}\n[ref]: https://example.com\n`, SIZE)).toEqual([])
    expect(cutPoints(`${value}\n<!-- a comment\n\nstill it -->\n`, SIZE)).toEqual([])
  })

  it('reads each piece as it is parsed: the same tree and messages as reading the whole parse', () => {
    // Faults that warn (a bad marker field, an unsafe URL, deep nesting, a
    // repeated id), a `[post]` in text before the first `[post]:` marker, and
    // a summary heading: messages come from every step of the reader.
    const head = [
      '---',
      'title: Harbour',
      '---',
      '',
      '[summary]: #',
      '',
      '## What we know',
      '',
      `- Early text names [post] before any post. ${'Filler words here. '.repeat(150)}`,
      '',
      `${'> '.repeat(70)}deep`,
      '',
      '[post]: #repeat "{ published: not-a-time }"',
      '',
      '## First',
      '',
      'See [a link](javascript:alert(1)).',
      '',
      '[post]: #repeat',
      '',
      '## Second',
      ''
    ].join('\n')
    const value = `${head}\n${longBlog().replace(/^---\n[\s\S]*?\n---\n\n/, '')}`
    expect(cutPoints(value, SIZE).length).toBeGreaterThan(2)

    // The whole document parsed at once (shorter than two pieces of `CHUNK`).
    const whole = new VFile(value)
    expect(cutPoints(value)).toEqual([])
    const expected = fromMdast(parseMarkdown(whole), {file: whole})
    const pieces = new VFile(value)
    expect(readMarkdown(pieces, {}, SIZE)).toEqual(expected)
    const messages = (file: VFile) =>
      file.messages.map((m) => [m.ruleId, m.reason, m.line, m.column])
    expect(messages(pieces)).toEqual(messages(whole))
    const rules = new Set(pieces.messages.map((m) => m.ruleId))
    for (const rule of ['markdown-limit', 'marker-value', 'unsafe-url', 'duplicate-id'])
      expect(rules.has(rule), rule).toBe(true)
  })

  it('reads a document without markers whole, as one parse', () => {
    const value = Array.from(
      {length: 40},
      (_, index) => `## Boats ${index}\n\nThe [post] pier opened. ${'Calm water. '.repeat(30)}\n`
    ).join('\n')
    const whole = new VFile(value)
    const pieces = new VFile(value)
    expect(readMarkdown(pieces, {}, SIZE)).toEqual(fromMdast(parseMarkdown(whole), {file: whole}))
    expect(pieces.messages.map(String)).toEqual(whole.messages.map(String))
  })
})
