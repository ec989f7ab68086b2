import {
  labelledItem,
  list,
  media,
  meta,
  notice,
  paragraph,
  post,
  type Root,
  root,
  summary,
  toString,
  update
} from '@liveblog/core'
import {toString as mdastToString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'
import {describe, expect, expectTypeOf, it} from 'vitest'

const tree = root([
  meta({title: 'Storm live updates', postCount: 2}),
  media({kind: 'video', title: 'Crews clear roads', duration: 'PT2M47S'}),
  summary('What we covered here', [list([labelledItem('Power', 'Most homes have power.')])]),
  notice('Our live coverage has moved here.'),
  post(
    {
      headline: 'Roads reopen',
      byline: 'From CNN staff',
      authors: [{name: 'CNN staff', affiliation: 'CNN'}]
    },
    [
      paragraph('Route 9 reopened.'),
      media({credit: 'Kim Lee/AP'}, 'A plow on Route 9.'),
      update('correction', 'Correction: An earlier version misstated the route.')
    ]
  )
])

describe('builders', () => {
  it('make a Root that unist and mdast utilities accept', () => {
    expectTypeOf(tree).toEqualTypeOf<Root>()
    const types: string[] = []
    visit(tree, (node) => {
      types.push(node.type)
    })
    expect(types).toEqual([
      'root',
      'meta',
      'media',
      'summary',
      'list',
      'listItem',
      'paragraph',
      'strong',
      'text',
      'text',
      'notice',
      'text',
      'post',
      'paragraph',
      'text',
      'media',
      'text',
      'update',
      'text'
    ])
    expect(mdastToString(tree.children[4])).toBe(
      'Route 9 reopened.A plow on Route 9.Correction: An earlier version misstated the route.'
    )
    expect(toString(tree.children[2])).toBe('Power: Most homes have power.')
  })

  it('derive a stable id for posts without one', () => {
    const a = post({headline: 'Roads reopen'}, [paragraph('Route 9 reopened.')])
    const b = post({headline: 'Roads reopen'}, [paragraph('Route 9 reopened.')])
    const c = post({headline: 'Roads close'}, [paragraph('Route 9 reopened.')])
    expect(a.id).toMatch(/^roads-reopen-[0-9a-z]{7}$/)
    expect(a.id).toBe(b.id)
    expect(a.id).not.toBe(c.id)
  })

  it('leave out undefined fields', () => {
    expect(media({kind: 'image', credit: undefined}, 'x')).toEqual({
      type: 'media',
      kind: 'image',
      children: [{type: 'text', value: 'x'}]
    })
  })
})
