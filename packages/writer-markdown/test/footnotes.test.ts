import type {Root} from '@liveblog/core'
import {fromMarkdown} from '@liveblog/reader-markdown'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {toMarkdown} from '../src/index.js'
import {withoutPositions} from './util.js'

function read(value: string) {
  const file = new VFile(value)
  const tree = fromMarkdown(file)
  return {tree, messages: file.messages.map(String)}
}

const content = (tree: Root) => withoutPositions(tree)

describe('footnotes', () => {
  it('writes them back as Markdown, each definition in its post, and reads the same tree', () => {
    const source = [
      '## Crowds',
      '',
      'Visitors[^gate] and staff[^2].',
      '',
      '## Trains',
      '',
      '- Late[^2]',
      '',
      '[^gate]: From the gate scanners.',
      '',
      '[^2]: Two notes.',
      '',
      '    > A quote in a note.',
      ''
    ].join('\n')
    const {tree} = read(source)
    const markdown = toMarkdown(tree)
    const crowds = markdown.indexOf('## Crowds')
    const trains = markdown.indexOf('## Trains')
    expect(markdown.indexOf('[^gate]: From the gate scanners.')).toBeGreaterThan(crowds)
    expect(markdown.indexOf('[^gate]: From the gate scanners.')).toBeLessThan(trains)
    // Both posts refer to `2`; its definition stays in the one it was written in.
    expect(markdown.slice(trains)).toContain('[^2]: Two notes.\n\n    > A quote in a note.\n')
    expect(markdown).toContain('- Late[^2]\n')
    const back = read(markdown)
    expect(back.messages).toEqual([])
    expect(content(back.tree)).toEqual(content(tree))
    expect(toMarkdown(back.tree)).toBe(markdown)
  })

  it('writes a reference whose definition is not in the tree as text, with a message', () => {
    const file = new VFile()
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'post',
          id: 'p',
          headline: 'Crowds',
          authors: [],
          children: [
            {
              type: 'paragraph',
              children: [
                {type: 'text', value: 'Visitors'},
                {type: 'footnoteReference', identifier: 'gate', label: 'gate'}
              ]
            }
          ]
        }
      ]
    }
    const markdown = toMarkdown(tree, {file})
    expect(markdown).toContain('Visitors\\[^gate]\n')
    expect(file.messages.map((message) => message.ruleId)).toEqual(['footnote-undefined'])
    expect(content(read(markdown).tree)).toMatchObject({
      children: [{children: [{children: [{type: 'text', value: 'Visitors[^gate]'}]}]}]
    })
  })
})
