// The unified compiler: `unified().use(readCnn).use(writeHtml, options)`.
import type {Root} from '@liveblog/core'
import type {Plugin} from 'unified'
import type {HtmlOptions} from './options.js'
import {toHtml} from './to-html.js'

/**
 * Compile lbast to an HTML5 page (or a fragment); messages go on the
 * processed file (a relative `url` is a fatal `invalid-option` message, not
 * an exception).
 */
export const writeHtml: Plugin<[(HtmlOptions | null | undefined)?], Root, string> = function (
  options
) {
  this.compiler = (tree, file) => toHtml(tree as Root, {...options, file})
}
