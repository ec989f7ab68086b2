// The unified compiler: `unified().use(writeMarkdown)` turns lbast into Markdown.
import type {Root} from '@liveblog/core'
import type {Plugin} from 'unified'
import {type Options, toMarkdown} from './to-markdown.js'

const writeMarkdown: Plugin<[Options?], Root, string> = function (options) {
  this.compiler = (tree, file) => toMarkdown(tree as Root, {...options, file})
}

export {writeMarkdown}
export default writeMarkdown
