// The item `description`: a plain-text summary a reader can show in a list.
// Text of the first paragraphs, white space collapsed, cut at a word boundary
// with "…" when longer than the limit.

import type {PostContent} from '@liveblog/core'
import {toString} from '@liveblog/core'
import {xmlChars} from './xml-chars.js'

const WHITE_SPACE = /\s+/g
const TRAILING = new Set([' ', ',', ';', ':', '-', '–', '—'])
const ELLIPSIS = '…'

/** Collapsed, trimmed text. */
export function plainText(value: string): string {
  return xmlChars(value).replace(WHITE_SPACE, ' ').trim()
}

// Nodes whose children are blocks: their text is their blocks' text joined
// by spaces (`toString` runs list items together: "…counted.Turnout …").
const BLOCK = new Set([
  'paragraph',
  'heading',
  'list',
  'listItem',
  'blockquote',
  'table',
  'tableRow',
  'tableCell',
  'code',
  'html',
  'thematicBreak',
  'media',
  'update'
])

/** Plain text of a block, its sub-blocks separated by a space. */
export function blockText(node: unknown): string {
  const children = (node as {children?: unknown}).children
  if (Array.isArray(children) && children.some((child) => BLOCK.has(child?.type))) {
    return children
      .map((child) => blockText(child))
      .filter((text) => text !== '')
      .join(' ')
  }
  return plainText(toString(node))
}

/**
 * Summary of a post body: its paragraphs (or, if it has none, its other text
 * blocks, media excluded) in order until `limit` is reached.
 */
export function plainSummary(children: PostContent[], limit: number): string {
  const paragraphs = children.filter((child) => child.type === 'paragraph')
  const blocks = paragraphs.length > 0 ? paragraphs : children.filter((c) => c.type !== 'media')
  let result = ''
  for (const block of blocks) {
    // Already collapsed and trimmed by `blockText`.
    const text = blockText(block)
    if (!text) continue
    result = result ? `${result} ${text}` : text
    if (result.length >= limit) break
  }
  return truncate(result, limit)
}

/** `value` cut to at most `limit` code units at a word boundary, ending in "…". */
export function truncate(value: string, limit: number): string {
  if (value.length <= limit) return value
  const room = Math.max(1, limit - ELLIPSIS.length)
  let end = room
  // Never split a surrogate pair.
  const code = value.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end--
  let cut = value.slice(0, end)
  // A word boundary if one falls in the second half; else a hard cut.
  const space = value.charAt(end) === ' ' ? end : cut.lastIndexOf(' ')
  if (space > room / 2) cut = value.slice(0, space)
  // Drop what would dangle before the ellipsis ("storm, …"); a loop, not a
  // `/[…]+$/` regex, which backtracks on long runs.
  let last = cut.length
  while (last > 0 && TRAILING.has(cut.charAt(last - 1))) last--
  return cut.slice(0, last) + ELLIPSIS
}
