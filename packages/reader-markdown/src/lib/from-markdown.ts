// Markdown → lbast: remark-parse (with front matter and GFM) gives mdast,
// `fromMdast` gives lbast.
import type {Root} from '@liveblog/core'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {type Options as FromMdastOptions, fromMdast} from './from-mdast.js'

export interface Options extends Omit<FromMdastOptions, 'file'> {}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze()

/** Reads Markdown; messages go on `value` when it is a file. */
export function fromMarkdown(value: string | VFile, options: Options = {}): Root {
  const file = typeof value === 'string' ? new VFile(value) : value
  return fromMdast(parser.parse(file), {...options, file})
}
