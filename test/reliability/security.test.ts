// Untrusted input must not become live markup or script URLs in what the
// writers produce, and the JSON reader must not pollute prototypes.
import {link, paragraph, post, type Root, root, text, toString} from '@liveblog/core'
import {fromCnnText} from '@liveblog/reader-cnn'
import {fromJson} from '@liveblog/reader-json'
import {fromMarkdown} from '@liveblog/reader-markdown'
import {toJson} from '@liveblog/writer-json'
import {toMarkdown} from '@liveblog/writer-markdown'
import {toRss} from '@liveblog/writer-rss'
import fc from 'fast-check'
import {XMLParser, XMLValidator} from 'fast-xml-parser'
import type {Nodes as MdastNodes} from 'mdast'
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter'
import {frontmatter} from 'micromark-extension-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {afterEach, describe, expect, it} from 'vitest'
import {anyTree, markdownLine, markdownTree, mixedDocument, runs} from './arbitraries.js'

// ---------------------------------------------------------------------------
// Reading what the writers wrote, independently of the writers' own checks.

/** Whether a browser would run `url` (`javascript:`, `vbscript:`, `data:`). */
function isScriptUrl(url: string): boolean {
  // Browsers drop tabs and newlines anywhere, and leading controls and spaces.
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(
    url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '')
  )
  return ['javascript', 'vbscript', 'data'].includes(scheme?.[1]?.toLowerCase() ?? '')
}

const feedParser = new XMLParser({
  htmlEntities: true,
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => name === 'item'
})

/** The HTML of every item's `content:encoded`, as an RSS reader gets it. */
function contentEncoded(xml: string): string[] {
  expect(XMLValidator.validate(xml)).toBe(true)
  const {rss} = feedParser.parse(xml) as {
    rss: {channel: {item?: Array<{'content:encoded'?: string}>}}
  }
  return (rss.channel.item ?? []).map((item) => item['content:encoded'] ?? '')
}

// XML entities only: what an RSS reader gets before it reads the HTML.
const xmlParser = new XMLParser({
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => name === 'item'
})

/** The channel's and every item's `description`, which readers may take as HTML. */
function descriptions(xml: string): string[] {
  const {rss} = xmlParser.parse(xml) as {
    rss: {channel: {description?: string; item?: Array<{description?: string}>}}
  }
  return [rss.channel, ...(rss.channel.item ?? [])].map((node) => String(node.description ?? ''))
}

const htmlParser = new XMLParser({
  htmlEntities: true,
  parseTagValue: false,
  trimValues: false,
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  // Task-list checkboxes are written `<input … disabled />` (reported).
  allowBooleanAttributes: true
})

/** What the writer's HTML may hold: no scripts, frames, styles or forms. */
const ALLOWED: Record<string, string[]> = {
  p: ['class'],
  br: [],
  a: ['href', 'title'],
  figure: ['class'],
  figcaption: [],
  small: ['class'],
  time: ['datetime'],
  img: ['src', 'alt', 'title'],
  strong: [],
  em: [],
  del: [],
  code: ['class'],
  pre: [],
  ul: ['class'],
  ol: ['start', 'class'],
  li: ['class'],
  input: ['type', 'checked', 'disabled'],
  blockquote: [],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ['align'],
  td: ['align']
}

interface Element {
  name: string
  attributes: Record<string, string>
}

/**
 * The elements of feed HTML. The writer's HTML is XML-compatible, so a
 * strict XML parser reads it (and must: a browser would be more lenient).
 */
function elements(html: string): Element[] {
  const wrapped = `<div>${html}</div>`
  expect(XMLValidator.validate(wrapped, {allowBooleanAttributes: true})).toBe(true)
  const result: Element[] = []
  const walk = (nodes: unknown): void => {
    if (!Array.isArray(nodes)) return
    for (const node of nodes as Array<Record<string, unknown>>) {
      for (const [name, children] of Object.entries(node)) {
        if (name === '#text' || name === ':@') continue
        result.push({name, attributes: (node[':@'] ?? {}) as Record<string, string>})
        walk(children)
      }
    }
  }
  walk(htmlParser.parse(wrapped))
  return result.slice(1)
}

