// lbast → Atom 1.0 (RFC 4287, https://www.rfc-editor.org/rfc/rfc4287), built
// as a xast tree and serialised by `xast-util-to-xml`. What goes in each
// entry comes from `@liveblog/lbast-util-to-hast`'s `feedModel`, as for RSS.
// Deterministic: the output depends only on the tree and the options.
import type {Nodes, Root} from '@liveblog/core'
import {
  xmlBlock as block,
  createFail,
  createWarn,
  xmlEmpty as empty,
  type FeedEntry,
  type FeedModel,
  feedHtml,
  feedModel,
  formatRfc3339,
  fromDate,
  type IsoTime,
  xmlLeaf as leaf,
  xmlLineBreak as lineBreak,
  serializeXml,
  type Warn
} from '@liveblog/lbast-util-to-hast'
import type {Element, Root as XastRoot} from 'xast'
import type {Raw} from 'xast-util-to-xml'
import {x} from 'xastscript'
import {entryId, feedId} from './ids.js'
import {DEFAULT_GENERATOR, type ToAtomOptions, UNKNOWN_UPDATED} from './options.js'

/** The `source` of every message this package puts on a file. */
const SOURCE = '@liveblog/writer-atom'

const ATOM = 'http://www.w3.org/2005/Atom'
// See writer-rss: the entries are joined into the serialised frame here.
const ENTRIES_SLOT: Raw = {type: 'raw', value: '\u0000entries\u0000'}
const ENTRY_DEPTH = 1
const ENTRY_SEPARATOR = lineBreak(ENTRY_DEPTH)

/**
 * Serialises an lbast tree as an Atom 1.0 feed. Never throws on a valid tree.
 * A `url`, `feedUrl` or `postUrl` that is not an absolute URL is a fatal
 * `invalid-option` message on `options.file` and is left out; without a file
 * it throws a `TypeError`.
 */
export function toAtom(tree: Root, options: ToAtomOptions = {}): string {
  const warn = createWarn(options.file, SOURCE)
  const model = feedModel(tree, options, warn, createFail(options.file, SOURCE))

  // §4.1.1: a feed's `updated` is required; each entry's too (§4.1.2), its
  // own `updated` else its `published` else the feed's.
  const updated = options.now ? fromDate(options.now) : model.updated
  const feedUpdated = updated ? formatRfc3339(updated) : UNKNOWN_UPDATED
  if (!updated) {
    warn(
      `No time in the tree and no \`now\`: feed \`updated\` is \`${UNKNOWN_UPDATED}\``,
      tree,
      'missing-updated'
    )
  }
  // §4.1.1: every entry needs an author, its own or the feed's.
  const feedAuthors = model.authors.length > 0 ? model.authors : [model.site ?? model.title]
  const entries = model.entries.map((entry) =>
    serializeXml(entryElement(entry, model, feedUpdated, warn), {closeEmptyElements: true})
  )
  model.chars.report(warn)

  const generator = options.generator === false ? '' : (options.generator ?? DEFAULT_GENERATOR)
  const feed = block(
    'feed',
    {xmlns: ATOM, 'xml:lang': model.language},
    [
      leaf('title', model.title, {type: 'text'}),
      leaf('subtitle', model.description, {type: 'text'}),
      model.pageUrl
        ? empty('link', {rel: 'alternate', type: 'text/html', href: model.pageUrl})
        : undefined,
      model.feedUrl
        ? empty('link', {rel: 'self', type: 'application/atom+xml', href: model.feedUrl})
        : undefined,
      leaf('id', feedId(model.feedUrl, model.pageUrl, model.title)),
      leaf('updated', feedUpdated),
      model.published ? leaf('published', formatRfc3339(model.published)) : undefined,
      ...feedAuthors.map((name) => person(name, ENTRY_DEPTH)),
      generator ? leaf('generator', generator) : undefined,
      entries.length > 0 ? ENTRIES_SLOT : undefined
    ],
    0
  )
  const declaration: XastRoot = x(null, [
    {type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"'}
  ])
  const frame = serializeXml(feed, {closeEmptyElements: true})
  const slot = frame.indexOf(ENTRIES_SLOT.value)
  if (slot === -1) return `${serializeXml(declaration)}\n${frame}\n`
  let result = `${serializeXml(declaration)}\n${frame.slice(0, slot)}`
  for (let index = 0; index < entries.length; index++) {
    result += index === 0 ? entries[index] : ENTRY_SEPARATOR + entries[index]
  }
  return `${result}${frame.slice(slot + ENTRIES_SLOT.value.length)}\n`
}

/** One `<entry>` (§4.1.2). */
function entryElement(
  entry: FeedEntry,
  model: FeedModel,
  feedUpdated: string,
  warn: Warn
): Element {
  const html = model.chars.clean(feedHtml(entry.content()), entry.post)
  const tags = tagsOf(entry.post)
  return block(
    'entry',
    {},
    [
      leaf('title', entry.title, {type: 'text'}),
      entry.url ? empty('link', {rel: 'alternate', type: 'text/html', href: entry.url}) : undefined,
      leaf('id', entryId(entry.id, entry.url)),
      date('published', entry.published, entry.post, warn),
      entry.updated || entry.published
        ? date('updated', entry.updated ?? entry.published, entry.post, warn)
        : leaf('updated', feedUpdated),
      ...entry.authors.map((name) => person(name, ENTRY_DEPTH + 1)),
      ...tags.map((term) => empty('category', {term})),
      entry.summary ? leaf('summary', entry.summary, {type: 'text'}) : undefined,
      html ? leaf('content', html, {type: 'html'}) : undefined
    ],
    ENTRY_DEPTH
  )
}

/** `<author><name>…</name></author>` (§3.2). */
function person(name: string, depth: number): Element {
  return block('author', {}, [leaf('name', name)], depth)
}

/** An RFC 3339 date element (§3.3) with the source's offset. */
function date(
  name: string,
  time: IsoTime | undefined,
  node: Nodes,
  warn: Warn
): Element | undefined {
  if (!time) return undefined
  if (time.year < 1000) {
    warn(`Year ${time.year} in \`${name}\` is before 1000; check the time`, node, 'early-year')
  }
  return leaf(name, formatRfc3339(time))
}

/** A post's tags, when a tree carries them (`post.data.tags`, strings). */
function tagsOf(post: FeedEntry['post']): string[] {
  const tags = (post.data as {tags?: unknown} | undefined)?.tags
  if (!Array.isArray(tags)) return []
  return tags.filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '')
}
