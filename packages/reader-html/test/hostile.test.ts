// Bad and hostile input: never a throw, always a valid tree, a message with
// a place for what was dropped or guessed, and run time linear in the input.
import {isSafeUrl, type Post, type Root, validate} from '@liveblog/core'
import {fromHtml} from '@liveblog/reader-html'
import {toHtml} from '@liveblog/writer-html'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {anyString, anyTree, runs} from '../../../test/reliability/arbitraries.js'
import {expectLinear} from '../../../test/reliability/linear.js'

function read(html: string, options = {}): {tree: Root; file: VFile} {
  const file = new VFile({path: 'page.html', value: html})
  const tree = fromHtml(file, options)
  expect(validate(tree)).toEqual([])
  return {tree, file}
}

function posts(tree: Root): Post[] {
  return tree.children.filter((child): child is Post => child.type === 'post')
}

function rules(file: VFile): Array<string | undefined> {
  return file.messages.map((message) => message.ruleId)
}

function jsonLd(value: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(value)}</script>`
}

/** Every URL in the tree's links, images and media. */
function urls(tree: Root): string[] {
  const found: string[] = []
  const stack: unknown[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as {url?: unknown; children?: unknown[]}
    if (typeof node.url === 'string') found.push(node.url)
    if (Array.isArray(node.children)) stack.push(...node.children)
  }
  return found
}

describe('input', () => {
  it('takes what VFile takes, and names the parameter in a TypeError otherwise', () => {
    const html = `<article><h2>Bridge shut</h2><p>Wind.</p></article>`
    expect(posts(fromHtml(html))).toHaveLength(1)
    expect(posts(fromHtml(new TextEncoder().encode(html)))).toHaveLength(1)
    expect(() => fromHtml(42 as never)).toThrow(
      new TypeError(
        'Expected `value` to be a string, a Uint8Array (Buffer) or a VFile, not a number'
      )
    )
    expect(() => fromHtml({} as never)).toThrow(/Expected `value`/)
  })

  it('never throws on any string, and gives a valid tree', () => {
    const tags = fc.constantFrom(
      '<article>',
      '</article>',
      '<h2>',
      '</h2>',
      '<time datetime="2024-01-01T00:00:00Z">',
      '<script type="application/ld+json">',
      '</script>',
      '{"@type":"LiveBlogPosting","liveBlogUpdate":[{"headline":',
      '"__proto__":{"x":1},',
      '<div itemscope itemtype="https://schema.org/LiveBlogPosting">',
      '<p itemprop="liveBlogUpdate" itemscope>',
      '<a href="javascript:alert(1)">',
      '<figure class="media image"><img src="data:x">',
      '<p class="update">',
      '<!--',
      '-->'
    )
    const page = fc
      .array(fc.oneof(tags, anyString(20)), {maxLength: 40})
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(fc.oneof(anyString(), page), (value) => {
        read(value)
      }),
      {numRuns: runs(200)}
    )
  })

  it('reads any valid tree written by writer-html back to the same posts', () => {
    fc.assert(
      fc.property(anyTree, (tree) => {
        const {tree: back} = read(toHtml(tree, {file: new VFile()}))
        const before = posts(tree)
        expect(posts(back).map((post) => post.id)).toEqual(before.map((post) => post.id))
        // writer-html writes whole seconds (RFC 3339 without a fraction).
        const seconds = (post: Post) => post.published?.replace(/\.\d+/, '')
        expect(posts(back).map(seconds)).toEqual(before.map(seconds))
        for (const url of urls(back))
          if (!url.startsWith('#')) expect(isSafeUrl(url), url).toBe(true)
      }),
      {numRuns: runs(60)}
    )
  })
})

describe('hostile JSON-LD', () => {
  it('drops `__proto__`, `constructor` and `prototype` keys with a warning, polluting nothing', () => {
    const script =
      '<script type="application/ld+json">{"@type":"LiveBlogPosting","__proto__":{"polluted":"yes"},"headline":"Dam works","liveBlogUpdate":[{"@type":"BlogPosting","constructor":{"prototype":{"polluted":"yes"}},"headline":"Sluice opened","datePublished":"2025-01-01T10:00:00+00:00"}]}</script>'
    const {tree, file} = read(`<!doctype html><html><head>\n${script}</head></html>`)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(posts(tree).map((post) => post.headline)).toEqual(['Sluice opened'])
    const message = file.messages.find((message) => message.ruleId === 'unsafe-key')
    expect(message?.reason).toBe('Unexpected `__proto__`, `constructor` key in JSON-LD, dropped')
    expect(message?.line).toBe(2)
    expect(message?.column).toBe(1)
  })

  it('keeps no live `javascript:`/`data:` URL, however it is spelt', () => {
    const page = `<!doctype html>${jsonLd({
      '@type': 'LiveBlogPosting',
      url: 'javascript:alert(1)',
      liveBlogUpdate: [
        {
          headline: 'Tide table',
          url: '#t1',
          datePublished: '2025-01-01T10:00:00Z',
          image: 'data:image/svg+xml,<svg onload=alert(1)>'
        }
      ]
    })}<div id="t1"><p><a href="java&#x09;script:alert(1)">a</a> <a href=" JAVASCRIPT:alert(1)">b</a> <img src="data:text/html,x" alt="c"> <a href="vbscript:x">d</a></p><figure class="media image"><img src="javascript:x" alt=""><figcaption>e</figcaption></figure></div>`
    const {tree, file} = read(page)
    expect(urls(tree)).toEqual([])
    expect(tree.children[0]).not.toHaveProperty('url')
    expect(rules(file).filter((rule) => rule === 'unsafe-url').length).toBeGreaterThanOrEqual(5)
    // The text is kept.
    expect(JSON.stringify(tree)).toContain('"value":"a"')
  })

  it('picks the live blog with most updates and names the others by place', () => {
    const one = (headline: string) => ({headline, datePublished: '2025-01-01T10:00:00Z'})
    const page = [
      '<!doctype html><html><head>',
      jsonLd({'@type': 'LiveBlogPosting', headline: 'Sidebar', liveBlogUpdate: [one('a')]}),
      jsonLd({'@type': 'LiveBlogPosting', headline: 'Main', liveBlogUpdate: [one('b'), one('c')]}),
      jsonLd({'@graph': [{'@type': 'LiveBlogPosting', headline: 'Old', liveBlogUpdate: []}]}),
      '</head></html>'
    ].join('\n')
    const {tree, file} = read(page)
    expect(tree.children[0]).toMatchObject({type: 'meta', title: 'Main'})
    expect(posts(tree).map((post) => post.headline)).toEqual(['b', 'c'])
    const message = file.messages.find((message) => message.ruleId === 'several-live-blogs')
    expect(message?.reason).toBe(
      'Found 3 live blogs in JSON-LD: read the one at 3:1 (2 updates); ignored 2:1 (1 updates), 4:1 (0 updates)'
    )
    expect(message?.line).toBe(3)
  })

  it('keeps updates without a headline or a time, with a warning each', () => {
    const page = jsonLd({
      '@type': 'LiveBlogPosting',
      liveBlogUpdate: [{articleBody: 'Only text.'}, {headline: 'No time'}, {datePublished: 'soon'}]
    })
    const {tree, file} = read(page)
    expect(posts(tree).map((post) => [post.headline, post.published, post.dateline])).toEqual([
      ['', undefined, undefined],
      ['No time', undefined, undefined],
      ['', undefined, 'soon']
    ])
    expect(rules(file).sort()).toEqual(
      [
        'incomplete-updates',
        'invalid-time',
        'missing-headline',
        'missing-headline',
        'missing-time',
        'missing-time'
      ].sort()
    )
  })

  it('keeps a time without an offset as printed, or places it in `timeZone`', () => {
    const page = jsonLd({
      '@type': 'LiveBlogPosting',
      liveBlogUpdate: [{headline: 'Gate', datePublished: '2024-07-01T09:30:00'}]
    })
    const plain = read(page)
    expect(posts(plain.tree)[0]).toMatchObject({dateline: '2024-07-01T09:30:00'})
    expect(posts(plain.tree)[0]).not.toHaveProperty('published')
    expect(rules(plain.file)).toContain('invalid-time')
    const zoned = read(page, {timeZone: 'Europe/Oslo'})
    expect(posts(zoned.tree)[0]).toMatchObject({published: '2024-07-01T09:30:00+02:00'})
    expect(rules(zoned.file)).toContain('time-zone-guessed')
  })

  it('reads a huge `articleBody` whole, with an info message, in linear time', () => {
    const make = (n: number) =>
      jsonLd({
        '@type': 'LiveBlogPosting',
        liveBlogUpdate: [{headline: 'Long', articleBody: 'word '.repeat(n)}]
      })
    const {tree, file} = read(make(250_000))
    expect(posts(tree)[0]!.children).toHaveLength(1)
    expect(rules(file)).toContain('large-article-body')
    expectLinear(make, 20_000, (value) => fromHtml(value), {samples: 3})
  })

  it('numbers a repeated post id, with a warning at the second', () => {
    const article = (headline: string) =>
      `<article class="post" id="same"><h2>${headline}</h2><p>Text.</p></article>`
    const {tree, file} = read(
      `<main class="liveblog">\n${article('One')}\n${article('Two')}</main>`
    )
    expect(posts(tree).map((post) => post.id)).toEqual(['same', 'same-2'])
    const message = file.messages.find((message) => message.ruleId === 'duplicate-id')
    expect(message?.reason).toBe('Unexpected repeated post id `same`')
    expect(message?.line).toBe(3)
  })

  it('gives an empty tree and a fatal `no-live-blog` when there is none', () => {
    const {tree, file} = read('<!doctype html><title>Recipes</title><p>Stir well.</p>')
    expect(tree).toEqual({type: 'root', children: []})
    expect(file.messages.map((message) => [message.ruleId, message.fatal, message.line])).toEqual([
      ['no-live-blog', true, 1]
    ])
  })
})

describe('hostile markup, in linear time', () => {
  it('reads 20,000 nested elements as browsers do (deeper ones as siblings), with a warning', () => {
    const n = 20_000
    const {tree, file} = read(
      `<article><h2>Deep</h2>${'<div>'.repeat(n)}x${'</div>'.repeat(n)}</article>`
    )
    expect(posts(tree)).toHaveLength(1)
    expect(rules(file)).toContain('too-deep')
  })

  it('many spans, comments or updates', () => {
    const shapes = [
      (n: number) => `<article><h2>S</h2><p>${'<span>a</span><!--c-->'.repeat(n)}</p></article>`,
      (n: number) =>
        `<main class="liveblog">${'<article class="post" id="p"><h2>Same</h2><p>x</p></article>'.repeat(n)}</main>`,
      (n: number) =>
        `<div itemscope itemtype="https://schema.org/LiveBlogPosting">${'<div itemprop="liveBlogUpdate" itemscope><b itemprop="headline">h</b></div>'.repeat(n)}</div>`,
      (n: number) =>
        jsonLd({
          '@type': 'LiveBlogPosting',
          liveBlogUpdate: Array.from({length: n}, () => ({headline: 'h', author: 'a'}))
        })
    ]
    for (const make of shapes) expectLinear(make, 500, (value) => fromHtml(value), {samples: 3})
  })
})
