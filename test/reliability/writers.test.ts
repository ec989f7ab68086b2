// Writers never throw on a valid tree, however hostile its strings; the JSON
// is the tree, the RSS is well-formed XML with one item per post, and the
// Markdown reads back to the same posts.
import {
  type BlockContent,
  LBAST_VERSION,
  type PhrasingContent,
  post,
  type Root,
  root,
  validate
} from '@liveblog/core'
import {fromCnnText} from '@liveblog/reader-cnn'
import {fromJson} from '@liveblog/reader-json'
import {fromMarkdown} from '@liveblog/reader-markdown'
import {toJson} from '@liveblog/writer-json'
import {toMarkdown} from '@liveblog/writer-markdown'
import {toRss} from '@liveblog/writer-rss'
import fc from 'fast-check'
import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {
  anyString,
  anyTree,
  anyUrl,
  cnnLine,
  jsonishLine,
  markdownLine,
  mixedDocument,
  runs
} from './arbitraries.js'

/** Strictly well-formed XML 1.0. */
function expectWellFormed(xml: string): void {
  expect(XMLValidator.validate(xml)).toBe(true)
  // XML forbids `]]>` in character data, which the validator does not check.
  const outsideCdata = xml
    .split('<![CDATA[')
    .map((part, index) => (index === 0 ? part : part.slice(part.indexOf(']]>') + 3)))
    .join('\n')
  expect(outsideCdata).not.toContain(']]>')
  // Characters XML 1.0 forbids: C0 controls but tab, LF, CR; U+FFFE/U+FFFF; lone surrogates.
  expect(xml).not.toMatch(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
  )
}

const rssOptions = fc.record(
  {
    title: anyString(20),
    url: anyUrl,
    description: anyString(20),
    language: fc.constantFrom('en', 'de-CH', ''),
    feedUrl: anyUrl,
    postUrl: fc.oneof(
      anyUrl.map((url) => `${url}{id}`),
      anyUrl
    ),
    sort: fc.constantFrom('source' as const, 'time' as const),
    now: fc.date({min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z')}),
    generator: fc.oneof(fc.constant(false as const), anyString(10)),
    descriptionLength: fc.nat(400)
  },
  {requiredKeys: []}
)

const markdownOptions = fc.record(
  {
    bullet: fc.constantFrom('-' as const, '*' as const, '+' as const),
    emphasis: fc.constantFrom('*' as const, '_' as const),
    strong: fc.constantFrom('*' as const, '_' as const),
    rule: fc.constantFrom('*' as const, '-' as const, '_' as const),
    fence: fc.constantFrom('`' as const, '~' as const),
    listItemIndent: fc.constantFrom('one' as const, 'tab' as const, 'mixed' as const),
    setext: fc.boolean(),
    closeAtx: fc.boolean(),
    quote: fc.constantFrom('"' as const, "'" as const)
  },
  {requiredKeys: []}
)

/** The ids of the tree's posts, in order. */
function postIds(tree: Root): string[] {
  return tree.children.flatMap((node) => (node.type === 'post' ? [node.id] : []))
}

const xmlParser = new XMLParser({isArray: (name) => name === 'item'})

/** The number of `<item>`s in an RSS feed. */
function itemCount(xml: string): number {
  const feed = xmlParser.parse(xml) as {rss: {channel: {item?: unknown[]}}}
  return feed.rss.channel.item?.length ?? 0
}

/** A deep copy without `position` fields. */
function withoutPositions(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, field) => (key === 'position' ? undefined : field)))
}

/** The JSON is the tree (with `lbast` unless `version: false`, positions unless `positions: false`). */
function expectJsonOf(
  tree: Root,
  json: string,
  options: {positions?: boolean; version?: boolean} = {}
) {
  const {lbast: _, ...rest} = tree
  const expected = options.version === false ? rest : {...rest, lbast: LBAST_VERSION}
  expect(JSON.parse(json)).toEqual(
    options.positions === false ? withoutPositions(expected) : expected
  )
}

/** The Markdown reads back to the same posts, under the same ids. */
function expectMarkdownOf(tree: Root, markdown: string) {
  expect(postIds(fromMarkdown(markdown))).toEqual(postIds(tree))
}

