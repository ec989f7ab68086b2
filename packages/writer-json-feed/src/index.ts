export type {JsonFeed, JsonFeedAuthor, JsonFeedItem} from './lib/json-feed.js'
export type {JsonFeedOptions, ToJsonFeedOptions} from './lib/options.js'
export {toJsonFeed, toJsonFeedObject} from './lib/to-json-feed.js'
export {writeJsonFeed, writeJsonFeed as default} from './lib/write-json-feed.js'
