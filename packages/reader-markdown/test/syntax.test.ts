import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {fromMarkdown} from '../src/index.js'
import {parseMarkdown} from '../src/lib/syntax.js'

const parse = (value: string, all = false) => parseMarkdown(new VFile(value), all)

describe('parseMarkdown', () => {
  it('reads each syntax lbast holds', () => {
    const tree = parse(
      '---\ntitle: Storm\n---\n\n~~closed~~ open\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n- [x] done\n\nNote[^1].\n\n[^1]: A footnote.\n'
    )
    expect(tree.children.map((node) => node.type)).toEqual([
      'yaml',
      'paragraph',
      'table',
      'list',
      'paragraph',
      'footnoteDefinition'
    ])
    const [, strike, , list] = tree.children
    expect(strike?.type === 'paragraph' && strike.children[0]?.type).toBe('delete')
    expect(list?.type === 'list' && list.children[0]?.checked).toBe(true)
  })

  it('keeps a bare URL as text, as CommonMark does', () => {
    const tree = parse('See https://example.com/storm and www.example.com.\n')
    const paragraph = tree.children[0]
    expect(paragraph?.type === 'paragraph' && paragraph.children.map((node) => node.type)).toEqual([
      'text'
    ])
  })

  it('reads a footnote as one, not as a link definition', () => {
    const file = new VFile('## Roads\n\nClosed[^1].\n\n[^1]: Since noon.\n')
    const tree = fromMarkdown(file)
    expect(file.messages.map(String)).toEqual([])
    const body = tree.children[0]?.type === 'post' ? tree.children[0].children : []
    expect(body.map((node) => node.type)).toEqual(['paragraph', 'footnoteDefinition'])
  })

  it('gives the same tree as with every syntax on, whatever the text holds', () => {
    const piece = fc.constantFrom(
      '~',
      '~~',
      '|',
      '-',
      '---',
      '[',
      ']',
      '^',
      '[^1]',
      '[x]',
      '[ ]',
      ':',
      '*',
      '_',
      '`',
      '#',
      '>',
      '\\',
      '<',
      'a',
      'b ',
      ' ',
      '\t',
      '\n',
      '\n\n',
      '1.',
      '- [ ] a',
      '* [X] b',
      '| a |\n|-|',
      '~~a~~',
      '[^a]: b',
      '---\na: 1\n---\n',
      'http://',
      '|-|'
    )
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 40}), (pieces) => {
        const value = pieces.join('')
        expect(parse(value)).toEqual(parse(value, true))
      }),
      {numRuns: 500}
    )
  })
})
