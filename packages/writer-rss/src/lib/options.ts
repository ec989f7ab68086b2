import type {VFile} from 'vfile'

/** Configuration for `toRss` and `writeRss`. */
export interface RssOptions {
  /** Channel title; overrides `meta.title`. Fallback: `'Live updates'`. */
  title?: string
  /** The live blog's page; overrides `meta.url`. Channel `link`, base of item links. */
  url?: string
  /** Channel description; overrides `meta.description`. */
  description?: string
  /** BCP 47 language tag; overrides `meta.language`. */
  language?: string
  /** Where the feed itself is served: adds `<atom:link rel="self">`. */
  feedUrl?: string
  /**
   * Permalink template for posts, `{id}` standing for the post id:
   * `'https://example.com/live/{id}'`. Used for each item's `link` and as
   * its `guid` (`isPermaLink="true"`).
   */
  postUrl?: string
  /**
   * Item order: `'source'` (default) keeps the tree's order; `'time'` puts the
   * newest `published` first (stable; posts without a time keep their order
   * after the dated ones).
   */
  sort?: 'source' | 'time'
  /**
   * The build time. When given it is the channel's `lastBuildDate` (in UTC);
   * without it the clock is never read.
   */
  now?: Date
  /** Channel `generator` (default `'liveblog'`); `false` leaves it out. */
  generator?: string | false
  /**
   * Longest item `description`, in UTF-16 code units including the closing
   * `…` (default 300).
   */
  descriptionLength?: number
}

/** `toRss` options: `RssOptions` and a file to put messages on. */
export interface ToRssOptions extends RssOptions {
  /** File that receives warnings (missing title, unsafe URLs, bad dates, …). */
  file?: VFile
}

export const DEFAULT_TITLE = 'Live updates'
export const DEFAULT_GENERATOR = 'liveblog'
export const DEFAULT_DESCRIPTION_LENGTH = 300
/**
 * Channel `link` when neither `url` nor `meta.url` (nor `feedUrl`) is known:
 * RSS requires an absolute URL there, and the reserved `.invalid` domain
 * (RFC 2606) says plainly that the page is unknown.
 */
export const FALLBACK_LINK = 'https://example.invalid/'
