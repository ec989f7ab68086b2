// The unified plugins: a parser (`unified().use(readMarkdown)`) and a bridge
// for remark pipelines (`.use(remarkParse).use(remarkLiveblog)`), which turns
// the mdast tree into lbast as remark-rehype turns it into hast.
import type {Root} from '@liveblog/core'
import type {Root as MdastRoot} from 'mdast'
import type {Plugin} from 'unified'
import {fromMarkdown, type Options} from './from-markdown.js'
import {fromMdast} from './from-mdast.js'

const readMarkdown: Plugin<[Options?], string, Root> = function (options) {
  this.parser = (_document, file) => fromMarkdown(file, options)
}

export const remarkLiveblog: Plugin<[Options?], MdastRoot, Root> = (options) => (tree, file) =>
  fromMdast(tree, {...options, file})

export {readMarkdown}
export default readMarkdown
