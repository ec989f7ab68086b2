// lbast → JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). What goes in
// each item comes from `@liveblog/lbast-util-to-hast`'s `feedModel`, as for
// RSS and Atom. Deterministic: the output depends only on the tree and the
// options.
import type {Nodes, Root} from '@liveblog/core'
import {
  createFail,
  createWarn,
  type FeedEntry,
  feedHtml,
  feedModel,
  formatRfc3339,
  type IsoTime,
  type Warn
} from '@liveblog/lbast-util-to-hast'
import {type JsonFeed, type JsonFeedItem, VERSION} from './json-feed.js'
import type {ToJsonFeedOptions} from './options.js'

/** The `source` of every message this package puts on a file. */
const SOURCE = '@liveblog/writer-json-feed'

/**
 * The feed for `tree` as a JSON Feed object. Never throws on a valid tree.
 * A `url`, `feedUrl` or `postUrl` that is not an absolute URL is a fatal
 * `invalid-option` message on `options.file` and is left out; without a file
 * it throws a `TypeError`.
 */
export function toJsonFeedObject(tree: Root, options: ToJsonFeedOptions = {}): JsonFeed {
  const warn = createWarn(options.file, SOURCE)
  const model = feedModel(tree, options, warn, createFail(options.file, SOURCE))
  const items = model.entries.map((entry): JsonFeedItem => {
    const html = model.chars.clean(feedHtml(entry.content()), entry.post)
    const tags = tagsOf(entry.post)
    const item: JsonFeedItem = {id: entry.id}
    if (entry.url) item.url = entry.url
    item.title = entry.title
    item.content_html = html
    item.content_text = entry.text
    if (entry.summary) item.summary = entry.summary
    const image = entry.image
    if (image) item.image = image
    const published = date(entry.published, entry.post, warn)
    if (published) item.date_published = published
    const modified = date(entry.updated, entry.post, warn)
    if (modified) item.date_modified = modified
    if (entry.authors.length > 0) item.authors = entry.authors.map((name) => ({name}))
    if (tags.length > 0) item.tags = tags
    return item
  })
  model.chars.report(warn)
  return clean({
    version: VERSION,
    title: model.title,
    home_page_url: model.pageUrl,
    feed_url: model.feedUrl,
    description: model.description,
    language: model.language,
    authors: model.authors.length > 0 ? model.authors.map((name) => ({name})) : undefined,
    items
  })
}

/** The feed for `tree` as JSON text (see `toJsonFeedObject`), ending in a line feed. */
export function toJsonFeed(tree: Root, options: ToJsonFeedOptions = {}): string {
  return `${JSON.stringify(toJsonFeedObject(tree, options), null, options.space ?? 2)}\n`
}

/** RFC 3339 with the source's offset. */
function date(time: IsoTime | undefined, node: Nodes, warn: Warn): string | undefined {
  if (!time) return undefined
  if (time.year < 1000) {
    warn(`Year ${time.year} is before 1000; check the time`, node, 'early-year')
  }
  return formatRfc3339(time)
}

/** A post's tags, when a tree carries them (`post.data.tags`, strings). */
function tagsOf(post: FeedEntry['post']): string[] {
  const tags = (post.data as {tags?: unknown} | undefined)?.tags
  if (!Array.isArray(tags)) return []
  return tags.filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '')
}

/** `value` without its `undefined` fields (absent, not `undefined`, in the object form). */
function clean<T extends object>(value: T): T {
  const result: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(value)) if (field !== undefined) result[key] = field
  return result as T
}
