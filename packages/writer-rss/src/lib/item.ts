// One `<item>` per post: title, link, guid, pubDate, a `dc:creator` per
// author, a plain-text description and the whole post as HTML.
import type {Post} from '@liveblog/core'
import type {Element} from 'xast'
import {htmlText} from './html-text.js'
import type {Warn} from './messages.js'
import type {Prefix} from './namespaces.js'
import {plainSummary, plainText, truncate} from './plain-summary.js'
import type {PostHtml} from './post-html.js'
import {formatRfc822, type IsoTime} from './rfc822.js'
import {block, leaf} from './xml-build.js'
import {xmlChars} from './xml-chars.js'

/** Item title when a post has no headline and no text. */
export const UNTITLED = 'Untitled post'
const TITLE_FROM_TEXT = 100

export interface ItemInput {
  post: Post
  /** Unique within the feed. */
  id: string
  published: IsoTime | undefined
  link: {url: string; permalink: boolean} | undefined
}

export interface ItemSettings {
  descriptionLength: number
  warn: Warn
  /** Receives each namespace prefix the item uses. */
  use: (prefix: Prefix) => void
}

/** The item for `input`, whose body is already HTML (see `postsHtml`). */
export function item(
  input: ItemInput,
  body: PostHtml,
  settings: ItemSettings,
  depth: number
): Element {
  const {post, id, published, link} = input
  const {warn, use} = settings
  const children = Array.isArray(post.children) ? post.children : []
  const description = plainSummary(children, settings.descriptionLength)

  let title = xmlChars(typeof post.headline === 'string' ? post.headline : '')
  if (!title.trim()) {
    warn('Post without headline: item title taken from its text', post, 'missing-headline')
    title = description ? truncate(description, TITLE_FROM_TEXT) : UNTITLED
  }

  const authors = Array.isArray(post.authors) ? post.authors : []
  const creators = authors
    .map((author) => plainText(typeof author?.name === 'string' ? author.name : ''))
    .filter((name) => name !== '')
  if (creators.length > 0) use('dc')

  body.report()
  const html = body.html
  if (html) use('content')

  return block(
    'item',
    {},
    [
      leaf('title', title),
      link ? leaf('link', link.url) : undefined,
      link?.permalink
        ? leaf('guid', link.url, {isPermaLink: 'true'})
        : leaf('guid', id, {isPermaLink: 'false'}),
      published ? leaf('pubDate', formatRfc822(published)) : undefined,
      ...creators.map((name) => leaf('dc:creator', name)),
      description ? leaf('description', htmlText(description)) : undefined,
      html ? leaf('content:encoded', html) : undefined
    ],
    depth
  )
}