/**
 * The tags of feed HTML, with attribute values blanked (an `alt` may hold a
 * harmless `<script>`). Text never holds a raw `<`, so every `<` opens a tag.
 */
function tags(html: string): string[] {
  return [...html.matchAll(/<(?:[^>"']|"[^"]*"|'[^']*')*>?/g)].map(([tag]) =>
    tag.replace(/"[^"]*"|'[^']*'/g, '""')
  )
}

/** Feed HTML that a browser would render without running anything. */
function expectInertHtml(html: string): void {
  const found = tags(html)
  expect(found.filter((tag) => /^<\/?script/i.test(tag))).toEqual([])
  expect(found.filter((tag) => /\son[a-z]+\s*=/i.test(tag))).toEqual([])
  expect(found.filter((tag) => !/^<\/?[a-z][a-z\d]*[\s/>]/i.test(tag))).toEqual([])
  for (const {name, attributes} of elements(html)) {
    expect(Object.keys(ALLOWED), `<${name}>`).toContain(name)
    for (const [attribute, value] of Object.entries(attributes)) {
      expect(ALLOWED[name], `<${name} ${attribute}>`).toContain(attribute)
      if (attribute === 'href' || attribute === 'src') {
        expect(isScriptUrl(value), `<${name} ${attribute}="${value}">`).toBe(false)
      }
    }
  }
}

/** Every item's HTML in the RSS of `tree` is inert; returns the RSS. */
function expectInertRss(tree: Root): string {
  const xml = toRss(tree)
  for (const html of contentEncoded(xml)) expectInertHtml(html)
  return xml
}

// Front matter too, so that YAML is not taken for Markdown.
const markdownParser = unified()
  .use(remarkParse)
  .use(function () {
    const data = this.data()
    data.micromarkExtensions = [frontmatter(['yaml'])]
    data.fromMarkdownExtensions = [frontmatterFromMarkdown(['yaml'])]
  })

/** Markdown as a CommonMark parser reads it. */
function parseMarkdown(markdown: string): MdastNodes {
  return markdownParser.parse(markdown)
}

/** Raw HTML nodes in Markdown. */
function rawHtml(markdown: string): string[] {
  const found: string[] = []
  visit(parseMarkdown(markdown), 'html', (node) => {
    found.push(node.value)
  })
  return found
}

/** Link, image and definition URLs in Markdown that a browser would run. */
function scriptUrls(markdown: string): string[] {
  const found: string[] = []
  visit(parseMarkdown(markdown), (node) => {
    if ('url' in node && typeof node.url === 'string' && isScriptUrl(node.url)) {
      found.push(node.url)
    }
  })
  return found
}

describe('the checks above', () => {
  it('catch live markup and script URLs', () => {
    for (const html of [
      '<p>a</p><script>alert(1)</script>',
      '<p><img src="x" onerror="alert(1)" /></p>',
      '<p><a href=" java\tscript:alert(1)">a</a></p>',
      '<p><img src="data:image/svg+xml,x" /></p>',
      '<iframe src="https://example.com/"></iframe>',
      '<p>a <!-- b --></p>'
    ]) {
      expect(() => expectInertHtml(html), html).toThrow()
    }
    expect(() => expectInertHtml('<p><img src="a.jpg" alt="<script>" /></p>')).not.toThrow()
    expect(rawHtml('a <b>c</b>')).toEqual(['<b>', '</b>'])
    expect(scriptUrls('[a](JavaScript:x) ![b](data:x) [c](https://x)')).toHaveLength(2)
  })
})

// ---------------------------------------------------------------------------

const HTML_SNIPPETS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//x.example/a.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<div onclick="alert(1)">block</div>',
  '<iframe src="javascript:alert(1)"></iframe>',
  // A plain `<a href>` pair is read as a link (its script URL dropped, see
  // markdown-hostile.test.ts); with another attribute it stays raw HTML.
  '<a href="javascript:alert(1)" target="_top">raw</a>',
  '<svg onload=alert(1)>',
  '<style>body{display:none}</style>',
  '<!-- <script>alert(1)</script> -->',
  '<details open ontoggle=alert(1)>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  ']]><script>alert(1)</script>'
]

