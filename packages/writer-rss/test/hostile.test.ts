import {author, media, meta, paragraph, post, root, summary} from '@liveblog/core'
import {toRss} from '@liveblog/writer-rss'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {htmlElements, htmlText, readFeed, readXml, rssRead, xmlRead} from './read-feed.js'

const HOSTILE = [
  '<script>alert("x")</script>',
  'a literal &amp; and &lt; and &#38; and &copy',
  'two closers ]]> and ]]> and ]]]]>>',
  `quotes " and ' and \`backticks\``,
  'emoji 😀 👩🏽‍🚀 🇺🇦',
  'controls \u0000\u0001\u0008\u000B\u000C\u001F tab\there',
  'line\r\nendings\rand\nbreaks',
  'lone \uD800 high and \uDC00 low and \uFFFE \uFFFF',
  'a <![CDATA[ opener and -->'
]

function hostileTree(value: string) {
  return root([
    meta({title: value, url: 'https://x.example/', description: value}),
    post({id: `id ${value}`, headline: value, authors: [author(value)]}, [
      paragraph(value),
      media({url: 'https://img.example/a.jpg', credit: value}, value)
    ])
  ])
}

describe('hostile strings', () => {
  for (const value of HOSTILE) {
    it(`survive exactly, minus what XML forbids: ${JSON.stringify(value).slice(0, 40)}`, () => {
      const clean = xmlRead(value)
      const xml = toRss(hostileTree(value))
      const feed = readFeed(xml)
      const item = feed.items[0]!
      // A real feed reader (it trims).
      expect(feed.title).toBe(clean.trim())
      // Descriptions read as the text (markup in them shows, never runs:
      // see the consumer tests for feedparser).
      expect(feed.description).toBe(clean.trim())
      expect(item.title).toBe(clean.trim())
      expect(item.id).toBe(`id ${clean}`.trim())
      expect(item.description).toBe(clean.replace(/\s+/g, ' ').trim())
      // A plain XML parser, untrimmed.
      const {channel} = readXml(xml)
      expect(rssRead(channel.title)).toBe(clean)
      expect(rssRead(channel.item?.[0]?.title ?? '')).toBe(clean)
      // Author names are collapsed plain text. (Read here, as feed-parser takes
      // `<…>` in a creator for an email address.)
      expect(channel.item?.[0]?.['dc:creator']).toEqual([clean.replace(/\s+/g, ' ').trim()])
      const html = channel.item?.[0]?.['content:encoded'] ?? ''
      expect(html).toBe(item.content)
      // The HTML's text: paragraph, alt and caption, credit.
      const read = htmlText(html)
      expect(read).toContain(clean.replace(/[ \t]*\n[ \t]*/g, '\n'))
      expect(read.split(clean).length).toBeGreaterThanOrEqual(3)
      expect(htmlElements(html)).toEqual(['p', 'figure', 'img', 'figcaption', 'small'])
    })
  }

  it('keep `]]>` out of character data however often it occurs', () => {
    const value = ']]>'.repeat(5)
    const xml = toRss(hostileTree(value))
    expect(readFeed(xml).items[0]?.title).toBe(value)
  })

  it('survive in any combination', () => {
    const unit = fc.oneof(
      fc.constantFrom(
        '<',
        '>',
        '&',
        ']]>',
        ']',
        '&amp;',
        '&#x26;',
        '"',
        "'",
        '😀',
        '\u0000',
        '\u001B',
        '\uD800',
        '\uDFFF',
        '\uFFFE',
        ' ',
        '\n',
        '\r'
      ),
      fc.string({unit: 'binary', minLength: 1, maxLength: 1})
    )
    const hostile = fc.string({unit, minLength: 1, maxLength: 40})
    fc.assert(
      fc.property(hostile, (value) => {
        const clean = xmlRead(value)
        fc.pre(clean.trim() !== '')
        const xml = toRss(hostileTree(value))
        const feed = readFeed(xml)
        expect(feed.items[0]?.title).toBe(clean.trim())
        expect(rssRead(readXml(xml).channel.item?.[0]?.title ?? '')).toBe(clean)
        // HTML white space around line breaks is not significant: compare a line.
        const line = clean.split('\n')[0]!.trim()
        expect(htmlText(feed.items[0]?.content ?? '')).toContain(line)
      }),
      {numRuns: 300}
    )
  })

  it('never throw on a tree, whatever its strings: well-formed, one item, the headline kept (bad URL options are a TypeError)', () => {
    const word = fc.string({unit: 'binary', maxLength: 20})
    fc.assert(
      fc.property(word, word, word, (a, b, c) => {
        const tree = root([
          meta({title: a, url: b, description: c, language: a, updated: b}),
          summary(a, [paragraph(b)]),
          post({id: a, headline: b, published: c, updated: a, authors: [author(c)]}, [
            paragraph(a),
            media({url: b, title: c, duration: a, credit: b, source: c, kind: 'video'}, a)
          ])
        ])
        const xml = toRss(tree, {
          url: 'https://x.example/live',
          postUrl: 'https://x.example/p/{id}'
        })
        // Strictly well-formed (readFeed checks), one item for the one post.
        expect(readFeed(xml).items).toHaveLength(1)
        const channel = readXml(xml).channel
        expect(channel.item).toHaveLength(1)
        // The text survives, minus what XML forbids (blank: the writer's fallbacks).
        if (xmlRead(a).trim()) expect(channel.title).toBe(xmlRead(a))
        else expect(channel.title?.trim()).toBeTruthy()
        if (xmlRead(b).trim()) expect(channel.item?.[0]?.title).toBe(xmlRead(b))
        const options = {url: c, feedUrl: a, postUrl: `${b}{id}`}
        try {
          readFeed(toRss(tree, options))
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError)
          expect(String(error)).toMatch(/`(url|feedUrl|postUrl)` must be an absolute/)
        }
        // With a file, a fatal message instead, and a feed all the same.
        expect(readFeed(toRss(tree, {...options, file: new VFile()})).items).toHaveLength(1)
      }),
      {numRuns: 200}
    )
  })
})
