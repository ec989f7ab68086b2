// Markdown → lbast: remark-parse (with front matter and the GFM syntax lbast
// holds) gives mdast, `fromMdast` gives lbast.
import type {Root} from '@liveblog/core'
import {VFile} from 'vfile'
import {type Options as FromMdastOptions, fromMdast} from './from-mdast.js'
import {parseMarkdown} from './syntax.js'

export interface Options extends Omit<FromMdastOptions, 'file' | 'consume'> {}

/** Reads Markdown; messages go on `value` when it is a file. */
export function fromMarkdown(value: string | VFile, options: Options = {}): Root {
  const file = typeof value === 'string' ? new VFile(value) : value
  return fromMdast(parseMarkdown(file), {...options, file, consume: true})
}
