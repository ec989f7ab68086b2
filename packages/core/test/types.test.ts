// Type-level tests: checked by `tsc` (npm run typecheck) and run by vitest.
import {
  type Media,
  type Meta,
  media,
  type Nodes,
  type Notice,
  notice,
  type Post,
  type PostContent,
  paragraph,
  post,
  type Root,
  type RootContent,
  root,
  type Summary,
  summary,
  type Update,
  update
} from '@liveblog/core'
import type {Heading, Paragraph, Text} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {Node as UnistNode, Parent as UnistParent} from 'unist'
import {visit} from 'unist-util-visit'
import {describe, expect, expectTypeOf, it} from 'vitest'

const tree = root([
  notice('Coverage has moved.'),
  post({headline: 'Bridge reopens', id: 'bridge'}, [
    paragraph('The bridge reopened at dawn.'),
    media({kind: 'image', credit: 'Rui Sato/Example'}, 'Cars cross the bridge.'),
    update('update', 'This post was updated.')
  ])
])

describe('types', () => {
  it('a builder-made tree is a Root, and a unist parent', () => {
    expectTypeOf(tree).toEqualTypeOf<Root>()
    expectTypeOf<Root>().toExtend<UnistParent>()
    expectTypeOf<Nodes>().toExtend<UnistNode>()
    expectTypeOf(tree.children).toEqualTypeOf<RootContent[]>()
  })

  it('unist-util-visit walks lbast nodes and narrows them by test', () => {
    const headlines: string[] = []
    visit(tree, 'post', (node, _index, parent) => {
      expectTypeOf(node).toEqualTypeOf<Post>()
      expectTypeOf(parent).toEqualTypeOf<Root | undefined>()
      headlines.push(node.headline)
    })
    const credits: Array<string | undefined> = []
    visit(tree, 'media', (node) => {
      expectTypeOf(node).toEqualTypeOf<Media>()
      credits.push(node.credit)
    })
    const texts: string[] = []
    visit(tree, 'text', (node, _index, parent) => {
      expectTypeOf(node).toEqualTypeOf<Text>()
      texts.push(`${parent?.type}:${node.value}`)
    })
    expect(headlines).toEqual(['Bridge reopens'])
    expect(credits).toEqual(['Rui Sato/Example'])
    expect(texts).toEqual([
      'notice:Coverage has moved.',
      'paragraph:The bridge reopened at dawn.',
      'media:Cars cross the bridge.',
      'update:This post was updated.'
    ])
  })

  it('mdast-util-to-string reads lbast nodes', () => {
    expect(toString(tree.children[1])).toBe(
      'The bridge reopened at dawn.Cars cross the bridge.This post was updated.'
    )
    expect(toString(notice('Moved.'))).toBe('Moved.')
  })

  it('Nodes, RootContent and PostContent narrow by type', () => {
    function describeRootContent(node: RootContent): string {
      switch (node.type) {
        case 'meta':
          expectTypeOf(node).toEqualTypeOf<Meta>()
          return node.title ?? 'meta'
        case 'summary':
          expectTypeOf(node).toEqualTypeOf<Summary>()
          return node.title ?? 'summary'
        case 'notice':
          expectTypeOf(node).toEqualTypeOf<Notice>()
          return 'notice'
        case 'media':
          expectTypeOf(node).toEqualTypeOf<Media>()
          return node.kind
        case 'post':
          expectTypeOf(node).toEqualTypeOf<Post>()
          return node.id
        default:
          // Exhaustive: no other type is root content.
          expectTypeOf(node).toBeNever()
          return 'unreachable'
      }
    }

    function describePostContent(node: PostContent): string {
      if (node.type === 'update') {
        expectTypeOf(node).toEqualTypeOf<Update>()
        return node.kind ?? 'update'
      }
      if (node.type === 'media') {
        expectTypeOf(node).toEqualTypeOf<Media>()
        return node.kind
      }
      if (node.type === 'heading') {
        expectTypeOf(node).toEqualTypeOf<Heading>()
        return `h${node.depth}`
      }
      if (node.type === 'paragraph') expectTypeOf(node).toEqualTypeOf<Paragraph>()
      return node.type
    }

    function isLiteral(node: Nodes): boolean {
      if (node.type === 'post') expectTypeOf(node).toEqualTypeOf<Post>()
      return 'value' in node
    }

    expect(tree.children.map(describeRootContent)).toEqual(['notice', 'bridge'])
    const body = (tree.children[1] as Post).children
    expect(body.map(describePostContent)).toEqual(['paragraph', 'image', 'update'])
    expect(isLiteral({type: 'text', value: 'x'})).toBe(true)
    expect(isLiteral(summary('Key points'))).toBe(false)
  })

  it('rejects content where the content model forbids it', () => {
    // @ts-expect-error: a paragraph is not root content.
    const atRoot: RootContent = paragraph('x')
    // @ts-expect-error: a post is not post content.
    const nested: PostContent = post({headline: 'x'})
    // @ts-expect-error: a post needs a headline.
    const headless: Post = {type: 'post', id: 'x', authors: [], children: []}
    expect([atRoot.type, nested.type, headless.type]).toEqual(['paragraph', 'post', 'post'])
  })
})
