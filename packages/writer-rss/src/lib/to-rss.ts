// lbast → RSS 2.0 (https://www.rssboard.org/rss-specification), built as a
// xast tree and serialised by `xast-util-to-xml`. What goes in each item
// (ids, links, times, titles, summaries, bodies as hast) comes from
// `@liveblog/lbast-util-to-hast`'s `feedModel`. Deterministic: the output
// depends only on the tree and the options (the clock only through `now`).
import type {Root} from '@liveblog/core'
import {
  xmlBlock as block,
  createFail,
  createWarn,
  xmlEmpty as empty,
  type FeedEntry,
  type FeedModel,
  feedHtml,
  feedModel,
  formatRfc822,
  fromDate,
  type IsoTime,
  xmlLeaf as leaf,
  xmlLineBreak as lineBreak,
  serializeXml,
  xmlNamedLeaf as urlLeaf,
  type Warn
} from '@liveblog/lbast-util-to-hast'
import type {Element, Root as XastRoot} from 'xast'
import type {Raw} from 'xast-util-to-xml'
import {x} from 'xastscript'
import {NAMESPACES, type Prefix} from './namespaces.js'
import {DEFAULT_GENERATOR, FALLBACK_LINK, type ToRssOptions} from './options.js'
import {textLeaf} from './rss-text.js'

/** The `source` of every message this package puts on a file. */
const SOURCE = '@liveblog/writer-rss'

// Where the items go in the serialised channel. It holds NUL, which no text
// in the feed can hold (XML forbids it and `feedChars` drops it), so it is
// found only where it was put.
const ITEMS_SLOT: Raw = {type: 'raw', value: '\u0000items\u0000'}
// Items sit at depth 2 (rss 0, channel 1); `block` puts this between them.
const ITEM_DEPTH = 2
const ITEM_SEPARATOR = lineBreak(ITEM_DEPTH)

/**
 * Serialises an lbast tree as an RSS 2.0 feed. Never throws on a valid tree.
 * A `url`, `feedUrl` or `postUrl` that is not an absolute URL (RSS requires
 * absolute links) is a fatal `invalid-option` message on `options.file` and
 * is left out; without a file it throws a `TypeError`.
 */
export function toRss(tree: Root, options: ToRssOptions = {}): string {
  const warn = createWarn(options.file, SOURCE)
  const model = feedModel(tree, options, warn, createFail(options.file, SOURCE))
  const used = new Set<Prefix>()

  // Each item is serialised by `toXml` as soon as it is built, so its tree
  // can go: a large feed never holds every item's xast at once.
  const items = model.entries.map((entry) =>
    serializeXml(item(entry, model, warn, used), {closeEmptyElements: true})
  )

  const lastBuildDate = options.now ? fromDate(options.now) : model.updated
  const generator = options.generator === false ? '' : (options.generator ?? DEFAULT_GENERATOR)
  if (model.feedUrl) used.add('atom')
  model.chars.report(warn)

  const channel = block(
    'channel',
    {},
    [
      textLeaf('title', model.title),
      urlLeaf('link', model.link ?? FALLBACK_LINK),
      textLeaf('description', model.description),
      model.language ? leaf('language', model.language) : undefined,
      rssDate('pubDate', model.published, tree, warn),
      rssDate('lastBuildDate', lastBuildDate, tree, warn),
      generator ? leaf('generator', generator) : undefined,
      model.feedUrl
        ? empty('atom:link', {href: model.feedUrl, rel: 'self', type: 'application/rss+xml'})
        : undefined,
      items.length > 0 ? ITEMS_SLOT : undefined
    ],
    1
  )

  const namespaces: Record<string, string> = {}
  for (const prefix of Object.keys(NAMESPACES) as Prefix[]) {
    if (used.has(prefix)) namespaces[`xmlns:${prefix}`] = NAMESPACES[prefix]
  }

  const declaration: XastRoot = x(null, [
    {type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"'}
  ])
  const rss = block('rss', {version: '2.0', ...namespaces}, [channel], 0)
  const frame = serializeXml(rss, {closeEmptyElements: true})
  // The items go into the serialised frame at their slot: `toXml` joins each
  // element's children into a new string, so items inside the xast would be
  // copied once per enclosing element (document, rss, channel), which is most
  // of the time a large feed takes.
  const slot = frame.indexOf(ITEMS_SLOT.value)
  if (slot === -1) return `${serializeXml(declaration)}\n${frame}\n`
  let result = `${serializeXml(declaration)}\n${frame.slice(0, slot)}`
  for (let index = 0; index < items.length; index++) {
    result += index === 0 ? items[index] : ITEM_SEPARATOR + items[index]
  }
  return `${result}${frame.slice(slot + ITEMS_SLOT.value.length)}\n`
}

/** One `<item>`: title, link, guid, pubDate, a `dc:creator` per author, description, content. */
function item(entry: FeedEntry, model: FeedModel, warn: Warn, used: Set<Prefix>): Element {
  const html = model.chars.clean(feedHtml(entry.content()), entry.post)
  if (html) used.add('content')
  if (entry.authors.length > 0) used.add('dc')
  return block(
    'item',
    {},
    [
      textLeaf('title', entry.title),
      entry.url ? urlLeaf('link', entry.url) : undefined,
      entry.permalink && entry.url
        ? urlLeaf('guid', entry.url, {isPermaLink: 'true'})
        : leaf('guid', entry.id, {isPermaLink: 'false'}),
      rssDate('pubDate', entry.published, entry.post, warn),
      ...entry.authors.map((name) => leaf('dc:creator', name)),
      entry.summary ? textLeaf('description', entry.summary) : undefined,
      html ? leaf('content:encoded', html) : undefined
    ],
    ITEM_DEPTH
  )
}

/**
 * An RFC 822 date element. RFC 2822 §3.3 allows a year of four or more
 * digits, so years 100–999 are written zero-padded (`0999`, never the
 * two-digit `99` readers take for 1999), with a warning. Years before 100
 * are left out with a warning: JavaScript's `Date` (used by JavaScript feed
 * readers) reads `0099` as 1999.
 */
function rssDate(
  name: string,
  time: IsoTime | undefined,
  node: Parameters<Warn>[1],
  warn: Warn
): Element | undefined {
  if (!time) return undefined
  if (time.year < 100) {
    warn(
      `Year ${time.year} in \`${name}\` cannot be written in RFC 822 so that every reader reads it: left out`,
      node,
      'early-year'
    )
    return undefined
  }
  if (time.year < 1000) {
    warn(
      `Year ${time.year} in \`${name}\` is before 1000: written as \`${String(time.year).padStart(4, '0')}\`; check the time`,
      node,
      'early-year'
    )
  }
  return leaf(name, formatRfc822(time))
}
