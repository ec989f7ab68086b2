// lbast → Markdown: `toMdast`, then mdast-util-to-markdown with the front
// matter and GFM extensions. All escaping is the library's.
import type {Root} from '@liveblog/core'
import {frontmatterToMarkdown} from 'mdast-util-frontmatter'
import {gfmToMarkdown} from 'mdast-util-gfm'
import {
  toMarkdown as mdastToMarkdown,
  type Options as ToMarkdownOptions
} from 'mdast-util-to-markdown'
import {type ToMdastOptions, toMdast} from './to-mdast.js'

/** Formatting options of mdast-util-to-markdown (`bullet`, `emphasis`, `rule`, …), plus `file`. */
export interface Options extends ToMarkdownOptions, ToMdastOptions {}

export function toMarkdown(tree: Root, options: Options = {}): string {
  const {file, allowDangerousHtml, extensions = [], ...formatting} = options
  return mdastToMarkdown(toMdast(tree, {file, allowDangerousHtml}), {
    bullet: '-',
    ...formatting,
    extensions: [frontmatterToMarkdown(['yaml']), gfmToMarkdown(), ...(extensions ?? [])]
  })
}
