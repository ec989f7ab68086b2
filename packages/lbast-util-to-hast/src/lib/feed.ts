// What RSS, Atom and JSON Feed all need from a tree, computed once: the
// channel's facts with their fallbacks, and per post an id unique in the
// feed, an absolute link, its times, a title, a plain-text summary, its
// authors and its body as hast. Writers only serialise this.
import type {Meta, Post, PostContent, Root} from '@liveblog/core'
import {postId} from '@liveblog/core'
import type {Root as HastRoot} from 'hast'
import {type CharCleaner, charCleaner} from './chars.js'
import type {Warn} from './messages.js'
import {orderEntries, type Sort} from './order.js'
import {plainSummary, plainText, textOf, truncate} from './summary.js'
import {type IsoTime, latest, readTime} from './times.js'
import {bodyConverter, type PostBody} from './to-hast.js'
import {isAbsoluteUrl, resolveUrl} from './url.js'

/** The options every feed writer shares (RSS, Atom, JSON Feed). */
export interface FeedOptions {
  /** Feed title; overrides `meta.title`. Fallback: `'Live updates'`. */
  title?: string
  /** The live blog's page, absolute; overrides `meta.url`. Base of item links and relative URLs. */
  url?: string
  /** Feed description; overrides `meta.description`. */
  description?: string
  /** BCP 47 language tag; overrides `meta.language`. */
  language?: string
  /** Where the feed itself is served, absolute (the self link). */
  feedUrl?: string
  /** Absolute permalink template for posts, `{id}` standing for the post id. */
  postUrl?: string
  /**
   * `'source'` (default) keeps the tree's order; `'time'` puts dated posts
   * newest first, undated ones keeping their place (`undated-post` warning).
   */
  sort?: Sort
  /** Longest summary, in UTF-16 code units, `…` included (default 300). */
  descriptionLength?: number
}

export const DEFAULT_TITLE = 'Live updates'
export const DEFAULT_DESCRIPTION_LENGTH = 300
/** Title of a post without headline and text. */
export const UNTITLED = 'Untitled post'
const TITLE_FROM_TEXT = 100
const ID = '{id}'

/** One post, ready for any feed format. */
export interface FeedEntry {
  post: Post
  /** The post id, unique in the feed (`-2`, `-3`… added to repeats). */
  id: string
  /** The item's absolute link: the permalink, else the page URL with `#id`. */
  url: string | undefined
  /** Whether `url` comes from `postUrl` (a permalink of its own). */
  permalink: boolean
  published: IsoTime | undefined
  updated: IsoTime | undefined
  /** Headline as written, or (no headline) the start of the text, collapsed. */
  title: string
  /** Plain-text summary, at most `descriptionLength` code units (computed when first read). */
  readonly summary: string
  /** Plain text of the whole body, collapsed (computed when read). */
  readonly text: string
  /**
   * The body as hast, converted on each call (warnings go out then): call it
   * once, when the entry is written, so bodies need not all be held at once.
   * Made to be serialised: its nodes carry no `position`.
   */
  content: () => HastRoot
  /** Author names, collapsed, empty ones left out. */
  authors: string[]
  /** Absolute URL of the first image in the body, if safe (computed when read). */
  readonly image: string | undefined
}

export interface FeedModel {
  title: string
  /** Absolute page link: `url`, else the feed URL, else `undefined`. */
  link: string | undefined
  /** The page's URL when known. */
  pageUrl: string | undefined
  feedUrl: string | undefined
  description: string
  language: string | undefined
  /** `meta.published`. */
  published: IsoTime | undefined
  /** `meta.updated`, else the latest time of any post. */
  updated: IsoTime | undefined
  /** Page author names (`meta.authors`). */
  authors: string[]
  /** `meta.site`, collapsed. */
  site: string | undefined
  entries: FeedEntry[]
  /** Drops the characters feeds cannot carry; writers pass their HTML through it too. */
  chars: CharCleaner
}

/** Receives the reason an option is unusable (the writer makes it a fatal message). */
export type Fail = (reason: string) => void

/**
 * `options` without the URL options that are not absolute URLs (or not
 * safe): a feed is read away from its page, so relative links cannot be
 * followed. Each one dropped goes to `fail`; without `fail`, the first throws
 * a `TypeError`.
 */
export function checkFeedOptions(options: FeedOptions, fail?: Fail): FeedOptions {
  let result = options
  for (const field of ['url', 'feedUrl', 'postUrl'] as const) {
    const value = options[field]
    if (value === undefined || value === '') continue
    const probe = field === 'postUrl' ? String(value).split(ID).join('x') : String(value)
    if (isAbsoluteUrl(probe)) continue
    const reason = `\`${field}\` must be an absolute http(s) URL, as feeds are read away from the page: got \`${String(value).slice(0, 60)}\``
    if (!fail) throw new TypeError(reason)
    fail(reason)
    result = {...result, [field]: undefined}
  }
  return result
}

