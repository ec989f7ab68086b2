// The unified compiler: `unified().use(readCnn).use(writeRss, options)`.
import type {Root} from '@liveblog/core'
import type {Plugin} from 'unified'
import type {RssOptions} from './options.js'
import {toRss} from './to-rss.js'

/**
 * Compile lbast to RSS 2.0; messages go on the processed file (a relative
 * `url` is a fatal `invalid-option` message, not an exception).
 */
export const writeRss: Plugin<[(RssOptions | null | undefined)?], Root, string> = function (
  options
) {
  this.compiler = (tree, file) => toRss(tree as Root, {...options, file})
}
