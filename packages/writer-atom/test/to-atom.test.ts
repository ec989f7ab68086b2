import {author, media, meta, paragraph, post, root} from '@liveblog/core'
import toAtomPlugin, {toAtom, writeAtom} from '@liveblog/writer-atom'
import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  htmlEntities: true,
  parseTagValue: false,
  isArray: (name) => ['entry', 'author', 'link', 'category'].includes(name)
})

function read(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true)
  return parser.parse(xml).feed
}

const tree = () =>
  root([
    meta({
      title: 'Harbor strike',
      url: 'https://news.example/live/strike',
      language: 'en',
      description: 'Transit workers walk out.',
      authors: [author('Metro Desk')]
    }),
    post(
      {
        id: 'walkout',
        headline: 'Workers walk out at dawn',
        authors: [author('Lena Park')],
        published: '2024-07-18T06:00:00-04:00',
        updated: '2024-07-18T06:30:00-04:00',
        data: {tags: ['transit', 'labor']}
      } as never,
      [paragraph('Buses stayed in the depot.'), media({url: 'https://img.example/a.jpg'}, 'Depot.')]
    ),
    post({id: 'talks', headline: 'Talks resume', published: '2024-07-18T09:00:00-04:00'}, [
      paragraph('Both sides met at noon.')
    ]),
    post({id: 'undated', headline: 'A note'}, [paragraph('No time on this one.')])
  ])

describe('toAtom', () => {
  it('writes an RFC 4287 feed', () => {
    const feed = read(toAtom(tree(), {feedUrl: 'https://news.example/live/strike.atom'}))
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(feed['@xml:lang']).toBe('en')
    expect(feed.title).toEqual({'#text': 'Harbor strike', '@type': 'text'})
    expect(feed.id).toBe('https://news.example/live/strike.atom')
    expect(feed.link).toEqual([
      {'@rel': 'alternate', '@type': 'text/html', '@href': 'https://news.example/live/strike'},
      {
        '@rel': 'self',
        '@type': 'application/atom+xml',
        '@href': 'https://news.example/live/strike.atom'
      }
    ])
    // The latest time in the tree, with its offset.
    expect(feed.updated).toBe('2024-07-18T09:00:00-04:00')
    expect(feed.author).toEqual([{name: 'Metro Desk'}])
    const [walkout, talks, undated] = feed.entry
    expect(walkout.id).toBe('https://news.example/live/strike#walkout')
    expect(walkout.published).toBe('2024-07-18T06:00:00-04:00')
    expect(walkout.updated).toBe('2024-07-18T06:30:00-04:00')
    expect(walkout.author).toEqual([{name: 'Lena Park'}])
    expect(walkout.category).toEqual([{'@term': 'transit'}, {'@term': 'labor'}])
    expect(walkout.summary).toEqual({'#text': 'Buses stayed in the depot.', '@type': 'text'})
    expect(walkout.content['@type']).toBe('html')
    expect(walkout.content['#text']).toContain('<img src="https://img.example/a.jpg"')
    // `updated` is required: the post's `published` when it has no `updated`…
    expect(talks.updated).toBe('2024-07-18T09:00:00-04:00')
    expect(talks.author).toBeUndefined()
    // …else the feed's.
    expect(undated.updated).toBe(feed.updated)
    expect(undated.published).toBeUndefined()
  })

  it('gives stable ids: the same tree gives the same bytes, ids from post ids', () => {
    expect(toAtom(tree())).toBe(toAtom(tree()))
    const permalinks = read(toAtom(tree(), {postUrl: 'https://news.example/p/{id}'}))
    expect(permalinks.entry.map((entry: {id: string}) => entry.id)).toEqual([
      'https://news.example/p/walkout',
      'https://news.example/p/talks',
      'https://news.example/p/undated'
    ])
    const bare = read(toAtom(root([post({id: 'a b', headline: 'A'})])))
    expect(bare.entry[0].id).toBe('urn:liveblog:post:a%20b')
  })

  it('falls back to the site or title as feed author, and to the epoch with a warning', () => {
    const file = new VFile()
    const feed = read(toAtom(root([post({id: 'a', headline: 'A'})]), {file}))
    expect(feed.author).toEqual([{name: 'Live updates'}])
    expect(feed.updated).toBe('1970-01-01T00:00:00Z')
    expect(file.messages.map((m) => m.ruleId)).toContain('missing-updated')
    const withNow = read(toAtom(tree(), {now: new Date('2024-07-19T00:00:00Z')}))
    expect(withNow.updated).toBe('2024-07-19T00:00:00Z')
  })

  it('is a unified compiler, exported by name and as default', () => {
    expect(toAtomPlugin).toBe(writeAtom)
    const file = new VFile()
    const xml = unified().use(writeAtom, {url: 'https://news.example/live'}).stringify(tree(), file)
    expect(read(String(xml)).entry).toHaveLength(3)
    const bad = new VFile()
    unified().use(writeAtom, {url: 'live'}).stringify(tree(), bad)
    expect(bad.messages.filter((m) => m.fatal).map((m) => m.ruleId)).toEqual(['invalid-option'])
  })
})
