import type {FeedOptions} from '@liveblog/lbast-util-to-hast'
import type {VFile} from 'vfile'

/**
 * Configuration for `toAtom` and `writeAtom`: the options every feed writer
 * shares (`title`, `url`, `description`, `language`, `feedUrl`, `postUrl`,
 * `sort`, `descriptionLength`; see `@liveblog/lbast-util-to-hast`), and:
 */
export interface AtomOptions extends FeedOptions {
  /**
   * The build time: the feed's `updated` (in UTC) when given. Without it the
   * feed's `updated` is `meta.updated`, else the latest time of any post; the
   * clock is never read.
   */
  now?: Date
  /** Feed `generator` (default `'liveblog'`); `false` leaves it out. */
  generator?: string | false
}

/** `toAtom` options: `AtomOptions` and a file to put messages on. */
export interface ToAtomOptions extends AtomOptions {
  /** File that receives warnings and errors. */
  file?: VFile
}

export const DEFAULT_GENERATOR = 'liveblog'
/**
 * `updated` when the tree has no time at all and no `now` is given: RFC 4287
 * §4.1.1 requires one; the epoch says plainly that it is unknown.
 */
export const UNKNOWN_UPDATED = '1970-01-01T00:00:00Z'