describe('HTML in Markdown input', () => {
  // Raw HTML blocks (alone on their lines) and inline HTML (inside text).
  const documents = HTML_SNIPPETS.flatMap((html) => [
    `## Post\n\n${html}\n\nAfter.\n`,
    `## Post\n\nBefore ${html} after, **bold ${html}** and [a ${html}](https://example.com).\n`,
    `${html}\n\n## Post\n\n- item ${html}\n\n> quote ${html}\n`
  ])

  it('is read as `html` nodes', () => {
    for (const markdown of documents) {
      let count = 0
      visit(fromMarkdown(markdown), 'html', () => {
        count++
      })
      expect(count, markdown).toBeGreaterThan(0)
    }
  })

  it('never reaches RSS content:encoded as markup', () => {
    for (const markdown of documents) {
      const [html = ''] = contentEncoded(expectInertRss(fromMarkdown(markdown)))
      // Kept as text: nothing was silently lost.
      expect(html, markdown).toMatch(/&#x3C;[a-z!]/i)
    }
  })

  it('never reaches Markdown output as markup, and shows as text there', () => {
    for (const markdown of documents) {
      const file = new VFile()
      const written = toMarkdown(fromMarkdown(markdown), {file})
      expect(rawHtml(written), markdown).toEqual([])
      expect(file.messages.map((message) => message.ruleId)).toContain('raw-html')
      // Kept as text: every snippet still reads back from the output.
      const read = toString(parseMarkdown(written))
      for (const html of HTML_SNIPPETS) {
        if (markdown.includes(html)) expect(read, markdown).toContain(html)
      }
    }
  })

  it('never reaches an RSS description as markup', () => {
    for (const markdown of documents) {
      for (const description of descriptions(toRss(fromMarkdown(markdown)))) {
        expect(description, markdown).not.toMatch(/<[a-z!/]/i)
      }
    }
  })

  it('never reaches RSS content:encoded as markup, in any mix of Markdown', () => {
    const html = fc.constantFrom(...HTML_SNIPPETS)
    const inline = html.map((item) => `a ${item} b`)
    fc.assert(
      fc.property(mixedDocument([markdownLine, html, inline]), (value) => {
        expectInertRss(fromMarkdown(value))
      }),
      {numRuns: runs(100)}
    )
  })

  it('text that looks like HTML is escaped in Markdown output', () => {
    // A CNN page's text is text, whatever it looks like.
    const page = HTML_SNIPPETS.map((html) => `Headline ${html}\nBody ${html}.\n`).join('\n')
    const markdown = toMarkdown(fromCnnText(page))
    expect(rawHtml(markdown)).toEqual([])
    // Escaped, not dropped: the text reads back as it was.
    const read = toString(parseMarkdown(markdown))
    for (const html of HTML_SNIPPETS) expect(read).toContain(html)
  })

  it('text that looks like HTML never becomes raw HTML in Markdown output', () => {
    // `markdownTree` has no `html` nodes; its text is full of `<b>`, `<script>`, …
    fc.assert(
      fc.property(markdownTree, (tree) => {
        expect(rawHtml(toMarkdown(tree))).toEqual([])
      }),
      {numRuns: runs(150)}
    )
  })
})

describe('script URLs', () => {
  // `PAYLOAD` marks the URL, so that its absence from the output can be checked.
  const CASES: Array<[string, string]> = [
    ['link', '[a](javascript:PAYLOAD)'],
    ['upper-case scheme', '[a](JAVASCRIPT:PAYLOAD)'],
    ['tab in the scheme, as a character reference', '[a](java&#9;script:PAYLOAD)'],
    ['scheme as a character reference', '[a](&#x6A;avascript:PAYLOAD)'],
    ['leading space', '[a]( javascript:PAYLOAD)'],
    ['angle-bracketed destination', '[a](<javascript:PAYLOAD>)'],
    ['vbscript', '[a](vbscript:PAYLOAD)'],
    ['data', '[a](data:text/html,PAYLOAD)'],
    ['reference link', '[a][r]\n\n[r]: javascript:PAYLOAD'],
    ['collapsed reference', '[r][]\n\n[r]: vbscript:PAYLOAD'],
    ['inline image', 'An ![i](data:image/svg+xml,PAYLOAD) inline'],
    ['image alone (a media node)', '![i](data:image/svg+xml,PAYLOAD)'],
    ['image reference', '![i][r]\n\n[r]: data:text/html,PAYLOAD'],
    ['image in a link', '[![i](javascript:PAYLOAD)](javascript:PAYLOAD)'],
    ['media marker', '[media]: # "{ kind: video, url: \'javascript:PAYLOAD\' }"\n\n**Watch**'],
    ['media marker and image', '[media]: # "{ url: \'data:PAYLOAD\' }"\n\n![cap](data:PAYLOAD)']
  ]

  it.each(CASES)('%s: dropped by the Markdown reader with a warning', (_, body) => {
    const file = new VFile(`## Post\n\n${body}\n`)
    const tree = fromMarkdown(file)
    const warnings = file.messages.filter((message) => message.ruleId === 'unsafe-url')
    expect(warnings.length).toBeGreaterThan(0)
    for (const warning of warnings) {
      expect(warning.fatal).toBe(false)
      expect(warning.source).toBe('@liveblog/reader-markdown')
    }
    expect(JSON.stringify(tree)).not.toContain('PAYLOAD')
    // …and so never reaches the writers.
    expect(expectInertRss(tree)).not.toContain('PAYLOAD')
    const markdown = toMarkdown(tree)
    expect(markdown).not.toContain('PAYLOAD')
    expect(scriptUrls(markdown)).toEqual([])
  })

  it('an autolink keeps its text, not its link', () => {
    const file = new VFile('## Post\n\n<javascript:PAYLOAD>\n')
    const tree = fromMarkdown(file)
    expect(file.messages.map((message) => message.ruleId)).toContain('unsafe-url')
    const links: string[] = []
    visit(tree, 'link', (node) => {
      links.push(node.url)
    })
    expect(links).toEqual([])
    expect(scriptUrls(toMarkdown(tree))).toEqual([])
    expectInertRss(tree)
  })

  it('in a JSON tree, are dropped by the RSS and Markdown writers with a warning', () => {
    // The JSON reader keeps URLs as written; the writers must check them.
    const urls = ['javascript:PAYLOAD', ' JaVa\tScRiPt:PAYLOAD', 'vbscript:PAYLOAD', 'data:PAYLOAD']
    const tree = root([
      post({id: 'p', headline: 'h'}, [
        ...urls.map((url) => paragraph([text('see '), link(url, 'here')])),
        {type: 'paragraph', children: [{type: 'image', url: urls[0]!, alt: 'alt'}]},
        {type: 'media', kind: 'image', url: urls[3]!, children: [text('caption')]},
        {type: 'media', kind: 'video', url: urls[1]!, title: 'Watch', children: []}
      ])
    ])
    const read = fromJson(toJson(tree))
    expect(JSON.stringify(read)).toContain('PAYLOAD')

    const rssFile = new VFile()
    const xml = toRss(read, {file: rssFile})
    expect(xml).not.toContain('PAYLOAD')
    for (const html of contentEncoded(xml)) expectInertHtml(html)
    expect(rssFile.messages.filter((message) => message.ruleId === 'unsafe-url')).toHaveLength(7)

    const markdownFile = new VFile()
    const markdown = toMarkdown(read, {file: markdownFile})
    expect(markdown).not.toContain('PAYLOAD')
    expect(scriptUrls(markdown)).toEqual([])
    expect(markdownFile.messages.filter((message) => message.ruleId === 'unsafe-url')).toHaveLength(
      7
    )
  })

  it('no valid tree makes the writers emit live markup or script URLs', () => {
    // `anyTree` holds `html` nodes, unsafe URLs and hostile text.
    fc.assert(
      fc.property(anyTree, (tree) => {
        expectInertRss(tree)
        expect(scriptUrls(toMarkdown(tree))).toEqual([])
      }),
      {numRuns: runs(200)}
    )
  })
})

describe('prototype pollution through the JSON reader', () => {
  const before = Object.getOwnPropertyNames(Object.prototype).sort()

  afterEach(() => {
    // A failing test must not leave pollution behind for the next one.
    for (const target of [Object.prototype, Array.prototype]) {
      delete (target as unknown as Record<string, unknown>)['polluted']
    }
  })

  function expectUnpolluted(): void {
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(([] as unknown as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before)
    expect(Object.getPrototypeOf({})).toBe(Object.prototype)
  }

  /** Every object in the tree is plain, without an own unsafe key. */
  function expectPlain(value: unknown): void {
    if (typeof value !== 'object' || value === null) return
    if (Array.isArray(value)) {
      expect(Object.getPrototypeOf(value)).toBe(Array.prototype)
    } else {
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
      for (const key of ['__proto__', 'constructor', 'prototype']) {
        expect(Object.hasOwn(value, key), key).toBe(false)
      }
    }
    for (const item of Object.values(value)) expectPlain(item)
  }

  const small =
    '{"type":"root","children":[{"type":"post","id":"a","headline":"h","authors":[],"children":[{"type":"paragraph","children":[{"type":"text","value":"x"}]}]}]}'

  const PAYLOADS = [
    '{"__proto__": {"polluted": 1}}',
    '{"__proto__": {"polluted": 1}, "type": "root", "children": []}',
    '{"type": "root", "children": [], "constructor": {"prototype": {"polluted": 1}}}',
    '{"type": "root", "children": [], "prototype": {"polluted": 1}}',
    '{"\\u005f_proto__": {"polluted": 1}, "type": "root", "children": []}',
    '{"__pro\\u0074o__": {"polluted": 1}, "type": "root", "children": []}',
    '{"type": "root", "children": [{"type": "notice", "children": [], "__proto__": {"polluted": 1}}]}',
    // Nested in children, authors, positions and data.
    small.replace('"authors":[]', '"authors":[{"name":"n","__proto__":{"polluted":1}}]'),
    small.replace('"value":"x"', '"value":"x","constructor":{"prototype":{"polluted":1}}'),
    small.replace(
      '"id":"a"',
      '"id":"a","position":{"start":{"line":1,"column":1,"__proto__":{"polluted":1}},"end":{"line":1,"column":2}}'
    ),
    small.replace('"id":"a"', '"id":"a","data":{"__proto__":{"polluted":1},"a":{"__proto__":{}}}'),
    '[{"__proto__": {"polluted": 1}}]',
    '{"__proto__": [], "type": "root", "children": []}',
    '{"__proto__": null, "type": "root", "children": []}'
  ]

  it.each(PAYLOADS)('%s', (payload) => {
    const file = new VFile(payload)
    const result = fromJson(file)
    expectUnpolluted()
    expectPlain(result)
    expect(file.messages.some((message) => message.ruleId === 'unsafe-key')).toBe(true)
  })

  it('never pollutes, wherever the keys are put in a valid tree', () => {
    /** Every object (not array) in a parsed JSON value. */
    const objects = (value: unknown): Array<Record<string, unknown>> => {
      if (typeof value !== 'object' || value === null) return []
      const items = Object.values(value).flatMap(objects)
      return Array.isArray(value) ? items : [value as Record<string, unknown>, ...items]
    }
    const spellings: Record<string, string[]> = {
      __proto__: ['"__proto__"', '"\\u005f_proto__"', '"__proto\\u005f_"'],
      constructor: ['"constructor"', '"\\u0063onstructor"'],
      prototype: ['"prototype"']
    }
    fc.assert(
      fc.property(
        anyTree,
        fc.nat(),
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        fc.nat(),
        (input, at, key, spelling) => {
          const value: unknown = JSON.parse(toJson(input))
          const all = objects(value)
          // An own, enumerable key, so that `JSON.stringify` writes it, even `__proto__`.
          Object.defineProperty(all[at % all.length], key, {
            value: {polluted: 1, prototype: {polluted: 1}},
            enumerable: true
          })
          const options = spellings[key]!
          const json = JSON.stringify(value).replace(
            `"${key}":{"polluted"`,
            `${options[spelling % options.length]}:{"polluted"`
          )
          const file = new VFile(json)
          const result = fromJson(file)
          expectUnpolluted()
          expectPlain(result)
          // The key is dropped; the rest of the tree is read as written.
          expect(file.messages.filter((message) => message.ruleId === 'unsafe-key')).toHaveLength(1)
          expect(file.messages.filter((message) => message.fatal)).toEqual([])
          const {lbast: _, ...expected} = input
          expect(result).toEqual(expected)
        }
      ),
      {numRuns: runs(200)}
    )
  })
})
