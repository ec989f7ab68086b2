import {readFileSync, writeFileSync} from 'node:fs'
import {
  labelledItem,
  list,
  meta,
  paragraph,
  post,
  type Root,
  root,
  summary,
  toString
} from '@liveblog/core'
import {fromCnnText} from '@liveblog/reader-cnn'
import toRssPlugin, {toRss, writeRss} from '@liveblog/writer-rss'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {electionNight} from './fixtures.js'
import {readFeed, readXml} from './read-feed.js'

function posts(tree: Root) {
  return tree.children.filter((child) => child.type === 'post')
}

describe('toRss: a realistic live blog', () => {
  const tree = electionNight()
  const xml = toRss(tree)
  const feed = readFeed(xml)
  const {rss, channel} = readXml(xml)

  it('writes the channel from meta', () => {
    expect(feed.meta.type).toBe('rss')
    expect(feed.title).toBe('Ostravia votes: live results')
    expect(feed.url).toBe('https://news.example/live/ostravia-election')
    expect(feed.description).toBe('Results and reaction from the Ostravian general election.')
    expect(feed.language).toBe('en')
    expect(feed.generator?.label).toBe('liveblog')
    expect(rss['@version']).toBe('2.0')
  })

  it('takes lastBuildDate from meta.updated, keeping its offset', () => {
    expect(channel.lastBuildDate).toBe('Sun, 10 Mar 2024 04:05:00 -0400')
  })

  it('writes one item per post, in source order', () => {
    const expected = posts(tree)
    expect(feed.items.map((item) => item.title)).toEqual(expected.map((p) => p.headline))
    expect(feed.items.map((item) => item.id)).toEqual(expected.map((p) => p.id))
    expect(channel.item?.map((item) => item.guid)).toEqual(
      expected.map((p) => ({'#text': p.id, '@isPermaLink': 'false'}))
    )
  })

  it('links each item to the page with the post id as fragment', () => {
    expect(feed.items.map((item) => item.url)).toEqual(
      posts(tree).map((p) => `https://news.example/live/ostravia-election#${p.id}`)
    )
  })

  it('dates items in RFC 822 with the source offset, in EST and in EDT', () => {
    const dates = channel.item?.map((item) => item.pubDate)
    expect(dates).toEqual([
      'Sat, 09 Mar 2024 21:00:00 -0500',
      'Sun, 10 Mar 2024 01:30:00 -0500',
      'Sun, 10 Mar 2024 03:15:00 -0400',
      'Sun, 10 Mar 2024 04:00:00 -0400'
    ])
    // The same instants as the tree's ISO strings.
    expect(feed.items.map((item) => item.published?.getTime())).toEqual(
      posts(tree).map((p) => Date.parse(p.published ?? ''))
    )
  })

  it('writes a dc:creator per author, names as printed', () => {
    expect(feed.items.map((item) => item.authors.map((a) => a.name))).toEqual(
      posts(tree).map((p) => p.authors.map((a) => a.name))
    )
    expect(rss['@xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/')
  })

  it('describes each item with its first paragraphs as plain text', () => {
    const first = posts(tree)[0]!
    const paragraphs = first.children.filter((child) => child.type === 'paragraph')
    expect(feed.items[0]?.description).toBe(paragraphs.map((p) => toString(p)).join(' '))
  })

  it('declares only the namespaces it uses', () => {
    expect(rss['@xmlns:content']).toBe('http://purl.org/rss/1.0/modules/content/')
    expect(rss['@xmlns:atom']).toBeUndefined()
    expect(xml).not.toContain('atom:')
  })

  it('gives the same bytes on every run, whatever the clock says', () => {
    vi.useFakeTimers({now: new Date('2030-01-01T00:00:00Z')})
    const later = toRss(electionNight())
    vi.useRealTimers()
    expect(later).toBe(xml)
    expect(toRss(electionNight())).toBe(xml)
  })
})

describe('toRss: options', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('lets options override meta', () => {
    const feed = readFeed(
      toRss(electionNight(), {
        title: 'Election night',
        url: 'https://other.example/live',
        description: 'Our coverage',
        language: 'de'
      })
    )
    expect([feed.title, feed.url, feed.description, feed.language]).toEqual([
      'Election night',
      'https://other.example/live',
      'Our coverage',
      'de'
    ])
    expect(feed.items[0]?.url).toBe('https://other.example/live#polls-close')
  })

  it('adds atom:link rel=self with feedUrl', () => {
    const xml = toRss(electionNight(), {feedUrl: 'https://news.example/live/feed.xml'})
    const feed = readFeed(xml)
    const {rss, channel} = readXml(xml)
    expect(feed.self).toBe('https://news.example/live/feed.xml')
    expect(channel['atom:link']).toEqual({
      '@href': 'https://news.example/live/feed.xml',
      '@rel': 'self',
      '@type': 'application/rss+xml'
    })
    expect(rss['@xmlns:atom']).toBe('http://www.w3.org/2005/Atom')
  })

  it('uses a postUrl template for link and a permalink guid', () => {
    const xml = toRss(electionNight(), {postUrl: 'https://news.example/p/{id}?ref=rss'})
    const feed = readFeed(xml)
    const {channel} = readXml(xml)
    expect(feed.items.map((item) => item.url)).toEqual(
      posts(electionNight()).map((p) => `https://news.example/p/${p.id}?ref=rss`)
    )
    expect(channel.item?.[0]?.guid).toEqual({
      '#text': 'https://news.example/p/polls-close?ref=rss',
      '@isPermaLink': 'true'
    })
  })

  it('ignores a postUrl template without {id}, with a warning', () => {
    const file = new VFile()
    const feed = readFeed(toRss(electionNight(), {postUrl: 'https://news.example/p/', file}))
    expect(feed.items[0]?.id).toBe('polls-close')
    expect(file.messages.map((m) => m.ruleId)).toContain('post-url-without-id')
  })

  it('sorts newest first with sort: time, stable, undated posts keeping their place', () => {
    const tree = root([
      meta({title: 'T', url: 'https://x.example/', description: 'D'}),
      post({id: 'a', headline: 'A', published: '2024-02-07T20:00:00-05:00'}),
      post({id: 'b', headline: 'B'}),
      post({id: 'c', headline: 'C', published: '2024-02-08T01:30:00Z'}),
      post({id: 'd', headline: 'D', published: '2024-02-07T20:00:00-05:00'}),
      post({id: 'e', headline: 'E'}),
      // 20:30 EST is after 01:30 UTC the next day: the offset counts.
      post({id: 'f', headline: 'F', published: '2024-02-07T20:31:00-05:00'})
    ])
    const file = new VFile()
    // b and e have no time: they stay second and fifth, where the page had
    // them; the dated posts are sorted among the other places.
    expect(readFeed(toRss(tree, {sort: 'time', file})).items.map((item) => item.id)).toEqual([
      'f',
      'b',
      'c',
      'a',
      'e',
      'd'
    ])
    expect(file.messages.filter((m) => m.ruleId === 'undated-post').map((m) => m.reason)).toEqual([
      '2 posts have no time: kept at their place on the page among the posts sorted by time'
    ])
    expect(readFeed(toRss(tree)).items.map((item) => item.id)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f'
    ])
  })

  it('takes lastBuildDate from the latest post time without meta.updated', () => {
    const tree = root([
      meta({title: 'T', url: 'https://x.example/', description: 'D'}),
      post({id: 'a', headline: 'A', published: '2024-07-18T09:00:00-04:00'}),
      post({
        id: 'b',
        headline: 'B',
        published: '2024-07-18T08:00:00-04:00',
        updated: '2024-07-18T10:15:00-04:00'
      }),
      post({id: 'c', headline: 'C', published: '2024-07-18T13:30:00Z'})
    ])
    expect(readXml(toRss(tree)).channel.lastBuildDate).toBe('Thu, 18 Jul 2024 10:15:00 -0400')
  })

  it('writes no lastBuildDate when no time is known, and never reads the clock', () => {
    vi.useFakeTimers({now: new Date('2024-05-01T12:00:00Z')})
    const tree = root([
      meta({title: 'T', url: 'https://x.example/'}),
      post({id: 'a', headline: 'A'})
    ])
    const xml = toRss(tree)
    expect(readXml(xml).channel.lastBuildDate).toBeUndefined()
    expect(xml).not.toContain('2024')
  })

  it('uses now as lastBuildDate when given', () => {
    const now = new Date('2024-02-08T05:20:00Z')
    const {channel} = readXml(toRss(electionNight(), {now}))
    expect(channel.lastBuildDate).toBe('Thu, 08 Feb 2024 05:20:00 +0000')
  })

  it('writes channel pubDate from meta.published', () => {
    const tree = root([meta({title: 'T', published: '2024-02-07T06:00:00-05:00'})])
    expect(readXml(toRss(tree)).channel.pubDate).toBe('Wed, 07 Feb 2024 06:00:00 -0500')
  })

  it('sets or leaves out the generator', () => {
    expect(readFeed(toRss(electionNight(), {generator: 'newsroom 2'})).generator?.label).toBe(
      'newsroom 2'
    )
    expect(readXml(toRss(electionNight(), {generator: false})).channel.generator).toBeUndefined()
  })

  it('cuts long descriptions at a word boundary with an ellipsis', () => {
    const long = Array.from({length: 80}, (_, i) => `word${i}`).join(' ')
    const tree = root([meta({title: 'T'}), post({id: 'a', headline: 'A'}, [paragraph(long)])])
    for (const limit of [300, 50]) {
      const description = readFeed(toRss(tree, {descriptionLength: limit})).items[0]?.description
      expect(description).toBeDefined()
      expect(description!.length).toBeLessThanOrEqual(limit)
      expect(description!.endsWith('…')).toBe(true)
      const kept = description!.slice(0, -1)
      expect(long.startsWith(kept)).toBe(true)
      expect(long.charAt(kept.length)).toBe(' ')
    }
  })

  it('leaves out item link and content when unknown', () => {
    const tree = root([meta({title: 'T'}), post({id: 'a', headline: 'Only a headline'})])
    const xml = toRss(tree)
    const {rss, channel} = readXml(xml)
    const item = channel.item?.[0] ?? {}
    // `#text` is the indentation between the elements.
    expect(Object.keys(item).filter((key) => key !== '#text')).toEqual(['title', 'guid'])
    expect(item.guid).toEqual({'#text': 'a', '@isPermaLink': 'false'})
    expect(rss['@xmlns:content']).toBeUndefined()
    expect(rss['@xmlns:dc']).toBeUndefined()
  })
})

