export {type CharCleaner, charCleaner, feedChars} from './lib/chars.js'
export {
  checkFeedOptions,
  DEFAULT_DESCRIPTION_LENGTH,
  DEFAULT_TITLE,
  type Fail,
  type FeedEntry,
  type FeedModel,
  type FeedOptions,
  feedModel,
  UNTITLED
} from './lib/feed.js'
export {displayDuration} from './lib/handlers/media.js'
export {feedHtml} from './lib/html.js'
export {createFail, createWarn, ignore, type Warn} from './lib/messages.js'
export {orderEntries, type Sort} from './lib/order.js'
export {plainSummary, plainText, textOf, truncate} from './lib/summary.js'
export {
  formatRfc822,
  formatRfc3339,
  fromDate,
  type IsoTime,
  latest,
  parseIsoTime,
  readTime
} from './lib/times.js'
export {
  bodyConverter,
  type Options,
  type PostBody,
  type PostHast,
  postsToHast,
  toHast
} from './lib/to-hast.js'
export {isAbsoluteUrl, type Resolved, resolveUrl} from './lib/url.js'
export {
  type Attributes,
  block as xmlBlock,
  empty as xmlEmpty,
  leaf as xmlLeaf,
  lineBreak as xmlLineBreak,
  namedLeaf as xmlNamedLeaf,
  serializeXml
} from './lib/xml-build.js'
export {xmlText} from './lib/xml-text.js'
