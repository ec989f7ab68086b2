import type {FeedOptions} from '@liveblog/lbast-util-to-hast'
import type {VFile} from 'vfile'

/**
 * Configuration for `toJsonFeed` and `writeJsonFeed`: the options every feed
 * writer shares (`title`, `url`, `description`, `language`, `feedUrl`,
 * `postUrl`, `sort`, `descriptionLength`; see `@liveblog/lbast-util-to-hast`),
 * and:
 */
export interface JsonFeedOptions extends FeedOptions {
  /** `JSON.stringify` indentation (default 2; 0 for one line). */
  space?: number | string
}

/** `toJsonFeed` options: `JsonFeedOptions` and a file to put messages on. */
export interface ToJsonFeedOptions extends JsonFeedOptions {
  /** File that receives warnings and errors. */
  file?: VFile
}
