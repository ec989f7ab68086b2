import {validate} from '@liveblog/core'
import {fromMarkdown} from '@liveblog/reader-markdown'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
// The reliability suite's valid trees, text full of Markdown syntax.
import {hasUpstreamUnderscore, markdownTree as tree} from '../../../test/reliability/arbitraries.js'
import {toMarkdown} from '../src/index.js'
import {withoutPositions} from './util.js'

describe('round trip (property)', () => {
  it('reads back every valid tree full of Markdown syntax, and writes the same bytes again', () => {
    fc.assert(
      fc.property(tree, (input) => {
        expect(validate(input)).toEqual([])
        const markdown = toMarkdown(input)
        fc.pre(!hasUpstreamUnderscore(markdown))
        const file = new VFile(markdown)
        const output = fromMarkdown(file)
        expect(withoutPositions(output)).toEqual(withoutPositions(input))
        // An empty tree is an empty file, which the reader says is empty.
        expect(file.messages.map(String)).toEqual(
          markdown.trim() === '' ? ['1:1: The input is empty: there is no live blog to read'] : []
        )
        expect(toMarkdown(output)).toBe(markdown)
      }),
      {numRuns: 300}
    )
    // A number of runs, not a time limit: on a slow machine the test takes
    // longer (about 30 s on two busy cores) rather than checking fewer trees.
  }, 180_000)
})
