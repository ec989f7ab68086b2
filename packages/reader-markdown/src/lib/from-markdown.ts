// Markdown → lbast: remark-parse (with front matter and the GFM syntax lbast
// holds) gives mdast, `fromMdast` gives lbast.
import {
  type ReaderInput,
  type Root,
  toVFile,
  warnBidiControls,
  warnEmptyInput
} from '@liveblog/core'
import {SOURCE} from './context.js'
import {type Options as FromMdastOptions, fromMdast} from './from-mdast.js'
import {parseMarkdown} from './syntax.js'

export interface Options extends Omit<FromMdastOptions, 'file' | 'consume'> {}

/**
 * Reads Markdown; messages go on `value` when it is a file. `value` is what
 * `VFile` accepts: text, its bytes (UTF-8, or the detected encoding with a
 * message) or a file; anything else is a `TypeError`.
 */
export function fromMarkdown(value: ReaderInput, options: Options = {}): Root {
  const file = toVFile(value, {name: 'value', source: SOURCE})
  warnEmptyInput(String(file.value), file, SOURCE)
  const tree = fromMdast(parseMarkdown(file), {...options, file, consume: true})
  warnBidiControls(tree, file, SOURCE)
  return tree
}