/**
 * The model of `tree` as a feed. A URL option that is not absolute goes to
 * `fail` and is left out; without `fail` it throws a `TypeError` (see
 * `checkFeedOptions`). Never throws otherwise.
 */
export function feedModel(tree: Root, input: FeedOptions, warn: Warn, fail?: Fail): FeedModel {
  const options = checkFeedOptions(input, fail)
  const chars = charCleaner()
  const children = Array.isArray(tree?.children) ? tree.children : []
  const meta = children.find((child): child is Meta => child.type === 'meta')
  const place = meta ?? tree
  const limit = options.descriptionLength ?? DEFAULT_DESCRIPTION_LENGTH

  // Given text is kept as written (only characters feeds cannot carry go);
  // derived text is collapsed.
  const given = chars.clean(String(options.title ?? meta?.title ?? ''), place)
  const title = given.trim() ? given : ''
  if (!title)
    warn(`No title in options or meta: using \`${DEFAULT_TITLE}\``, place, 'missing-title')

  let pageUrl = options.url ? options.url.trim() : undefined
  if (!pageUrl && typeof meta?.url === 'string' && meta.url.trim()) {
    const resolved = resolveUrl(meta.url, undefined)
    if (resolved.kind === 'absolute') pageUrl = chars.clean(resolved.url, meta)
    else if (resolved.kind === 'unsafe') {
      warn('Dropped unsafe `url` in meta: not an allowed URL scheme', meta, 'unsafe-url')
    } else {
      warn(
        `Ignored relative \`url\` \`${meta.url.slice(0, 40)}\` in meta: feeds need absolute links`,
        meta,
        'relative-url'
      )
    }
  }
  const feedUrl = options.feedUrl ? options.feedUrl.trim() : undefined
  let postUrl = options.postUrl ? options.postUrl.trim() : undefined
  if (postUrl && !postUrl.includes(ID)) {
    warn(
      '`postUrl` has no `{id}`: ignored, as every post would get the same link',
      place,
      'post-url-without-id'
    )
    postUrl = undefined
  }
  if (!pageUrl) {
    warn(
      `No url in options or meta: the blog's link is ${feedUrl ? 'the feed URL' : 'unknown'}`,
      place,
      'missing-link'
    )
  }
  const base = pageUrl ?? feedUrl

  // Times, ids and links in source order, so their warnings come in that order.
  let newest: IsoTime | undefined
  const seen = new Set<string>()
  const pending: Array<{
    post: Post
    id: string
    published?: IsoTime
    updated?: IsoTime
    url?: string
  }> = []
  for (const post of children) {
    if (post.type !== 'post') continue
    const published = readTime(post.published, 'published', post, warn)
    const updated = readTime(post.updated, 'updated', post, warn)
    newest = latest(newest, latest(published, updated))
    const id = uniqueId(post, seen, warn, chars)
    pending.push({post, id, published, updated, url: postLink(id, postUrl, pageUrl)})
  }
  const ordered = orderEntries(pending, options.sort, (entry) => entry.published)
  if (ordered.undated > 0) {
    const first = ordered.entries.find((entry) => !entry.published)
    warn(
      `${ordered.undated} post${ordered.undated === 1 ? ' has' : 's have'} no time: kept at ${ordered.undated === 1 ? 'its' : 'their'} place on the page among the posts sorted by time`,
      first?.post,
      'undated-post'
    )
  }

  const convert = bodyConverter({base, warn})

  const entries = ordered.entries.map((entry): FeedEntry => {
    const {post} = entry
    const body = Array.isArray(post.children) ? post.children : []
    // Computed here only for a post without headline; otherwise when read
    // (the page writer needs none).
    let summary: string | undefined
    let itemTitle = chars.clean(typeof post.headline === 'string' ? post.headline : '', post)
    if (!itemTitle.trim()) {
      warn('Post without headline: title taken from its text', post, 'missing-headline')
      summary = plainSummary(body, limit, (value) => chars.clean(value, post))
      itemTitle = summary ? truncate(summary, TITLE_FROM_TEXT) : UNTITLED
    }
    const bodyBase = entry.url && postUrl ? entry.url : base
    const authors = (Array.isArray(post.authors) ? post.authors : [])
      .map((author) =>
        plainText(chars.clean(typeof author?.name === 'string' ? author.name : '', post))
      )
      .filter((name) => name !== '')
    return new Entry(
      post,
      entry,
      Boolean(entry.url && postUrl),
      itemTitle,
      summary,
      limit,
      authors,
      body,
      bodyBase,
      convert,
      chars
    )
  })

  let description = chars.clean(String(options.description ?? meta?.description ?? ''), place)
  if (!description.trim()) {
    const summaryNode = children.find((child) => child.type === 'summary')
    const summaryText = summaryNode
      ? plainText(chars.clean(textOf(summaryNode.children), summaryNode))
      : ''
    description = summaryText ? truncate(summaryText, limit) : title || DEFAULT_TITLE
    warn(
      `No description in options or meta: using the ${summaryText ? 'summary' : 'title'}`,
      place,
      'missing-description'
    )
  }

  const published = meta ? readTime(meta.published, 'published', meta, warn) : undefined
  const metaUpdated = meta ? readTime(meta.updated, 'updated', meta, warn) : undefined
  const language =
    plainText(chars.clean(String(options.language ?? meta?.language ?? ''), place)) || undefined
  const authors = (Array.isArray(meta?.authors) ? meta.authors : [])
    .map((author) =>
      plainText(chars.clean(typeof author?.name === 'string' ? author.name : '', place))
    )
    .filter((name) => name !== '')
  const site =
    meta && typeof meta.site === 'string'
      ? plainText(chars.clean(meta.site, meta)) || undefined
      : undefined

  return {
    title: title || DEFAULT_TITLE,
    link: pageUrl ?? feedUrl,
    pageUrl,
    feedUrl,
    description,
    language,
    published,
    updated: metaUpdated ?? newest,
    authors,
    site,
    entries,
    chars
  }
}

