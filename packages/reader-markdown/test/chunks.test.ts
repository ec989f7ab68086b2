import {toMarkdown} from '@liveblog/writer-markdown'
import {describe, expect, it} from 'vitest'
import {fromMarkdown} from '../src/index.js'
import {cutPoints, parseInPieces} from '../src/lib/chunks.js'
import {parseWhole} from '../src/lib/syntax.js'

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
})
