// lbast → RSS 2.0 (https://www.rssboard.org/rss-specification), built as a
// xast tree and serialised by `xast-util-to-xml`. Deterministic: the output
// depends only on the tree and the options (the clock only through `now`).
import type {Post, Root} from '@liveblog/core'
import {postId} from '@liveblog/core'
import type {Root as XastRoot} from 'xast'
import {type Raw, toXml} from 'xast-util-to-xml'
import {x} from 'xastscript'
import {channelFacts} from './channel.js'
import {htmlText} from './html-text.js'
import {type ItemInput, item} from './item.js'
import {createWarn, type Warn} from './messages.js'
import {NAMESPACES, type Prefix} from './namespaces.js'
import {DEFAULT_DESCRIPTION_LENGTH, DEFAULT_GENERATOR, type ToRssOptions} from './options.js'
import {postsHtml} from './post-html.js'
import {postLinker} from './post-links.js'
import {formatRfc822, formatRfc822Utc, type IsoTime} from './rfc822.js'
import {latest, readTime} from './times.js'
import {block, empty, leaf, lineBreak} from './xml-build.js'
import {xmlChars} from './xml-chars.js'

// Where the items go in the serialised channel. It holds NUL, which no text
// in the feed can hold (XML forbids it and `xmlChars` drops it), so it is
// found only where it was put.
const ITEMS_SLOT: Raw = {type: 'raw', value: '\u0000items\u0000'}
// Items sit at depth 2 (rss 0, channel 1); `block` puts this between them.
const ITEM_DEPTH = 2
const ITEM_SEPARATOR = lineBreak(ITEM_DEPTH)
// Posts whose bodies are turned into HTML in one go (see below).
const BODIES_AT_ONCE = 32

/** Serialises an lbast tree as an RSS 2.0 feed. Never throws on a valid tree. */
export function toRss(tree: Root, options: ToRssOptions = {}): string {
  const warn = createWarn(options.file)
  const children = Array.isArray(tree?.children) ? tree.children : []
  const meta = children.find((child) => child.type === 'meta')
  const facts = channelFacts(tree, meta, options, warn)
  const link = postLinker(facts.postUrl, facts.pageUrl)

  // Times are read in source order, so their warnings come in that order.
  let newest: IsoTime | undefined
  const ids = new Set<string>()
  const inputs: ItemInput[] = []
  for (const post of children) {
    if (post.type !== 'post') continue
    const published = readTime(post.published, 'published', post, warn)
    const updated = readTime(post.updated, 'updated', post, warn)
    newest = latest(newest, latest(published, updated))
    const id = uniqueId(post, ids, warn)
    inputs.push({post, id, published, link: link(id)})
  }
  if (options.sort === 'time') inputs.sort(newestFirst)

  const used = new Set<Prefix>()
  const settings = {
    descriptionLength: options.descriptionLength ?? DEFAULT_DESCRIPTION_LENGTH,
    warn,
    use: (prefix: Prefix) => used.add(prefix)
  }
  // Bodies go to HTML a few posts at a time and each item is serialised by
  // `toXml` as soon as it is built, so their hast and xast can go: a large
  // feed never holds every post's hast or every item's xast at once.
  const items: string[] = []
  for (let start = 0; start < inputs.length; start += BODIES_AT_ONCE) {
    const chunk = inputs.slice(start, start + BODIES_AT_ONCE)
    const bodies = postsHtml(
      chunk.map((input) => (Array.isArray(input.post.children) ? input.post.children : [])),
      warn
    )
    for (let index = 0; index < chunk.length; index++) {
      items.push(
        toXml(item(chunk[index]!, bodies[index]!, settings, ITEM_DEPTH), {closeEmptyElements: true})
      )
    }
  }

  const pubDate = meta ? readTime(meta.published, 'published', meta, warn) : undefined
  const lastBuildDate = options.now
    ? formatRfc822Utc(options.now)
    : (() => {
        const time = (meta && readTime(meta.updated, 'updated', meta, warn)) || newest
        return time ? formatRfc822(time) : undefined
      })()
  const generator = options.generator === false ? '' : (options.generator ?? DEFAULT_GENERATOR)
  if (facts.feedUrl) used.add('atom')

  const channel = block(
    'channel',
    {},
    [
      leaf('title', facts.title),
      leaf('link', facts.link),
      leaf('description', htmlText(facts.description)),
      facts.language ? leaf('language', facts.language) : undefined,
      pubDate ? leaf('pubDate', formatRfc822(pubDate)) : undefined,
      lastBuildDate ? leaf('lastBuildDate', lastBuildDate) : undefined,
      generator ? leaf('generator', generator) : undefined,
      facts.feedUrl
        ? empty('atom:link', {href: facts.feedUrl, rel: 'self', type: 'application/rss+xml'})
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
  const frame = toXml(rss, {allowDangerousXml: true, closeEmptyElements: true})
  // The items go into the serialised frame at their slot: `toXml` joins each
  // element's children into a new string, so items inside the xast would be
  // copied once per enclosing element (document, rss, channel), which is most
  // of the time a large feed takes.
  const slot = frame.indexOf(ITEMS_SLOT.value)
  if (slot === -1) return `${toXml(declaration)}\n${frame}\n`
  let result = `${toXml(declaration)}\n${frame.slice(0, slot)}`
  for (let index = 0; index < items.length; index++) {
    result += index === 0 ? items[index] : ITEM_SEPARATOR + items[index]
  }
  return `${result}${frame.slice(slot + ITEMS_SLOT.value.length)}\n`
}

/** The post's id, made unique in the feed (a guid must be unique). */
function uniqueId(post: Post, seen: Set<string>, warn: Warn): string {
  let base = typeof post.id === 'string' ? xmlChars(post.id).trim() : ''
  if (!base) {
    warn('Post without id: derived one from its headline and time', post, 'missing-id')
    base = postId({...post, headline: String(post.headline ?? ''), children: post.children ?? []})
  }
  let id = base
  for (let n = 2; seen.has(id); n++) id = `${base}-${n}`
  if (id !== base) warn(`Duplicate post id \`${base}\`: guid is \`${id}\``, post, 'duplicate-id')
  seen.add(id)
  return id
}

// Newest first; posts without a time after those with one. `Array#sort` is
// stable, so equal times keep their source order.
function newestFirst(a: ItemInput, b: ItemInput): number {
  if (a.published && b.published) return b.published.instant - a.published.instant
  if (a.published) return -1
  if (b.published) return 1
  return 0
}
