import type {Root} from '@liveblog/core'
import {validate} from '@liveblog/core'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {fromMarkdown} from '../src/index.js'

function read(value: string) {
  const file = new VFile(value)
  const tree = fromMarkdown(file)
  return {tree, messages: file.messages.map(String)}
}

/** A copy without positions, and with ids left out, to compare content. */
function content(tree: Root): unknown {
  return JSON.parse(
    JSON.stringify(tree, (key, value) => (key === 'position' || key === 'id' ? undefined : value))
  )
}

const gate = {type: 'footnoteReference', identifier: 'gate', label: 'gate'}
const gateNote = {
  type: 'footnoteDefinition',
  identifier: 'gate',
  label: 'gate',
  children: [{type: 'paragraph', children: [{type: 'text', value: 'From the gate scanners.'}]}]
}

describe('footnotes', () => {
  it('keeps a reference and its labelled definition in the post', () => {
    const {tree, messages} = read(
      '## Crowds\n\nVisitors[^gate].\n\n[^gate]: From the gate scanners.\n'
    )
    expect(messages).toEqual([])
    expect(content(tree)).toEqual({
      type: 'root',
      children: [
        {
          type: 'post',
          headline: 'Crowds',
          authors: [],
          children: [
            {
              type: 'paragraph',
              children: [{type: 'text', value: 'Visitors'}, gate, {type: 'text', value: '.'}]
            },
            gateNote
          ]
        }
      ]
    })
    expect(validate(tree)).toEqual([])
  })

  it('moves definitions written at the end of the page into the post that refers to them', () => {
    const {tree} = read(
      [
        '## Crowds',
        '',
        'Visitors[^gate].',
        '',
        '## Trains',
        '',
        'Late again[^Rail].',
        '',
        '[^gate]: From the gate scanners.',
        '',
        '[^Rail]: The operator said so.',
        '    It did not say why.',
        ''
      ].join('\n')
    )
    const bodies = tree.children.map((node) =>
      node.type === 'post' ? node.children.map((child) => child.type) : []
    )
    expect(bodies).toEqual([
      ['paragraph', 'footnoteDefinition'],
      ['paragraph', 'footnoteDefinition']
    ])
    const trains = tree.children[1]
    expect(trains?.type === 'post' && trains.children[1]).toMatchObject({
      type: 'footnoteDefinition',
      identifier: 'rail',
      label: 'Rail'
    })
  })

  it('reads a reference with no definition as the text it is', () => {
    const {tree, messages} = read('## Crowds\n\nVisitors[^gate].\n')
    expect(messages).toEqual([])
    const post = tree.children[0]
    expect(post?.type === 'post' && post.children).toMatchObject([
      {type: 'paragraph', children: [{type: 'text', value: 'Visitors[^gate].'}]}
    ])
  })
})
