// The unified compiler: `unified().use(readCnn).use(writeJsonFeed, options)`.
import type {Root} from '@liveblog/core'
import type {Plugin} from 'unified'
import type {JsonFeedOptions} from './options.js'
import {toJsonFeed} from './to-json-feed.js'

/**
 * Compile lbast to JSON Feed 1.1; messages go on the processed file (a
 * relative `url` is a fatal `invalid-option` message, not an exception).
 */
export const writeJsonFeed: Plugin<[(JsonFeedOptions | null | undefined)?], Root, string> =
  function (options) {
    this.compiler = (tree, file) => toJsonFeed(tree as Root, {...options, file})
  }
