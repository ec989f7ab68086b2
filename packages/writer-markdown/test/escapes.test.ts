import {
  emphasis,
  type PostContent,
  paragraph,
  post,
  type Root,
  root,
  strong,
  text
} from '@liveblog/core'
import {fromMarkdown} from '@liveblog/reader-markdown'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {toMarkdown} from '../src/index.js'
import {withoutPositions} from './util.js'

/** The body of the one post `toMarkdown` writes, after checking it reads back the same. */
function written(tree: Root): string {
  const markdown = toMarkdown(tree)
  const file = new VFile(markdown)
  expect(withoutPositions(fromMarkdown(file))).toEqual(withoutPositions(tree))
  expect(file.messages.map(String)).toEqual([])
  return markdown.slice(markdown.indexOf('## A\n\n') + 6)
}

const body = (...children: PostContent[]) => root([post({id: 'a', headline: 'A'}, children)])

describe('escapes', () => {
  it('writes letters around attention that already forms as letters', () => {
    // `tax***credit***rules`, as remark reads it.
    const tree = body(paragraph(['tax', emphasis([strong('credit')]), 'rules']))
    expect(written(tree)).toBe('tax***credit***rules\n')
  })

  it('writes characters that start nothing where they stand unescaped', () => {
    const lines: Array<[string, string]> = [
      ['a * b', 'a * b'],
      ['price: $5 * 3 _ 4', 'price: $5 * 3 _ 4'],
      ['AT&T', 'AT&T'],
      ['#hashtag in text', '#hashtag in text'],
      ['x_', 'x_'],
      ['`tick', '`tick'],
      ['---x', '---x'],
      ['<not a tag', '<not a tag'],
      ['Mr. Smith said "hi"', 'Mr. Smith said "hi"']
    ]
    for (const [value, markdown] of lines) {
      expect(written(body(paragraph(value)))).toBe(`${markdown}\n`)
    }
  })

  it('keeps every escape the text needs to read back the same', () => {
    const lines: Array<[string, string]> = [
      ['a*b*c', 'a*b\\*c'],
      ['*a* and _b_', '*a\\* and _b\\_'],
      ['# not a heading', '\\# not a heading'],
      ['- not a list', '\\- not a list'],
      ['1) not a list', '1\\) not a list'],
      ['a <b> c', 'a \\<b> c'],
      ['&amp; stays', '\\&amp; stays'],
      ['~~not struck~~', '~~not struck~\\~'],
      ['`code`', '\\`code`'],
      ['[post] in text', '\\[post] in text'],
      ['see https://example.com', 'see https\\://example.com']
    ]
    for (const [value, markdown] of lines) {
      expect(written(body(paragraph(value)))).toBe(`${markdown}\n`)
    }
  })

  it('drops only the needless escapes of a block that needs some', () => {
    expect(written(body(paragraph('a * b and *c*')))).toBe('a * b and *c\\*\n')
  })

  it('reads hand-written `tax***credit***rules` and writes it back as it was', () => {
    const tree = fromMarkdown('## A\n\nThe tax***credit***rules changed.\n')
    expect(written(tree)).toBe('The tax***credit***rules changed.\n')
    expect(text('x')).toEqual({type: 'text', value: 'x'})
  })
})

describe('escapes in list items', () => {
  // The first line of an item is read after its marker: `* **` is a thematic
  // break, `- --` too, so the escape that keeps them text must stay.
  const cases: Array<[string, string]> = [
    ['*', '**\n* a'],
    ['-', '--'],
    ['-', '-- kept'],
    ['+', '++'],
    ['*', '* * is not a list']
  ]
  for (const [bullet, value] of cases) {
    it(`bullet \`${bullet}\` before \`${JSON.stringify(value)}\``, () => {
      const tree = body({
        type: 'list',
        ordered: false,
        spread: false,
        children: [{type: 'listItem', spread: false, children: [paragraph([text(value)])]}]
      })
      const markdown = toMarkdown(tree, {bullet: bullet as '*' | '-' | '+'})
      const file = new VFile(markdown)
      expect(withoutPositions(fromMarkdown(file))).toEqual(withoutPositions(tree))
    })
  }

  it('drops escapes a list item does not need', () => {
    const tree = body({
      type: 'list',
      ordered: false,
      spread: false,
      children: [{type: 'listItem', spread: false, children: [paragraph([text('AT&T and a * b')])]}]
    })
    expect(toMarkdown(tree, {bullet: '*'})).toContain('* AT&T and a * b\n')
  })
})
