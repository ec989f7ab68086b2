// Lossless round trips: Markdown (apart from positions) and JSON (exactly,
// positions included).
import {type Root, validate} from '@liveblog/core'
import {fromCnnText} from '@liveblog/reader-cnn'
import {fromJson} from '@liveblog/reader-json'
import {fromMarkdown} from '@liveblog/reader-markdown'
import {toJson} from '@liveblog/writer-json'
import {toMarkdown} from '@liveblog/writer-markdown'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {
  anyTree,
  cnnLine,
  hasUpstreamUnderscore,
  markdownTree,
  mixedDocument,
  runs
} from './arbitraries.js'

/** A deep copy without `position` fields (and without `undefined` ones). */
function withoutPositions(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, field) => (key === 'position' ? undefined : field)))
}

/** The tree as the JSON reader gives it back: `lbast` moves to `file.data`. */
function withoutVersion(tree: Root): Root {
  const {lbast: _, ...rest} = tree
  return rest
}

describe('Markdown round trip', () => {
  function roundTrip(tree: Root, options?: Parameters<typeof toMarkdown>[1]): void {
    expect(validate(tree)).toEqual([])
    const markdown = toMarkdown(tree, options)
    fc.pre(!hasUpstreamUnderscore(markdown))
    const file = new VFile(markdown)
    const back = fromMarkdown(file)
    expect(withoutPositions(back)).toEqual(withoutPositions(tree))
    // Nothing was guessed or dropped; an empty tree is an empty file, which
    // the reader says is empty.
    expect(file.messages.map(String)).toEqual(
      markdown.trim() === '' ? ['1:1: The input is empty: there is no live blog to read'] : []
    )
    expect(toMarkdown(back, options)).toBe(markdown)
  }

  it('toMarkdown → fromMarkdown gives the tree back, apart from positions', () => {
    fc.assert(
      fc.property(markdownTree, (tree) => roundTrip(tree)),
      {numRuns: runs(300)}
    )
  })

  it('holds for every style the writer offers', () => {
    const style = fc.record(
      {
        bullet: fc.constantFrom('-' as const, '*' as const, '+' as const),
        bulletOrdered: fc.constantFrom('.' as const, ')' as const),
        emphasis: fc.constantFrom('*' as const, '_' as const),
        strong: fc.constantFrom('*' as const, '_' as const),
        rule: fc.constantFrom('*' as const, '-' as const, '_' as const),
        fence: fc.constantFrom('`' as const, '~' as const),
        listItemIndent: fc.constantFrom('one' as const, 'tab' as const, 'mixed' as const),
        setext: fc.boolean(),
        closeAtx: fc.boolean(),
        quote: fc.constantFrom('"' as const, "'" as const)
      },
      {requiredKeys: []}
    )
    fc.assert(
      fc.property(markdownTree, style, (tree, options) => roundTrip(tree, options)),
      {numRuns: runs(150)}
    )
  })
})

describe('JSON round trip', () => {
  function roundTrip(tree: Root): void {
    const json = toJson(tree)
    const file = new VFile(json)
    const back = fromJson(file)
    expect(file.messages.filter((message) => message.fatal)).toEqual([])
    expect(back).toEqual(withoutVersion(tree))
    expect(toJson(back)).toBe(json)
  }

  it('toJson → fromJson gives the tree back, hostile strings included', () => {
    fc.assert(
      fc.property(anyTree, (tree) => {
        expect(validate(tree)).toEqual([])
        roundTrip(tree)
      }),
      {numRuns: runs(300)}
    )
  })

  it('keeps the positions of read trees exactly', () => {
    fc.assert(
      fc.property(mixedDocument([cnnLine], 40), (value) => {
        roundTrip(fromCnnText(value))
      }),
      {numRuns: runs(150)}
    )
    fc.assert(
      fc.property(markdownTree, (tree) => {
        roundTrip(fromMarkdown(toMarkdown(tree)))
      }),
      {numRuns: runs(50)}
    )
  })

  it('reads back any options of the writer', () => {
    const options = fc.record({
      space: fc.oneof(fc.nat(4), fc.constantFrom('\t', '')),
      positions: fc.boolean(),
      version: fc.boolean()
    })
    fc.assert(
      fc.property(anyTree, options, (tree, options) => {
        const file = new VFile(toJson(tree, options))
        const back = fromJson(file)
        expect(file.messages.filter((message) => message.fatal)).toEqual([])
        expect(withoutPositions(back)).toEqual(withoutPositions(withoutVersion(tree)))
      }),
      {numRuns: runs(100)}
    )
  })
})
