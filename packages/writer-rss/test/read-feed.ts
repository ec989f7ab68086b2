// Reading a generated feed back the way consumers do: a strict well-formedness
// check, a real feed parser, and a plain XML parser for exact text.
import {parseFeed} from '@rowanmanning/feed-parser'
import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {expect} from 'vitest'

export type Feed = ReturnType<typeof parseFeed>

/** Validates `xml` strictly and parses it with `@rowanmanning/feed-parser`. */
export function readFeed(xml: string): Feed {
  expect(XMLValidator.validate(xml)).toBe(true)
  // XML 1.0 forbids `]]>` in character data; the validator does not look.
  expect(withoutCdata(xml)).not.toContain(']]>')
  return parseFeed(xml)
}

/** `xml` with each CDATA section replaced by a line break, which cannot join `]]` and `>`. */
function withoutCdata(xml: string): string {
  return xml
    .split('<![CDATA[')
    .map((part, index) => (index === 0 ? part : part.slice(part.indexOf(']]>') + 3)))
    .join('\n')
}

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Decodes numeric character references, as every XML parser must.
  htmlEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => name === 'item' || name === 'dc:creator'
})

export interface RawItem {
  title?: string
  link?: string
  guid?: string | {'#text': string; '@isPermaLink': string}
  pubDate?: string
  'dc:creator'?: string[]
  description?: string
  'content:encoded'?: string
}

export interface RawChannel {
  title: string
  link: string
  description: string
  language?: string
  pubDate?: string
  lastBuildDate?: string
  generator?: string
  'atom:link'?: Record<string, string>
  item?: RawItem[]
}

/** The feed as plain XML: `rss` attributes and the channel, text exact (untrimmed). */
export function readXml(xml: string): {rss: Record<string, string>; channel: RawChannel} {
  const {rss} = xmlParser.parse(xml) as {rss: Record<string, string> & {channel: RawChannel}}
  const {channel, ...attributes} = rss
  return {rss: attributes, channel}
}

const htmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  htmlEntities: true,
  preserveOrder: true,
  parseTagValue: false,
  trimValues: false
})

/**
 * The text of feed HTML. The writer's HTML is XML-compatible (`<img />`), so
 * an XML parser reads it; that it does is checked too.
 */
export function htmlText(html: string): string {
  const wrapped = `<div>${html}</div>`
  expect(XMLValidator.validate(wrapped)).toBe(true)
  return collect(htmlParser.parse(wrapped))
}

/** Names of the elements in feed HTML. */
export function htmlElements(html: string): string[] {
  return names(htmlParser.parse(`<div>${html}</div>`)).slice(1)
}

function names(nodes: unknown): string[] {
  if (!Array.isArray(nodes)) return []
  return (nodes as Array<Record<string, unknown>>).flatMap((node) =>
    Object.entries(node).flatMap(([key, value]) =>
      key === '#text' || key === ':@' ? [] : [key, ...names(value)]
    )
  )
}

function collect(nodes: unknown): string {
  if (!Array.isArray(nodes)) return ''
  let result = ''
  for (const node of nodes as Array<Record<string, unknown>>) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '#text') result += String(value)
      else if (key !== ':@') result += collect(value)
    }
  }
  return result
}

/** What an XML parser reads back from `value`: allowed characters, LF line endings. */
export function xmlRead(value: string): string {
  return xmlAllowed(value).replace(/\r\n?/g, '\n')
}

/** The characters XML 1.0 allows, by code point (independent of the writer's regex). */
export function xmlAllowed(value: string): string {
  let result = ''
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code >= 0x10000
    if (allowed) result += char
  }
  return result
}

/**
 * RSS `title`/`description` text as an HTML-aware consumer reads it (Python
 * feedparser's rule): text holding character references is HTML, so its
 * text is what shows; other text is as written.
 */
export function rssRead(raw: string): string {
  return /&#?\w+;/.test(raw) ? htmlText(raw) : raw
}
