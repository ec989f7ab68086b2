// Issue 12 (RSS faults, and the feed-writer items of issues 10 and 14), each
// with its right value, in all three feed writers where it applies. Inputs
// are invented.

import {PassThrough} from 'node:stream'
import {run} from '@liveblog/cli'
import {author, meta, paragraph, post, type Root, root, text} from '@liveblog/core'
import {fromMarkdown} from '@liveblog/reader-markdown'
import {toAtom} from '@liveblog/writer-atom'
import {toJsonFeed, toJsonFeedObject} from '@liveblog/writer-json-feed'
import {toMarkdown} from '@liveblog/writer-markdown'
import {toRss} from '@liveblog/writer-rss'
import {parseFeed} from '@rowanmanning/feed-parser'
import {parseRssFeed} from 'feedsmith'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {feedparserPython, readWithFeedparser} from './feed-consumers.js'
import {expectLinear} from './linear.js'

const PAGE = 'https://example.com/live/storm'
const META = meta({title: 'Storm', url: PAGE, description: 'Storm live'})

/** content:encoded, Atom content and JSON content_html of a one-post tree, as HTML. */
function bodies(tree: Root, options: Record<string, string> = {}) {
  const files = [new VFile(), new VFile(), new VFile()] as const
  const rss = parseFeed(toRss(tree, {...options, file: files[0]})).items[0]?.content ?? ''
  const atom = parseFeed(toAtom(tree, {...options, file: files[1]})).items[0]?.content ?? ''
  const json = toJsonFeedObject(tree, {...options, file: files[2]}).items[0]?.content_html ?? ''
  return {html: [rss, atom, json], files}
}

const markdownPost = '## Road closures\n\nSee the [map](/maps/closures) and ![x](img/a.jpg).\n'

describe('relative URLs', () => {
  it('resolve against the page URL in every feed', () => {
    const tree = fromMarkdown(markdownPost)
    const {html, files} = bodies(tree, {url: PAGE})
    for (const value of html) {
      expect(value).toContain('href="https://example.com/maps/closures"')
      expect(value).toContain('src="https://example.com/live/img/a.jpg"')
    }
    for (const file of files)
      expect(file.messages.map((m) => m.ruleId)).not.toContain('relative-url')
  })

  it('resolve against the post URL when there is a permalink', () => {
    const tree = fromMarkdown(markdownPost)
    const {html} = bodies(tree, {url: PAGE, postUrl: 'https://example.com/posts/{id}/'})
    for (const value of html) {
      expect(value).toContain('href="https://example.com/maps/closures"')
      expect(value).toContain('src="https://example.com/posts/road-closures-')
      expect(value).toMatch(/src="https:\/\/example\.com\/posts\/road-closures-\w+\/img\/a\.jpg"/)
    }
  })

  it('stay as they are with a warning when there is no base', () => {
    const tree = fromMarkdown(markdownPost)
    const {html, files} = bodies(tree)
    for (const value of html) expect(value).toContain('href="/maps/closures"')
    for (const file of files) {
      expect(file.messages.filter((m) => m.ruleId === 'relative-url')).toHaveLength(2)
    }
  })

  it('a relative --url or --feed-url is a usage error of the CLI, and nothing is written', async () => {
    for (const [to, flag] of [
      ['rss', '--url'],
      ['atom', '--feed-url'],
      ['jsonfeed', '--url']
    ]) {
      const stdin = Object.assign(new PassThrough(), {isTTY: false})
      stdin.end(markdownPost)
      const stdout = new PassThrough()
      const stderr = new PassThrough()
      let out = ''
      let err = ''
      stdout.on('data', (chunk) => {
        out += chunk
      })
      stderr.on('data', (chunk) => {
        err += chunk
      })
      const code = await run(['--from', 'markdown', '--to', to!, flag!, '/live/storm'], {
        stdin,
        stdout,
        stderr
      })
      // A usage error, before any file is read.
      expect(code, err).toBe(2)
      expect(out).toBe('')
      expect(err.split('\n')[0]).toBe(
        `liveblog: Invalid value \`/live/storm\` for \`${flag}\`: expected an absolute http(s) URL, like ${flag === '--url' ? 'https://example.com/live' : 'https://example.com/feed.xml'}`
      )
    }
  })
})

