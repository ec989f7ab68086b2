export type {RssOptions, ToRssOptions} from './lib/options.js'
export {toRss} from './lib/to-rss.js'
export {writeRss, writeRss as default} from './lib/write-rss.js'
