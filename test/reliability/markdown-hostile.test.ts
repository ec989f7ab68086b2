// Issue 14's Markdown faults, each with its whole kind: script URLs that
// renderers would make live, prototype keys, stack overflows on big arrays,
// superlinear ids, and micromark's pathological inputs (guarded before
// parsing). Sizes are the reported ones where CI time allows.
import {isSafeUrl, type Root, validate} from '@liveblog/core'
import {fromMarkdown} from '@liveblog/reader-markdown'
import {toMarkdown} from '@liveblog/writer-markdown'
import MarkdownIt from 'markdown-it'
import {marked} from 'marked'
import {toString} from 'mdast-util-to-string'
import {micromark} from 'micromark'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {expectLinear} from './linear.js'

function read(value: string) {
  const file = new VFile(value)
  const tree = fromMarkdown(file)
  return {tree, file, rules: file.messages.map((message) => message.ruleId)}
}

// ---------------------------------------------------------------------------
// Script URLs in Markdown output, as three renderers make them live

const markdownIt = new MarkdownIt()
const renderers: Array<[string, (markdown: string) => string]> = [
  ['marked', (markdown) => marked.parse(markdown, {async: false})],
  ['markdown-it', (markdown) => markdownIt.render(markdown)],
  ['micromark', (markdown) => micromark(markdown)]
]

/** Every `href` and `src` in rendered HTML, as a browser reads the attribute. */
function liveUrls(html: string): string[] {
  const urls: string[] = []
  for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const value = match[1]!
      .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) =>
        String.fromCodePoint(Number.parseInt(hex, 16))
      )
      .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
      .replace(/&colon;/gi, ':')
      .replace(/&amp;/g, '&')
    urls.push(value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, ''))
  }
  return urls
}

function unsafeIn(markdown: string): string[] {
  const found: string[] = []
  for (const [name, render] of renderers) {
    for (const url of liveUrls(render(markdown))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^(?:https?|mailto|tel):/i.test(url))
        found.push(`${name}: ${url}`)
    }
  }
  return found
}

/** A post holding `url` as a link, an image and a media node. */
function withUrl(url: string): Root {
  return {
    type: 'root',
    children: [
      {
        type: 'post',
        id: 'tide',
        headline: 'Tides',
        authors: [],
        children: [
          {
            type: 'paragraph',
            children: [
              {type: 'link', url, children: [{type: 'text', value: 'tide table'}]},
              {type: 'image', url, alt: 'chart'}
            ]
          },
          {type: 'media', kind: 'image', url, children: [{type: 'text', value: 'Harbour'}]}
        ]
      }
    ]
  }
}

describe('script URLs never reach rendered Markdown output', () => {
  it('from Markdown input: angle-bracket and escaped destinations', () => {
    const {tree, rules} = read(
      [
        '## Tides',
        '',
        '[tide table](<javascript:alert(1)>) and [b](java\\script:x)',
        '',
        '![chart](<JavaScript:alert(1)>)',
        '',
        '[ref]: <vbscript:msgbox(1)>',
        '',
        'See [ref].',
        ''
      ].join('\n')
    )
    expect(rules.filter((rule) => rule === 'unsafe-url')).toHaveLength(3)
    const markdown = toMarkdown(tree)
    expect(unsafeIn(markdown)).toEqual([])
    expect(markdown).toContain('tide table')
  })

  it('from trees: the spellings the old check already refused', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:x',
      'data:text/html,x'
    ]) {
      const file = new VFile()
      const markdown = toMarkdown(withUrl(url), {file})
      expect(unsafeIn(markdown), url).toEqual([])
      expect(file.messages.map((message) => message.ruleId)).toContain('unsafe-url')
    }
  })

  // writer-markdown asks core's allow-list `isSafeUrl` about every destination.
  it('from trees: invisible leading spaces, entity spellings, other schemes', () => {
    const urls = [
      '\u00a0javascript:alert(1)',
      '\ufeffjavascript:alert(1)',
      '\u3000javascript:alert(1)',
      '\u2028javascript:alert(1)',
      'javascript&colon;alert(1)',
      '&#106;avascript:alert(1)',
      'livescript:x',
      'file:///etc/passwd',
      'blob:https://example.com/x'
    ]
    for (const url of urls) {
      expect(isSafeUrl(url), url).toBe(false)
      expect(unsafeIn(toMarkdown(withUrl(url))), url).toEqual([])
    }
  })

  it('keeps safe URLs live', () => {
    const markdown = toMarkdown(withUrl('https://example.com/tides?a=1&b=2'))
    for (const [, render] of renderers) {
      expect(liveUrls(render(markdown))).toContain('https://example.com/tides?a=1&b=2')
    }
  })
})