describe('toRss: fallbacks and messages', () => {
  it('falls back to "Live updates", the summary and a reserved link, with warnings', () => {
    const tree = root([
      summary('Catch up', [paragraph('Storm   reaches the coast;\npower is out.')]),
      post({id: 'a', headline: 'A'})
    ])
    const file = new VFile()
    const feed = readFeed(toRss(tree, {file}))
    expect(feed.title).toBe('Live updates')
    expect(feed.description).toBe('Storm reaches the coast; power is out.')
    expect(feed.url).toBe('https://example.invalid/')
    expect(feed.items[0]?.url).toBeNull()
    expect(file.messages.map((m) => m.ruleId)).toEqual([
      'missing-title',
      'missing-link',
      'missing-description'
    ])
    for (const message of file.messages) {
      expect(message.source).toBe('@liveblog/writer-rss')
      expect(message.fatal).toBe(false)
    }
  })

  it('separates the summary list items in the derived description', () => {
    const tree = electionNight()
    const meta = tree.children[0]
    if (meta?.type === 'meta') delete meta.description
    expect(readFeed(toRss(tree)).description).toBe(
      'Turnout: Officials reported record turnout in the capital. Result: The Green Union leads with most votes counted.'
    )
  })

  it('describes a post without paragraphs by its other blocks', () => {
    const tree = root([
      meta({title: 'T', url: 'https://x.example/', description: 'D'}),
      post({id: 'a', headline: 'A'}, [
        list([labelledItem('Roads', 'Closed.'), labelledItem('Rail', 'Running late.')])
      ])
    ])
    expect(readFeed(toRss(tree)).items[0]?.description).toBe('Roads: Closed. Rail: Running late.')
  })

  it('describes the channel with its title when there is no summary', () => {
    const tree = root([meta({title: 'Storm live'}), post({id: 'a', headline: 'A'})])
    expect(readFeed(toRss(tree, {feedUrl: 'https://x.example/rss'})).description).toBe('Storm live')
    expect(readFeed(toRss(tree, {feedUrl: 'https://x.example/rss'})).url).toBe(
      'https://x.example/rss'
    )
  })

  it('reports unreadable times with the node position and leaves them out', () => {
    const tree = root([
      meta({title: 'T', url: 'https://x.example/', description: 'D'}),
      {
        ...post({id: 'a', headline: 'A', published: '8:19 p.m. ET'}),
        position: {start: {line: 3, column: 1, offset: 20}, end: {line: 9, column: 1, offset: 200}}
      }
    ])
    const file = new VFile()
    const xml = toRss(tree, {file})
    expect(readXml(xml).channel.item?.[0]?.pubDate).toBeUndefined()
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]?.ruleId).toBe('invalid-date')
    expect(file.messages[0]?.line).toBe(3)
  })

  it('makes guids unique and reports duplicate and missing ids', () => {
    const tree = root([
      meta({title: 'T', url: 'https://x.example/', description: 'D'}),
      post({id: 'same', headline: 'One'}),
      post({id: 'same', headline: 'Two'}),
      {...post({headline: 'Three'}), id: ''}
    ])
    const file = new VFile()
    const ids = readFeed(toRss(tree, {file})).items.map((item) => item.id)
    expect(new Set(ids).size).toBe(3)
    expect(ids.slice(0, 2)).toEqual(['same', 'same-2'])
    expect(ids[2]).toMatch(/^three-/)
    expect(file.messages.map((m) => m.ruleId)).toEqual(['duplicate-id', 'missing-id'])
  })

  it('titles a post without headline from its text', () => {
    const tree = root([
      meta({title: 'T', url: 'https://x.example/', description: 'D'}),
      post({id: 'a', headline: ''}, [paragraph('A short note from the desk.')]),
      post({id: 'b', headline: '  '})
    ])
    const file = new VFile()
    const feed = readFeed(toRss(tree, {file}))
    expect(feed.items.map((item) => item.title)).toEqual([
      'A short note from the desk.',
      'Untitled post'
    ])
    expect(file.messages.map((m) => m.ruleId)).toEqual(['missing-headline', 'missing-headline'])
  })

  it('drops an unsafe or relative meta URL with a warning', () => {
    for (const url of ['javascript:alert(1)', '/live/storm']) {
      const file = new VFile()
      const tree = root([meta({title: 'T', url, description: 'D'})])
      const feed = readFeed(toRss(tree, {file}))
      expect(feed.url).toBe('https://example.invalid/')
      expect(feed.self).toBeNull()
      expect(file.messages.map((m) => m.ruleId)).toContain(
        url.startsWith('/') ? 'relative-url' : 'unsafe-url'
      )
    }
  })

  it('refuses a relative or unsafe url, feedUrl or postUrl option: RSS needs absolute links', () => {
    const tree = electionNight()
    expect(() => toRss(tree, {url: '/live/storm'})).toThrow(/`url` must be an absolute/)
    expect(() => toRss(tree, {feedUrl: 'feed.xml'})).toThrow(/`feedUrl` must be an absolute/)
    expect(() => toRss(tree, {feedUrl: 'data:text/xml,<rss/>'})).toThrow(TypeError)
    expect(() => toRss(tree, {postUrl: '/p/{id}'})).toThrow(/`postUrl` must be an absolute/)
    // With a file (as a unified plugin): one fatal message each, no exception.
    const file = new VFile()
    unified().use(writeRss, {url: 'live/storm', feedUrl: '//cdn/x'}).stringify(tree, file)
    expect(file.messages.filter((m) => m.fatal).map((m) => m.ruleId)).toEqual([
      'invalid-option',
      'invalid-option'
    ])
  })
})

