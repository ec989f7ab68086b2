// The unified compiler: `unified().use(readCnn).use(writeAtom, options)`.
import type {Root} from '@liveblog/core'
import type {Plugin} from 'unified'
import type {AtomOptions} from './options.js'
import {toAtom} from './to-atom.js'

/**
 * Compile lbast to Atom 1.0; messages go on the processed file (a relative
 * `url` is a fatal `invalid-option` message, not an exception).
 */
export const writeAtom: Plugin<[(AtomOptions | null | undefined)?], Root, string> = function (
  options
) {
  this.compiler = (tree, file) => toAtom(tree as Root, {...options, file})
}
