import {type Root, validate} from '@liveblog/core'
import fc from 'fast-check'
import type {Node} from 'unist'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {fromMarkdown} from '../src/index.js'

/** Reads Markdown and returns the tree with the file's messages as `ruleId`s. */
function read(value: string) {
  const file = new VFile(value)
  const tree = fromMarkdown(file)
  return {tree, file, rules: file.messages.map((message) => message.ruleId)}
}

function nodes(tree: Node): Node[] {
  const result: Node[] = [tree]
  for (const child of (tree as {children?: Node[]}).children ?? []) result.push(...nodes(child))
  return result
}

const loose = `# Storm live updates

Some words before any post, with <b>inline HTML</b>.

<div class="promo">stray html</div>

> [!NOTE]
> Our coverage of the storm has moved.

### Roads reopen
*By Dana Whitlock*
8:19 p.m. ET, January 16, 2024

Route 9 reopened after a *14-hour* closure.

![A plow on Route 9.](https://example.com/plow.jpg)
*Kim Lee/AP*

#### What drivers should know

Stay home if you can.

*This post has been updated with new figures.*

> **Correction:** An earlier version misstated the route.

### No byline here
See [the map](javascript:alert(1)) for details.
`

describe('fromMarkdown on hand-written Markdown', () => {
  const {tree, file, rules} = read(loose)

  it('gives a valid tree with a position on every node', () => {
    expect(validate(tree)).toEqual([])
    for (const node of nodes(tree)) expect(node.position, node.type).toBeDefined()
  })

  it('reads the page title, the text before the first post and the notice', () => {
    expect(tree.children.map((child) => child.type)).toEqual([
      'meta',
      'summary',
      'notice',
      'post',
      'post'
    ])
    expect(tree.children[0]).toMatchObject({type: 'meta', title: 'Storm live updates'})
    const intro = tree.children[1]!
    expect(intro).toMatchObject({type: 'summary'})
    expect(intro).not.toHaveProperty('title')
    expect((intro as {children: Node[]}).children.map((child) => child.type)).toEqual([
      'paragraph',
      'html'
    ])
    expect(tree.children[2]).toMatchObject({
      type: 'notice',
      children: [{type: 'text', value: 'Our coverage of the storm has moved.'}]
    })
  })

  it('reads `###` posts, their byline, printed time and body', () => {
    const post = tree.children[3]!
    expect(post).toMatchObject({
      type: 'post',
      headline: 'Roads reopen',
      byline: 'By Dana Whitlock',
      authors: [{name: 'Dana Whitlock'}],
      dateline: '8:19 p.m. ET, January 16, 2024',
      published: '2024-01-16T20:19:00-05:00'
    })
    expect(post.type === 'post' && post.id).toMatch(/^roads-reopen-/)
    const children = (post as unknown as {children: Array<Record<string, unknown>>}).children
    expect(children.map((child) => child.type)).toEqual([
      'paragraph',
      'media',
      'heading',
      'paragraph',
      'update',
      'update'
    ])
    expect(children[1]).toMatchObject({
      kind: 'image',
      url: 'https://example.com/plow.jpg',
      credit: 'Kim Lee/AP',
      children: [{type: 'text', value: 'A plow on Route 9.'}]
    })
    expect(children[2]).toMatchObject({type: 'heading', depth: 1})
    expect(children[4]).toMatchObject({kind: 'update'})
    expect(children[5]).toMatchObject({kind: 'correction'})
  })

  it('drops `javascript:` links but keeps their text', () => {
    const post = tree.children[4]!
    expect(post).toMatchObject({headline: 'No byline here', authors: []})
    expect(post).not.toHaveProperty('byline')
    expect((post as {children: unknown[]}).children).toEqual([
      expect.objectContaining({
        type: 'paragraph',
        children: [{type: 'text', value: 'See the map for details.', position: expect.anything()}]
      })
    ])
  })

  it('says what it guessed, with a position, a rule and the package as source', () => {
    expect(rules).toEqual(
      expect.arrayContaining([
        'title-from-heading',
        'content-before-post',
        'heading-depth',
        'media-guessed',
        'update-guessed',
        'unsafe-url'
      ])
    )
    for (const message of file.messages) {
      expect(message.place).toBeDefined()
      expect(message.source).toBe('@liveblog/reader-markdown')
    }
  })
})