describe('writeRss (unified compiler)', () => {
  it('compiles a tree and puts messages on the file', () => {
    const tree = electionNight()
    const options = {feedUrl: 'https://news.example/live/feed.xml'}
    const processor = unified()
      .use(function parse() {
        this.parser = () => structuredClone(tree)
      })
      .use(writeRss, options)
    const file = processor.processSync('')
    expect(String(file)).toBe(toRss(tree, options))
    expect(toRssPlugin).toBe(writeRss)
  })

  it('reports problems on the processed file', () => {
    const file = unified()
      .use(function parse() {
        this.parser = () => root([post({id: 'a', headline: 'A'})])
      })
      .use(writeRss)
      .processSync('')
    expect(file.messages.map((m) => m.ruleId)).toEqual([
      'missing-title',
      'missing-link',
      'missing-description'
    ])
  })
})

describe('toRss: items in the channel', () => {
  it('writes a channel without items when there are no posts', () => {
    const xml = toRss(root([meta({title: 'Quiet day', url: 'https://news.example/live'})]))
    const feed = readFeed(xml)
    expect(feed.title).toBe('Quiet day')
    expect(feed.items).toEqual([])
    expect(xml).toMatch(/<generator>liveblog<\/generator>\n {2}<\/channel>\n<\/rss>\n$/)
  })

  it('places every item once, in order, indented under the channel', () => {
    const headlines = ['First', '\u0000items\u0000 in a headline', 'Third']
    const xml = toRss(root(headlines.map((headline) => post({headline}, [paragraph('Text.')]))))
    expect(readFeed(xml).items.map((item) => item.title)).toEqual([
      'First',
      'items in a headline',
      'Third'
    ])
    expect(xml.match(/\n {4}<item>/g)).toHaveLength(3)
    expect(xml).not.toContain('\u0000')
  })
})