/**
 * A `FeedEntry`. A class, so the computed fields (`text`, `image`,
 * `content`) are shared methods and accessors rather than three closures
 * and an accessor literal made for every post.
 */
class Entry implements FeedEntry {
  readonly id: string
  readonly url: string | undefined
  readonly published: IsoTime | undefined
  readonly updated: IsoTime | undefined
  readonly post: Post
  readonly permalink: boolean
  readonly title: string
  readonly authors: string[]
  #summary: string | undefined
  readonly #limit: number
  readonly #body: PostContent[]
  readonly #base: string | undefined
  readonly #convert: (body: PostBody) => HastRoot
  readonly #chars: CharCleaner

  constructor(
    post: Post,
    entry: {id: string; url?: string; published?: IsoTime; updated?: IsoTime},
    permalink: boolean,
    title: string,
    summary: string | undefined,
    limit: number,
    authors: string[],
    body: PostContent[],
    base: string | undefined,
    convert: (body: PostBody) => HastRoot,
    chars: CharCleaner
  ) {
    this.post = post
    this.id = entry.id
    this.url = entry.url
    this.permalink = permalink
    this.published = entry.published
    this.updated = entry.updated
    this.title = title
    this.#summary = summary
    this.#limit = limit
    this.authors = authors
    this.#body = body
    this.#base = base
    this.#convert = convert
    this.#chars = chars
  }

  // Computed when first read: feeds need it, the page writer does not.
  get summary(): string {
    this.#summary ??= plainSummary(this.#body, this.#limit, (value) =>
      this.#chars.clean(value, this.post)
    )
    return this.#summary
  }

  // Computed when read: only JSON Feed's `content_text` needs it.
  get text(): string {
    return plainText(this.#chars.clean(textOf(this.#body), this.post))
  }

  content(): HastRoot {
    return this.#convert({children: this.#body, base: this.#base})
  }

  // Computed when read: only JSON Feed's `image` needs it.
  get image(): string | undefined {
    const url = firstImage(this.#body)
    const resolved = url ? resolveUrl(url, this.#base) : undefined
    return resolved?.kind === 'absolute' || resolved?.kind === 'resolved'
      ? this.#chars.clean(resolved.url, this.post)
      : undefined
  }
}

/** The item's link: the permalink from `template`, else the page URL with `#id`. */
function postLink(
  id: string,
  template: string | undefined,
  pageUrl: string | undefined
): string | undefined {
  if (template) return template.split(ID).join(encodeURIComponent(id))
  if (pageUrl) {
    const hash = pageUrl.indexOf('#')
    return `${hash === -1 ? pageUrl : pageUrl.slice(0, hash)}#${encodeURIComponent(id)}`
  }
  return undefined
}

/** The post's id, made unique in the feed (guids and entry ids must be). */
function uniqueId(post: Post, seen: Set<string>, warn: Warn, chars: CharCleaner): string {
  let base = typeof post.id === 'string' ? chars.clean(post.id, post).trim() : ''
  if (!base) {
    warn('Post without id: derived one from its headline and time', post, 'missing-id')
    base = postId({...post, headline: String(post.headline ?? ''), children: post.children ?? []})
  }
  let id = base
  for (let n = 2; seen.has(id); n++) id = `${base}-${n}`
  if (id !== base) warn(`Duplicate post id \`${base}\`: written as \`${id}\``, post, 'duplicate-id')
  seen.add(id)
  return id
}

/** The URL of the first image (`image` node or image `media`) in a body, unchecked. */
function firstImage(body: unknown[]): string | undefined {
  const stack = body.slice().reverse()
  while (stack.length > 0) {
    const node = stack.pop() as {type?: string; url?: unknown; kind?: string; children?: unknown[]}
    if (!node || typeof node !== 'object') continue
    const image = node.type === 'image' || (node.type === 'media' && node.kind === 'image')
    if (image && typeof node.url === 'string' && node.url) return node.url
    const children = Array.isArray(node.children) ? node.children : []
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index])
  }
  return undefined
}