// ---------------------------------------------------------------------------
// Prototype keys

describe('prototype keys in markers and front matter', () => {
  it('are dropped or reported, never crash, never reach the tree', () => {
    for (const key of [
      '__proto__',
      'constructor',
      'prototype',
      'hasOwnProperty',
      'valueOf',
      'toString'
    ]) {
      const {tree, rules} = read(
        `---\n${key}: 1\nauthors:\n  - {name: A, ${key}: x}\n---\n\n[post]: #q "{ ${key}: 1, authors: [{name: B, ${key}: 2}] }"\n\n## Q\n\n[media]: # "{ ${key}: 1 }"\n\n**Title**\n`
      )
      expect(validate(tree)).toEqual([])
      expect(rules.length).toBeGreaterThanOrEqual(4)
      const json = JSON.stringify(tree)
      expect(json).not.toContain(`"${key}"`)
      expect(({} as Record<string, unknown>).x).toBeUndefined()
    }
  })
})

// ---------------------------------------------------------------------------
// Big arrays: no spread into calls

describe('big posts', () => {
  it('reads 126,000 paragraphs in one post', {timeout: 300_000}, () => {
    const {tree} = read(`## Long\n\n${'Line.\n\n'.repeat(126_000)}`)
    const post = tree.children[0]
    expect(post?.type === 'post' && post.children.length).toBe(126_000)
  })

  it('writes a post of 130,000 lines and 130,000 paragraphs', () => {
    const lines: Root['children'][number] = {
      type: 'post',
      id: 'long',
      headline: 'Long',
      authors: [],
      children: [
        {type: 'paragraph', children: [{type: 'text', value: 'Line.\n'.repeat(130_000).trimEnd()}]},
        ...Array.from({length: 130_000}, () => ({
          type: 'paragraph' as const,
          children: [{type: 'text' as const, value: 'Para.'}]
        }))
      ]
    }
    const markdown = toMarkdown({type: 'root', children: [lines]})
    expect(markdown.split('\n').length).toBeGreaterThan(390_000)
  })
})

// ---------------------------------------------------------------------------
// Linear time

describe('linear time', () => {
  it('gives ids to many identical posts', {timeout: 300_000}, () => {
    const tree = expectLinear(
      (n) => '## Same\n\nSame text.\n\n'.repeat(n),
      1500,
      (value) => fromMarkdown(value),
      {samples: 3}
    )
    const ids = new Set(tree.children.map((node) => (node.type === 'post' ? node.id : '')))
    expect(ids.size).toBe(6000)
  })

  // Each shape once over a limit: read as text, with a message, in linear time.
  const shapes: Array<[string, (n: number) => string, string]> = [
    ['nested `![`', (n) => `## P\n\n${'!['.repeat(n)}a\n`, '!['],
    ['runs of `* `', (n) => `## P\n\n${'* '.repeat(n)}a\n`, '* * *'],
    ['runs of `> `', (n) => `## P\n\n${'> '.repeat(n)}a\n`, '> > >'],
    ['`*…*` pairs', (n) => `## P\n\n${'*a'.repeat(n)}*\n`, '*a*a'],
    ['intraword `_`', (n) => `## P\n\n${'a_'.repeat(n)}\n`, 'a_a_'],
    ['`[^a] ` calls', (n) => `## P\n\n${'[^a] '.repeat(n)}\n\n[^a]: note\n`, '[^a] [^a]'],
    [
      'a paragraph of `[i]`',
      (n) => `## P\n\n${'[i]'.repeat(n)}\n\n[i]: https://example.com\n`,
      '[i][i]'
    ],
    ['code spans', (n) => `## P\n\n${'`a'.repeat(n)}\n`, '`a`a']
  ]
  for (const [name, make, kept] of shapes) {
    it(`reads ${name} as text with a message`, () => {
      const tree = expectLinear(make, 3000, (value) => fromMarkdown(value), {samples: 3})
      expect(validate(tree)).toEqual([])
      expect(toString(tree)).toContain(kept)
      const {rules} = read(make(3000))
      expect(rules).toContain('markdown-limit')
    })
  }

  it('leaves ordinary posts alone', () => {
    const value = `## P\n\n${'Some *emphasis*, a [link](https://example.com) and `code`.\n\n'.repeat(400)}`
    const {rules} = read(value)
    expect(rules).not.toContain('markdown-limit')
  })
})
