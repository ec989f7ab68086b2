// The URL policy (issue 14, "Security"): only http, https, mailto, tel and
// relative URLs become live, however the URL is spelt. Checked on what the
// writers produce, read the way consumers read it: the RSS HTML attributes as
// a browser resolves them (the WHATWG URL parser), the Markdown as a
// CommonMark renderer that trusts every protocol renders it (micromark with
// `allowDangerousProtocol`), then as a browser resolves that.
import {isSafeUrl, link, paragraph, post, type Root, root, text} from '@liveblog/core'
import {fromMarkdown} from '@liveblog/reader-markdown'
import {toMarkdown} from '@liveblog/writer-markdown'
import {toRss} from '@liveblog/writer-rss'
import {XMLParser} from 'fast-xml-parser'
import {micromark} from 'micromark'
import {parseEntities} from 'parse-entities'
import {describe, expect, it} from 'vitest'

const ALLOWED = new Set(['http:', 'https:', 'mailto:', 'tel:'])
const BASE = 'https://example.com/live/'

/**
 * The protocol a browser gives an attribute value (already entity-decoded),
 * or the first not allowed of it and the value trimmed of all Unicode white
 * space, as some renderers (marked) trim destinations before writing them.
 */
function browserProtocol(value: string): string {
  const protocols = [value, value.trim()].map((candidate) => {
    try {
      return new URL(candidate, BASE).protocol
    } catch {
      return 'invalid:'
    }
  })
  return protocols.find((protocol) => !ALLOWED.has(protocol)) ?? protocols[0]!
}

/** Every `href` and `src` value in an HTML string, decoded as a browser does. */
function attributeUrls(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)\s*=\s*"([^"]*)"/gi)].map((match) =>
    parseEntities(match[1]!)
  )
}

const SCHEMES = ['javascript', 'vbscript', 'data', 'livescript', 'file', 'blob']
const PREFIXES = ['', ' ', '\u00a0', '\ufeff', '\u3000', '\u2028', '\u200b', '\t', '\u0001']

/** Destinations as they appear in a tree (after any Markdown decoding). */
function hostileUrls(): string[] {
  const urls: string[] = []
  for (const scheme of SCHEMES) {
    const [first, ...rest] = scheme
    for (const prefix of PREFIXES) urls.push(`${prefix}${scheme}:alert(1)`)
    urls.push(
      `${scheme.toUpperCase()}:alert(1)`,
      `${first}\t${rest.join('')}:alert(1)`,
      `${first}\n${rest.join('')}:alert(1)`,
      `${scheme}&colon;alert(1)`,
      `${scheme}&#58;alert(1)`,
      `&#x${first!.charCodeAt(0).toString(16)};${rest.join('')}:alert(1)`
    )
  }
  return urls
}

function treeWithLinks(urls: string[]): Root {
  return root(
    urls.map((url, index) =>
      post({id: `p${index}`, headline: `Tide table ${index}`, authors: []}, [
        paragraph([
          text('See the '),
          link(url, [text('tide table')]),
          text(' or the '),
          link('https://example.com/tides', [text('safe one')]),
          text('.')
        ])
      ])
    )
  )
}

const urls = hostileUrls()

describe('the URL policy', () => {
  it('refuses every hostile spelling in core', () => {
    for (const url of urls) expect(isSafeUrl(url), JSON.stringify(url)).toBe(false)
  })

  it('writer-rss makes none of them live in a browser', () => {
    const rss = toRss(treeWithLinks(urls), {url: BASE})
    const feed = new XMLParser({htmlEntities: true, parseTagValue: false}).parse(rss)
    const items = [feed.rss.channel.item].flat()
    expect(items).toHaveLength(urls.length)
    let links = 0
    for (const item of items) {
      for (const html of [item.description, item['content:encoded']].filter(Boolean)) {
        for (const value of attributeUrls(String(html))) {
          links++
          expect(ALLOWED.has(browserProtocol(value)), value).toBe(true)
        }
      }
    }
    // Only the safe link of each post is live (the hostile ones became text).
    expect(links).toBe(urls.length)
  })

  it('writer-markdown makes none of them live in a renderer that trusts every protocol', () => {
    const markdown = toMarkdown(treeWithLinks(urls))
    const html = micromark(markdown, {allowDangerousProtocol: true})
    const values = attributeUrls(html)
    for (const value of values) expect(ALLOWED.has(browserProtocol(value)), value).toBe(true)
    expect(values).toHaveLength(urls.length)
    expect(html).toContain('tide table')
  })

  it('Markdown read and written again keeps none of them live', () => {
    // Angle-bracket destinations and invisible leading spaces, as the issue found.
    const source = [
      '## Tide table',
      '',
      ...SCHEMES.flatMap((scheme) => [
        `[a](<${scheme}:alert(1)>)`,
        '',
        `[b](<\u00a0${scheme}:alert(1)>)`,
        '',
        `[c](\ufeff${scheme}:alert(1))`,
        '',
        `[d](${scheme}&colon;alert(1))`,
        '',
        `[e](<\u3000${scheme}:alert(1)>)`,
        ''
      ])
    ].join('\n')
    const markdown = toMarkdown(fromMarkdown(source))
    const html = micromark(markdown, {allowDangerousProtocol: true})
    expect(html).toContain('<p>e</p>') // the link text is kept
    for (const value of attributeUrls(html)) {
      expect(ALLOWED.has(browserProtocol(value)), value).toBe(true)
    }
  })

  it('keeps the allowed schemes and relative URLs live', () => {
    const kept = [
      'https://example.com/a',
      'http://example.com',
      'mailto:desk@example.com',
      'tel:+15555550100',
      '/live#p1'
    ]
    const rss = toRss(treeWithLinks(kept), {url: BASE})
    // Feeds are read away from the page: relative URLs are made absolute.
    for (const url of kept) {
      expect(rss).toContain(`href="${url.startsWith('/') ? new URL(url, BASE).href : url}"`)
    }
  })
})