describe('plain text in descriptions and titles', () => {
  const items = (tree: Root) => {
    const rss = parseFeed(toRss(tree)).items
    const atom = parseFeed(toAtom(tree)).items
    const json = toJsonFeedObject(tree).items
    return {rss, atom, json}
  }

  it('a hard break and a block boundary are spaces', () => {
    const tree = fromMarkdown(
      '## Route\n\nmile 3\\\nand mile 9.\n\n- one\n- two\n\n## \n\nmile 3\\\nand mile 9.\n'
    )
    const {rss, atom, json} = items(tree)
    expect(rss[0]?.description).toBe('mile 3 and mile 9.')
    expect(atom[0]?.description).toBe('mile 3 and mile 9.')
    expect(json[0]?.summary).toBe('mile 3 and mile 9.')
    expect(json[0]?.content_text).toBe('mile 3 and mile 9. one two')
    // The title taken from the text of a post without headline.
    expect(rss[1]?.title).toBe('mile 3 and mile 9.')
    expect(json[1]?.title).toBe('mile 3 and mile 9.')
  })

  it('inline HTML adds no space', () => {
    const tree = fromMarkdown('## Flow\n\nThe river carried 3.2 m<sup>3</sup> per second.\n')
    const {rss, json} = items(tree)
    expect(rss[0]?.description).toBe('The river carried 3.2 m3 per second.')
    expect(json[0]?.summary).toBe('The river carried 3.2 m3 per second.')
  })

  it('a cut never splits a flag or a ZWJ sequence', () => {
    const graphemes = (value: string) =>
      [...new Intl.Segmenter(undefined, {granularity: 'grapheme'}).segment(value)].map(
        (segment) => segment.segment
      )
    const body = `Aid ${'🇺🇦👩‍🔬'.repeat(40)} arrived`
    const whole = new Set(graphemes(body))
    for (let limit = 5; limit < 60; limit++) {
      const tree = root([post({id: 'a', headline: 'A'}, [paragraph(body)])])
      const description = toJsonFeedObject(tree, {descriptionLength: limit}).items[0]?.summary ?? ''
      expect(description.length).toBeLessThanOrEqual(limit)
      expect(description.endsWith('…')).toBe(true)
      for (const cluster of graphemes(description.slice(0, -1))) {
        expect(whole.has(cluster), `${limit}: ${JSON.stringify(cluster)}`).toBe(true)
      }
      const rss = parseFeed(toRss(tree, {descriptionLength: limit})).items[0]?.description
      expect(rss).toBe(description)
    }
  })
})

describe('entities and markup in RSS titles and descriptions', () => {
  const TEXTS = [
    'Fish & chips at the AT&T stand',
    '3 < 4 and 5 > 2',
    'Boats <b onmouseover=alert(3)>gather</b> at the quay',
    'a literal &amp; and &#38; stay as written',
    'Storm 🇺🇦 and 👩‍🔬'
  ]
  const tree = root([
    META,
    ...TEXTS.map((value, index) => post({id: `p${index}`, headline: value}, [paragraph(value)]))
  ])
  const xml = toRss(tree)

  it('@rowanmanning/feed-parser and feedsmith read the printed text', () => {
    const rw = parseFeed(xml).items
    const fs = parseRssFeed(xml).items ?? []
    TEXTS.forEach((value, index) => {
      expect(rw[index]?.title).toBe(value)
      expect(rw[index]?.description).toBe(value)
      // feedsmith returns element text as it is: exact when it holds nothing
      // markup-like; else HTML whose text is the value (checked below).
      const read = (raw: string | undefined) =>
        /&#?\w+;/.test(raw ?? '') ? decode(raw ?? '') : raw
      expect(read(fs[index]?.title)).toBe(value)
      expect(read(fs[index]?.description)).toBe(value)
    })
    expect(fs[0]?.description).toBe(TEXTS[0])
    // Never HTML-escaped and then XML-escaped where plain text will do.
    expect(xml).toContain('<description>Fish &#x26; chips at the AT&#x26;T stand</description>')
  })

  const python = feedparserPython()
  it.skipIf(!python && process.env.CI === undefined)(
    'Python feedparser reads the printed text, and markup in a title as text, not HTML',
    () => {
      const feed = readWithFeedparser(python!, new Map([['t.xml', xml]])).get('t.xml')!
      expect(feed.bozo).toBeFalsy()
      TEXTS.forEach((value, index) => {
        expect(feed.entries[index]?.title).toBe(value)
      })
      // Plain text stays plain for feedparser; markup comes as HTML that shows it.
      expect(feed.entries[0]?.title_type).toBe('text/plain')
      expect(feed.entries[2]?.title_type).toBe('text/html')
    }
  )
})

/** HTML character references decoded (the five XML ones and numeric ones). */
function decode(value: string): string {
  const named: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}
  return value.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (all, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
    return named[name] ?? all
  })
}

describe('order by time', () => {
  it('keeps undated posts at their place, with a warning, in every feed', () => {
    const tree = root([
      META,
      post({id: 'old', headline: 'Old', published: '2024-01-16T08:00:00-05:00'}),
      post({id: 'undated', headline: 'No time'}),
      post({id: 'new', headline: 'New', published: '2024-01-16T09:00:00-05:00'})
    ])
    const files = [new VFile(), new VFile(), new VFile()]
    const rss = parseFeed(toRss(tree, {sort: 'time', file: files[0]})).items.map((i) => i.id)
    const atom = parseFeed(toAtom(tree, {sort: 'time', file: files[1]})).items.map((i) => i.id)
    const json = toJsonFeedObject(tree, {sort: 'time', file: files[2]}).items.map((i) => i.id)
    expect(rss).toEqual(['new', 'undated', 'old'])
    expect(atom).toEqual([`${PAGE}#new`, `${PAGE}#undated`, `${PAGE}#old`])
    expect(json).toEqual(['new', 'undated', 'old'])
    for (const file of files) {
      expect(file.messages.filter((m) => m.ruleId === 'undated-post')).toHaveLength(1)
    }
  })
})