describe('fromMarkdown on other shapes', () => {
  it('reads `#` posts when the document has no `##`', () => {
    const {tree, rules} = read('# One\n\nText.\n\n# Two\n\nMore.\n')
    expect(tree.children.map((child) => child.type === 'post' && child.headline)).toEqual([
      'One',
      'Two'
    ])
    expect(rules).toContain('heading-depth')
  })

  it('reads a document without headings as an untitled summary', () => {
    const {tree, rules} = read('Just a note.\n\n- one\n- two\n')
    expect(tree.children).toMatchObject([
      {type: 'summary', children: [{type: 'paragraph'}, {type: 'list'}]}
    ])
    expect(rules).toEqual(['content-before-post'])
  })

  it('reads a summary heading before the first post', () => {
    const {tree} = read('## Key points\n\n- one\n\n## First post\n\nBody.\n')
    expect(tree.children).toMatchObject([
      {type: 'summary', title: 'Key points'},
      {type: 'post', headline: 'First post'}
    ])
  })

  it('reports bad front matter and keeps what is right', () => {
    const {tree, rules} = read('---\ntitle: Storm\npostCount: many\nmood: grim\n---\n\n## A\n')
    expect(tree.children[0]).toEqual(expect.objectContaining({type: 'meta', title: 'Storm'}))
    expect(tree.children[0]).not.toHaveProperty('postCount')
    expect(rules).toEqual(['frontmatter-value', 'frontmatter-key'])
    expect(read('---\ntitle: [unclosed\n---\n').rules).toEqual(['frontmatter-invalid'])
  })

  it('reports malformed markers and reads the rest', () => {
    const {tree, rules} = read(
      '[post]: #a "{ published: yesterday, colour: red }"\n\n## A\n\n[post]: #b "{ oops"\n\n## B\n'
    )
    expect(tree.children).toMatchObject([
      {id: 'a', headline: 'A'},
      {id: 'b', headline: 'B'}
    ])
    expect(tree.children[0]).not.toHaveProperty('published')
    expect(rules).toEqual(['marker-value', 'marker-key', 'marker-invalid'])
  })

  it('makes repeated ids unique', () => {
    const {tree, rules} = read('[post]: #same\n\n## A\n\n[post]: #same\n\n## B\n')
    expect(tree.children.map((child) => child.type === 'post' && child.id)).toEqual([
      'same',
      'same-2'
    ])
    expect(rules).toEqual(['duplicate-id'])
  })

  it('keeps bare URLs as the text that was written, and resolves references', () => {
    const {tree} = read(
      '## A\n\nSee https://example.com and [the map][map].\n\n[map]: https://example.com/map "Map"\n'
    )
    expect(tree.children[0]).toMatchObject({
      children: [
        {
          type: 'paragraph',
          children: [
            {type: 'text', value: 'See https://example.com and '},
            {
              type: 'link',
              url: 'https://example.com/map',
              title: 'Map',
              children: [{type: 'text', value: 'the map'}]
            },
            {type: 'text', value: '.'}
          ]
        }
      ]
    })
  })

  it('reads CRLF line endings and a byte order mark', () => {
    const {tree} = read('\uFEFF---\r\ntitle: Storm\r\n---\r\n\r\n## A\r\n\r\n*From CNN staff*\r\n')
    expect(tree.children).toMatchObject([
      {type: 'meta', title: 'Storm'},
      {type: 'post', headline: 'A', byline: 'From CNN staff'}
    ])
  })

  it('never throws, and always gives a valid tree, on any string', () => {
    const piece = fc.constantFrom(
      '## ',
      '# ',
      '### ',
      '> ',
      '> [!NOTE]\n',
      '- ',
      '1. ',
      '*',
      '**',
      '_',
      '[',
      ']',
      '(',
      ')',
      '!',
      '[post]: #x',
      '[media]: # "{ kind: video }"',
      '[update]: #',
      '[summary]: #',
      '[notice]: #',
      '[end]: #',
      '[heading]: # "{ depth: 9 }"',
      '"{ a: [ }"',
      '---\n',
      '\n',
      '\n\n',
      'From CNN',
      ' ',
      '<div>',
      '<!--',
      '`',
      '```',
      '|',
      ':',
      'a',
      '8:19 p.m. ET, Jan 1, 2024',
      '![x](javascript:y)',
      '\\'
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), {maxLength: 40}), (parts) => {
        let tree: Root | undefined
        expect(() => {
          tree = fromMarkdown(parts.join(''))
        }).not.toThrow()
        expect(validate(tree)).toEqual([])
      }),
      {numRuns: 500}
    )
  })
})

describe('fromMarkdown on empty input', () => {
  it('warns `empty-input` at 1:1 for empty or white-space-only text', () => {
    for (const value of ['', '\n\n', ' \t \n']) {
      const file = new VFile(value)
      const tree = fromMarkdown(file)
      expect(tree.children).toEqual([])
      expect(file.messages.map((message) => message.ruleId)).toEqual(['empty-input'])
      expect(file.messages[0]!.place).toEqual({line: 1, column: 1, offset: 0})
    }
    const file = new VFile('## Ferries wait\n\nHeld at the quay.\n')
    fromMarkdown(file)
    expect(file.messages.map((message) => message.ruleId)).not.toContain('empty-input')
  })
})
