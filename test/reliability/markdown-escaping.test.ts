// The Markdown round-trip property must see the bug class it is there for:
// text that Markdown reads as block syntax at a line start. Run against a
// writer without its line-start escaping (writer-markdown's `unsafe`
// patterns, dropped here), the property must fail, on text from
// `lineStartText`; run against the real writer, it holds (round-trip.test.ts).
import {isDeepStrictEqual} from 'node:util'
import {type Root, validate} from '@liveblog/core'
import {fromMarkdown} from '@liveblog/reader-markdown'
import {toMarkdown} from '@liveblog/writer-markdown'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {LINE_START_MARKERS, lineStartText, markdownTree} from './arbitraries.js'

/** Whether `mdast-util-to-markdown` drops the `unsafe` patterns writer-markdown adds. */
const switches = vi.hoisted(() => ({unescaped: false, dropped: 0}))

vi.mock('mdast-util-to-markdown', async (importOriginal) => {
  const original = await importOriginal<typeof import('mdast-util-to-markdown')>()
  return {
    ...original,
    toMarkdown(
      tree: Parameters<typeof original.toMarkdown>[0],
      options: Parameters<typeof original.toMarkdown>[1]
    ) {
      if (!switches.unescaped) return original.toMarkdown(tree, options)
      switches.dropped = options?.unsafe?.length ?? 0
      return original.toMarkdown(tree, {...options, unsafe: []})
    }
  }
})

afterEach(() => {
  switches.unescaped = false
})

/** A deep copy without `position` fields. */
function withoutPositions(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, field) => (key === 'position' ? undefined : field)))
}

/** The round-trip property of round-trip.test.ts: `undefined` when it holds, else why not. */
function roundTripFailure(tree: Root): string | undefined {
  const markdown = toMarkdown(tree)
  const file = new VFile(markdown)
  const back = fromMarkdown(file)
  if (!isDeepStrictEqual(withoutPositions(back), withoutPositions(tree))) {
    return 'tree changed'
  }
  if (file.messages.length > 0) return `messages: ${file.messages.map(String).join('; ')}`
  if (toMarkdown(back) !== markdown) return 'bytes changed'
  return undefined
}

describe('the Markdown round-trip property', () => {
  it('fails on a writer without its line-start escaping, and holds on the same tree with it', () => {
    switches.unescaped = true
    const result = fc.check(
      fc.property(markdownTree, (tree) => {
        expect(validate(tree)).toEqual([])
        expect(roundTripFailure(tree)).toBeUndefined()
      }),
      // About a third of the trees fail without the escaping: 200 runs miss
      // it with a chance of about 1e-35.
      {numRuns: 200, endOnFailure: true}
    )
    // The writer does add patterns of its own, and they were dropped.
    expect(switches.dropped).toBeGreaterThan(0)
    expect(result.failed, 'the property passed on the unescaped writer').toBe(true)
    const tree = result.counterexample![0]
    const unescaped = toMarkdown(tree)
    // The escaping, and only it, makes the difference on that tree.
    switches.unescaped = false
    expect(roundTripFailure(tree)).toBeUndefined()
    expect(toMarkdown(tree)).not.toBe(unescaped)
  })

  it('meets every line-start marker: at the start of text, after soft breaks, after escapes', () => {
    const texts = fc.sample(lineStartText, 5_000)
    for (const marker of LINE_START_MARKERS) {
      expect(
        texts.some((text) => text.startsWith(marker)),
        marker
      ).toBe(true)
      expect(
        texts.some((text) => text.includes(`\n${marker}`)),
        marker
      ).toBe(true)
      expect(
        texts.some((text) => text.includes(`\\\n${marker}`)),
        marker
      ).toBe(true)
    }
    // The shapes of the consumed-line-ending bug: a bare marker over the same marker and text.
    for (const shape of ['-\n- a', '+\n+ a', '*\n* a', '1.\n1. a']) {
      expect(
        texts.some((text) => text.includes(shape)),
        shape
      ).toBe(true)
    }
  })
})
