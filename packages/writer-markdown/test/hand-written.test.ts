import {fromMarkdown} from '@liveblog/reader-markdown'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {toMarkdown} from '../src/index.js'
import {withoutPositions} from './util.js'

/** Reads hand-written Markdown, writes it, reads that back: the tree must not change. */
function roundTrip(source: string) {
  const tree = fromMarkdown(new VFile(source))
  const markdown = toMarkdown(tree)
  const file = new VFile(markdown)
  const back = fromMarkdown(file)
  expect(withoutPositions(back)).toEqual(withoutPositions(tree))
  expect(file.messages.map(String)).toEqual([])
  expect(toMarkdown(back)).toBe(markdown)
  return markdown
}

describe('inline HTML read as Markdown nodes', () => {
  it('writes folded pairs as Markdown, which reads back the same', () => {
    const markdown = roundTrip(
      '## Fares\n\nThe fare is now <del>$40 million</del> $36 million, <b>final</b> <i>for now</i>: <code>F-36</code>,<br>see <a href="https://example.com/fares">the table</a>.\n'
    )
    expect(markdown).toContain(
      'The fare is now ~~$40 million~~ $36 million, **final** *for now*: `F-36`,\\\nsee [the table](https://example.com/fares).\n'
    )
  })

  it('writes the content of tags with no Markdown form as text', () => {
    const markdown = roundTrip(
      '## Air\n\nH<sub>2</sub>O and CO<sub>2</sub> levels <mark>rose</mark>.\n'
    )
    expect(markdown).toContain('\nH2O and CO2 levels rose.\n')
  })
})

describe('front-matter dates', () => {
  it('writes a day as the bare date it was read from', () => {
    const markdown = roundTrip(
      '---\npublished: 2025-03-10\nupdated: 2025-03-09 10:00:00 +0100\n---\n\n## A\n'
    )
    expect(markdown).toContain(
      '---\npublished: 2025-03-10\nupdated: 2025-03-09T10:00:00+01:00\n---\n'
    )
  })
})
