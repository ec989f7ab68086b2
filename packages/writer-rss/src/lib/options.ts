import type {FeedOptions} from '@liveblog/lbast-util-to-hast'
import type {VFile} from 'vfile'

/**
 * Configuration for `toRss` and `writeRss`: the options every feed writer
 * shares (`title`, `url`, `description`, `language`, `feedUrl`, `postUrl`,
 * `sort`, `descriptionLength`; see `@liveblog/lbast-util-to-hast`), and:
 */
export interface RssOptions extends FeedOptions {
  /**
   * The build time. When given it is the channel's `lastBuildDate` (in UTC);
   * without it the clock is never read.
   */
  now?: Date
  /** Channel `generator` (default `'liveblog'`); `false` leaves it out. */
  generator?: string | false
}

/** `toRss` options: `RssOptions` and a file to put messages on. */
export interface ToRssOptions extends RssOptions {
  /** File that receives warnings (missing title, unsafe URLs, bad dates, …). */
  file?: VFile
}

export const DEFAULT_GENERATOR = 'liveblog'
/**
 * Channel `link` when neither `url` nor `meta.url` (nor `feedUrl`) is known:
 * RSS requires an absolute URL there, and the reserved `.invalid` domain
 * (RFC 2606) says plainly that the page is unknown.
 */
export const FALLBACK_LINK = 'https://example.invalid/'
