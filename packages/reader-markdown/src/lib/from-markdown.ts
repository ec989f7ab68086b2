// Markdown → lbast: mdast-util-from-markdown, as remark-parse runs it (with
// front matter and the GFM syntax lbast holds), gives mdast, read into lbast
// as `fromMdast` reads it, piece by piece.
import {
  type ReaderInput,
  type Root,
  toVFile,
  warnBidiControls,
  warnEmptyInput
} from '@liveblog/core'
import type {VFile} from 'vfile'
import {SOURCE} from './context.js'
import {createReader, type Options as FromMdastOptions, type Reader} from './from-mdast.js'
import {parseMarkdownBlocks} from './syntax.js'

export interface Options extends Omit<FromMdastOptions, 'file' | 'consume'> {}

/**
 * Reads Markdown; messages go on `value` when it is a file. `value` is what
 * `VFile` accepts: text, its bytes (UTF-8, or the detected encoding with a
 * message) or a file; anything else is a `TypeError`.
 */
export function fromMarkdown(value: ReaderInput, options: Options = {}): Root {
  const file = toVFile(value, {name: 'value', source: SOURCE})
  warnEmptyInput(String(file.value), file, SOURCE)
  const tree = readMarkdown(file, options)
  warnBidiControls(tree, file, SOURCE)
  return tree
}

/**
 * Parses and reads `file` piece by piece (`size`: the smallest piece, see
 * chunks.ts): each piece's mdast goes to the reader as soon as it is parsed,
 * which lets it go once read, so the mdast of the whole document is never
 * held. The same tree and messages as `fromMdast` on the whole parse.
 */
export function readMarkdown(file: VFile, options: Options = {}, size?: number): Root {
  let reader: Reader | undefined
  const tree = parseMarkdownBlocks(
    file,
    (blocks, labels) => {
      reader ??= createReader({...options, file}, labels)
      reader.add(blocks)
    },
    false,
    size
  )
  reader ??= createReader({...options, file})
  return reader.done(tree.position)
}
