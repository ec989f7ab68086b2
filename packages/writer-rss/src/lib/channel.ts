// The channel's required facts — title, link, description — from the options,
// else the tree's `meta`, else a documented fallback with a warning, so the
// feed is always valid RSS 2.0.
import type {Meta, Root} from '@liveblog/core'
import {isSafeUrl} from '@liveblog/core'
import type {Warn} from './messages.js'
import {
  DEFAULT_DESCRIPTION_LENGTH,
  DEFAULT_TITLE,
  FALLBACK_LINK,
  type RssOptions
} from './options.js'
import {blockText, plainText, truncate} from './plain-summary.js'
import {xmlChars} from './xml-chars.js'

export interface ChannelFacts {
  title: string
  /** Channel `link`: always an absolute URL. */
  link: string
  /** The page's URL when known (not a fallback): the base of item links. */
  pageUrl: string | undefined
  description: string
  language: string | undefined
  feedUrl: string | undefined
  postUrl: string | undefined
}

export function channelFacts(
  tree: Root,
  meta: Meta | undefined,
  options: RssOptions,
  warn: Warn
): ChannelFacts {
  const place = meta ?? tree
  // Given text is kept as written (only characters XML forbids go); derived
  // text is collapsed.
  const given = xmlChars(options.title ?? meta?.title ?? '')
  const title = given.trim() ? given : ''
  if (!title) {
    warn(`No title in options or meta: using \`${DEFAULT_TITLE}\``, place, 'missing-title')
  }
  const pageUrl = safe(options.url || meta?.url, 'url', place, warn)
  const feedUrl = safe(options.feedUrl, 'feedUrl', place, warn)
  const postUrl = safe(options.postUrl, 'postUrl', place, warn)
  if (postUrl && !postUrl.includes('{id}')) {
    warn(
      '`postUrl` has no `{id}`: ignored, as every post would get the same link',
      place,
      'post-url-without-id'
    )
  }
  if (!pageUrl) {
    warn(
      `No url in options or meta: channel link is ${feedUrl ? 'the feed URL' : `\`${FALLBACK_LINK}\``}`,
      place,
      'missing-link'
    )
  }
  let description = xmlChars(options.description ?? meta?.description ?? '')
  if (!description.trim()) {
    const summary = tree.children.find((child) => child.type === 'summary')
    const summaryText = summary ? plainText(blockText(summary)) : ''
    description = summaryText
      ? truncate(summaryText, options.descriptionLength ?? DEFAULT_DESCRIPTION_LENGTH)
      : title || DEFAULT_TITLE
    warn(
      `No description in options or meta: using the ${summaryText ? 'summary' : 'title'}`,
      place,
      'missing-description'
    )
  }
  const language = plainText(options.language ?? meta?.language ?? '') || undefined
  return {
    title: title || DEFAULT_TITLE,
    link: pageUrl ?? feedUrl ?? FALLBACK_LINK,
    pageUrl,
    description,
    language,
    feedUrl,
    postUrl: postUrl?.includes('{id}') ? postUrl : undefined
  }
}

function safe(
  url: string | undefined,
  field: string,
  place: Meta | Root,
  warn: Warn
): string | undefined {
  const value = url ? plainText(url) : ''
  if (!value) return undefined
  if (isSafeUrl(value)) return value
  warn(`Dropped unsafe \`${field}\`: scripts and data URLs are not allowed`, place, 'unsafe-url')
  return undefined
}