describe('times and characters feeds cannot carry', () => {
  it('RSS writes years 100–999 with four digits and leaves out earlier ones, with warnings', () => {
    const tree = root([
      META,
      post({id: 'a', headline: 'A', published: '0999-12-31T10:00:00Z'}),
      post({id: 'b', headline: 'B', published: '0099-12-31T10:00:00Z'})
    ])
    const file = new VFile()
    const xml = toRss(tree, {file})
    expect(xml).toContain('<pubDate>Tue, 31 Dec 0999 10:00:00 +0000</pubDate>')
    expect(xml).not.toContain(' 99 ')
    expect(xml).not.toContain('0099')
    expect(parseFeed(xml).items[0]?.published?.toISOString()).toBe('0999-12-31T10:00:00.000Z')
    // Item a, item b and the channel's lastBuildDate (the newest, item a).
    expect(file.messages.filter((m) => m.ruleId === 'early-year')).toHaveLength(3)
    // RFC 3339 has four-digit years: Atom and JSON Feed keep both.
    expect(toAtom(tree)).toContain('<published>0099-12-31T10:00:00Z</published>')
    expect(toJsonFeedObject(tree).items[1]?.date_published).toBe('0099-12-31T10:00:00Z')
  })

  it('NUL and C1 controls are dropped, with one message per feed', () => {
    const value = 'Ferry\u0000 resumes\u0085 service \u0092today\u009F'
    const tree = root([
      META,
      post({id: 'a', headline: value, authors: [author('Ana\u0000 Ruiz')]}, [paragraph(value)])
    ])
    for (const write of [toRss, toAtom, toJsonFeed]) {
      const file = new VFile()
      const output = write(tree, {file})
      expect(output).not.toMatch(/[\u0000\u0080-\u009F]/)
      expect(output).toContain('Ferry resumes service today')
      expect(output).toContain('Ana Ruiz')
      const messages = file.messages.filter((m) => m.ruleId === 'control-character')
      expect(messages).toHaveLength(1)
      expect(messages[0]?.reason).toMatch(/^Dropped \d+ control characters/)
    }
  })

  it('NUL, C0 and C1 controls are dropped from Markdown too, with one message', () => {
    // CommonMark reads NUL back as U+FFFD; C1 controls show as boxes.
    const value = 'Ferry\u0000 resumes\u0085 service \u0001today\u009F'
    const tree = root([
      META,
      post({id: 'a', headline: value, authors: [author('Ana\u0000 Ruiz')]}, [
        paragraph(value),
        paragraph('\u0000# not a heading')
      ])
    ])
    const file = new VFile()
    const markdown = toMarkdown(tree, {file})
    expect(markdown).not.toMatch(/[\u0000-\u0008\u0080-\u009F]/)
    expect(markdown).toContain('Ferry resumes service today')
    expect(markdown).toContain('Ana Ruiz')
    // Escaped as the text reads without the control, so no heading appears.
    const back = fromMarkdown(markdown)
    expect(JSON.stringify(back)).toContain('# not a heading')
    expect(back.children.filter((node) => node.type === 'post')).toHaveLength(1)
    const messages = file.messages.filter((m) => m.ruleId === 'control-character')
    expect(messages).toHaveLength(1)
    expect(messages[0]?.reason).toMatch(/^Dropped 10 control characters/)
    // A tree without them is written as before, with no such message.
    const clean = new VFile()
    toMarkdown(root([META, post({id: 'a', headline: 'Ferry'}, [paragraph('Plain.')])]), {
      file: clean
    })
    expect(clean.messages.filter((m) => m.ruleId === 'control-character')).toEqual([])
  })
})

describe('one long list', () => {
  it('writer-rss time grows linearly with the items of one list', () => {
    const make = (n: number) => String(n)
    const tree = (n: number): Root =>
      root([
        META,
        post({id: 'a', headline: 'A'}, [
          {
            type: 'list',
            ordered: false,
            spread: false,
            children: Array.from({length: n}, (_, index) => ({
              type: 'listItem' as const,
              spread: false,
              children: [paragraph([text(`item ${index}`)])]
            }))
          }
        ])
      ])
    const trees = new Map<string, Root>()
    const xml = expectLinear(
      (n) => {
        const key = make(n)
        trees.set(key, tree(n))
        // The input's size stands for its items: `expectLinear` divides by it.
        return key.padStart(n, ' ')
      },
      5_000,
      (input) => toRss(trees.get(input.trim())!),
      {samples: 3, minSample: 10}
    )
    expect(parseFeed(xml).items[0]?.content).toContain('<li>item 19999</li>')
  })
})