/** Runs every writer on `tree` and checks what each wrote. */
function writeAll(tree: Root): void {
  expectJsonOf(tree, toJson(tree, {space: 1}))
  const xml = toRss(tree, {file: new VFile()})
  expectWellFormed(xml)
  expect(itemCount(xml)).toBe(postIds(tree).length)
  expectMarkdownOf(tree, toMarkdown(tree, {file: new VFile()}))
}

describe('writers on any valid tree', () => {
  it('toJson writes the tree, toRss well-formed XML with an item per post, toMarkdown the posts', () => {
    fc.assert(
      fc.property(anyTree, (tree) => {
        expect(validate(tree)).toEqual([])
        writeAll(tree)
      }),
      {numRuns: runs(200)}
    )
  })

  it('toRss writes well-formed XML with an item per post, with any options', () => {
    fc.assert(
      fc.property(anyTree, rssOptions, (tree, options) => {
        const xml = toRss(tree, {...options, file: new VFile()})
        expectWellFormed(xml)
        expect(itemCount(xml)).toBe(postIds(tree).length)
      }),
      {numRuns: runs(200)}
    )
  })

  it('toJson and toMarkdown write the tree with any of their options', () => {
    fc.assert(
      fc.property(
        anyTree,
        fc.record({
          space: fc.oneof(fc.nat(4), fc.constantFrom('\t', '')),
          positions: fc.boolean(),
          version: fc.boolean()
        }),
        markdownOptions,
        (tree, jsonOptions, mdOptions) => {
          expectJsonOf(tree, toJson(tree, jsonOptions), jsonOptions)
          expectMarkdownOf(tree, toMarkdown(tree, mdOptions))
        }
      ),
      {numRuns: runs(150)}
    )
  })

  it('write whatever the readers read', () => {
    const document = mixedDocument([cnnLine, markdownLine, jsonishLine])
    fc.assert(
      fc.property(document, (value) => {
        for (const tree of [fromCnnText(value), fromMarkdown(value), fromJson(value)]) {
          writeAll(tree)
        }
      }),
      {numRuns: runs(100)}
    )
  })
})

describe('writers on deep valid trees', () => {
  // Far deeper than any real post, within the validator's limit (MAX_DEPTH,
  // 1000 nodes). Trees past about 500 nodes deep are refused by reader-json's
  // default `maxDepth`, which counts JSON arrays too (reported).
  const DEPTH = 200
  const wrap = (node: BlockContent): Root => root([post({id: 'p', headline: 'h'}, [node])])
  const nestBlock = (make: (inner: BlockContent) => BlockContent): Root => {
    let node: BlockContent = {type: 'paragraph', children: [{type: 'text', value: 'deep'}]}
    for (let index = 0; index < DEPTH; index++) node = make(node)
    return wrap(node)
  }
  const nestPhrasing = (make: (inner: PhrasingContent) => PhrasingContent): Root => {
    let node: PhrasingContent = {type: 'text', value: 'deep <b> & ]]>'}
    for (let index = 0; index < DEPTH; index++) node = make(node)
    return wrap({type: 'paragraph', children: [node]})
  }
  const trees: Array<[string, Root]> = [
    ['blockquotes', nestBlock((inner) => ({type: 'blockquote', children: [inner]}))],
    [
      'lists',
      nestBlock((inner) => ({
        type: 'list',
        children: [{type: 'listItem', children: [inner]}]
      }))
    ],
    ['strong', nestPhrasing((inner) => ({type: 'strong', children: [inner]}))],
    ['emphasis', nestPhrasing((inner) => ({type: 'emphasis', children: [inner]}))],
    ['delete', nestPhrasing((inner) => ({type: 'delete', children: [inner]}))],
    [
      'links',
      nestPhrasing((inner) => ({type: 'link', url: 'https://example.com/', children: [inner]}))
    ]
    // The Markdown writer writes phrasing nested past 12 levels as its text:
    // mdast-util-to-markdown's time grows steeply with emphasis depth.
  ]

  it.each(trees)('%s nested 200 deep', (_, tree) => {
    expect(validate(tree)).toEqual([])
    writeAll(tree)
    // The JSON reader takes back what the JSON writer wrote.
    const file = new VFile(toJson(tree))
    expect(fromJson(file)).toEqual(tree)
    expect(file.messages.filter((message) => message.fatal)).toEqual([])
  })
})