describe('the README example', () => {
  // README.md shows what toRss really writes for the project's fictional
  // election page. `UPDATE_README=1 npx vitest run packages/writer-rss` rewrites it.
  const readme = new URL('../README.md', import.meta.url)
  const page = new URL('../../../examples/input/ostravia-election-2024-03-10.txt', import.meta.url)
  const now = '2024-03-10T10:36:00Z'
  const options = {
    title: 'Ostravia election: live updates',
    url: 'https://example.com/live/ostravia-election',
    feedUrl: 'https://example.com/live/ostravia-election/feed.xml',
    language: 'en'
  }

  /** The feed up to its first item, long texts cut at a word with `…`. */
  function abridge(xml: string): string {
    const head = xml.slice(0, xml.indexOf('</item>') + '</item>'.length)
    return `${head
      .replace(/(<description>)([^<]*)(<\/description>)/g, (_, open, text: string, close) =>
        text.length > 80 ? `${open}${text.slice(0, text.lastIndexOf(' ', 80))}…${close}` : _
      )
      .replace(
        /(<content:encoded>)([\s\S]*?)(<\/content:encoded>)/g,
        (_, open, html: string, close) => `${open}${html.split('\n')[0]}\n…${close}`
      )}\n  </channel>\n</rss>\n`
  }

  it('shows the feed toRss writes for the fictional election page', () => {
    const tree = fromCnnText(readFileSync(page, 'utf8'), {now})
    const xml = toRss(tree, options)
    readFeed(xml)
    const sample = abridge(xml)
    let text = readFileSync(readme, 'utf8')
    const block = /(Yields \(abridged[^)]*\):\n\n```xml\n)([\s\S]*?)(```)/
    if (process.env.UPDATE_README === '1') {
      text = text.replace(block, (_, open, _old, close) => `${open}${sample}${close}`)
      writeFileSync(readme, text)
    }
    expect(block.exec(text)?.[2]).toBe(sample)
    // The code above the sample makes it: the same page, `now` and options.
    expect(text).toContain(`fromCnnText(pageText, {now: '${now}'})`)
    for (const [key, value] of Object.entries(options)) expect(text).toContain(`${key}: '${value}'`)
  })
})
