// lbast → Markdown: `toMdast`, then mdast-util-to-markdown with the front
// matter and GFM extensions. All escaping is the library's; escapes a block
// reads the same without are then left out (escapes.ts).
import type {Root} from '@liveblog/core'
import {frontmatterToMarkdown} from 'mdast-util-frontmatter'
import {gfmToMarkdown} from 'mdast-util-gfm'
import {
  defaultHandlers,
  type Handle,
  type Join,
  toMarkdown as mdastToMarkdown,
  type Options as ToMarkdownOptions,
  type Unsafe
} from 'mdast-util-to-markdown'
import {withoutControls} from './chars.js'
import {heading, paragraph} from './escapes.js'
import {fasterSafe} from './safe.js'
import {type ToMdastOptions, toMdast} from './to-mdast.js'

// mdast-util-to-markdown's own patterns for `-`, `+`, `*` and `1.` at a line start
// consume the line ending after them, so on consecutive lines (`a\n-\n- b`)
// every other one goes unescaped and starts a list (`*` where text is not
// phrasing, as in a link title). The same patterns with a
// lookahead, which consumes nothing, catch them all.
const LINE_START: Unsafe[] = [
  {atBreak: true, character: '-', after: '(?=[ \t\r\n-])'},
  {atBreak: true, character: '+', after: '(?=[ \t\r\n])'},
  {atBreak: true, character: '*', after: '(?=[ \t\r\n*])'},
  {atBreak: true, before: '\\d+', character: '.', after: '(?=[ \t\r\n]|$)'}
]

// In a quote, remark reads a list followed by a blank line and another list
// or a quote as spread (the blank line stays inside the first list). A list
// ends there anyway (a new bullet, or `>`), so no blank line is written.
const TIGHT_IN_QUOTE: Join = (left, right, parent) =>
  parent.type === 'blockquote' &&
  left.type === 'list' &&
  (right.type === 'list' || right.type === 'blockquote')
    ? 0
    : undefined

// The document's root: `state.safe` is made to skip patterns that cannot
// match before anything is written (safe.ts).
const root: Handle = (node, parent, state, info) => {
  fasterSafe(state)
  return defaultHandlers.root(node, parent, state, info)
}

/** Formatting options of mdast-util-to-markdown (`bullet`, `emphasis`, `rule`, …), plus `file`. */
export interface Options extends ToMarkdownOptions, ToMdastOptions {}

export function toMarkdown(tree: Root, options: Options = {}): string {
  const {file, allowDangerousHtml, extensions = [], ...formatting} = options
  return mdastToMarkdown(toMdast(withoutControls(tree, file), {file, allowDangerousHtml}), {
    bullet: '-',
    ...formatting,
    unsafe: [...LINE_START, ...(formatting.unsafe ?? [])],
    join: [TIGHT_IN_QUOTE, ...(formatting.join ?? [])],
    handlers: {root, paragraph, heading, ...formatting.handlers},
    extensions: [frontmatterToMarkdown(['yaml']), gfmToMarkdown(), ...(extensions ?? [])]
  })
}
