// Plain text of lbast content, for feed titles, summaries and `content_text`:
// every block boundary and every hard `break` is a space (a reader must not
// see "mile 3and mile 9."), inline HTML adds nothing (`m<sup>3</sup>` reads
// "m3"), white space is collapsed, and cuts fall between grapheme clusters so
// a flag or a ZWJ sequence is never split.
import type {PostContent} from '@liveblog/core'

// Runs of white space other than a single plain space: one that starts with
// another white space character, or a space followed by more. Most text has
// only single spaces, which then cost no replacement.
const WHITE_SPACE = /[^\S ]\s*| \s+/g
const TRAILING = new Set([' ', ',', ';', ':', '-', '–', '—'])
const ELLIPSIS = '…'

// Nodes whose children are phrasing content: an `html` child of one of these
// is inline HTML (a tag inside text), not a block of HTML.
const PHRASING_PARENT = new Set([
  'paragraph',
  'heading',
  'tableCell',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'update',
  'media',
  'notice'
])

// Nodes that end a run of text: a space goes before and after them.
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
  'update',
  'summary',
  'notice',
  'post'
])

/** Collapsed, trimmed text: runs of white space become one space. */
export function plainText(value: string): string {
  return value.replace(WHITE_SPACE, ' ').trim()
}

/**
 * The text of `node` (any lbast or mdast node, or a list of them) with a
 * space at every block boundary and `break`, inline HTML left out, image
 * `alt` kept. Not collapsed: see `plainText`.
 */
export function textOf(node: unknown): string {
  const parts: string[] = []
  collect(node, false, parts)
  return parts.join('')
}

function collect(node: unknown, inline: boolean, parts: string[]): void {
  if (Array.isArray(node)) {
    for (const child of node) collect(child, inline, parts)
    return
  }
  if (!node || typeof node !== 'object') return
  const {type, value, alt, children} = node as {
    type?: unknown
    value?: unknown
    alt?: unknown
    children?: unknown
  }
  if (type === 'break') {
    parts.push(' ')
    return
  }
  if (type === 'html') {
    if (!inline && typeof value === 'string') parts.push(' ', value, ' ')
    return
  }
  if (type === 'image' && typeof alt === 'string') {
    parts.push(alt)
    return
  }
  const block = BLOCK.has(type as string)
  if (block) parts.push(' ')
  if (typeof value === 'string') parts.push(value)
  if (Array.isArray(children)) {
    const childInline = PHRASING_PARENT.has(type as string)
    for (const child of children) collect(child, childInline, parts)
  }
  if (block) parts.push(' ')
}

/**
 * Summary of a post body: its paragraphs (or, if it has none, its other
 * blocks, media left out) in order until `limit` UTF-16 code units are
 * reached, collapsed and cut with `truncate`. `clean` sees each block's
 * text before white space is collapsed (to drop characters first).
 */
export function plainSummary(
  children: PostContent[],
  limit: number,
  clean: (value: string) => string = (value) => value
): string {
  const paragraphs = children.filter((child) => child.type === 'paragraph')
  const blocks = paragraphs.length > 0 ? paragraphs : children.filter((c) => c.type !== 'media')
  let result = ''
  for (const block of blocks) {
    const text = plainText(clean(textOf(block)))
    if (!text) continue
    result = result ? `${result} ${text}` : text
    if (result.length >= limit) break
  }
  return truncate(result, limit)
}

let segmenter: Intl.Segmenter | undefined
// A grapheme cluster longer than this (stacked combining marks) may be cut
// at the window's edge: the text around a cut is segmented, not all of it.
const WINDOW = 256

/**
 * `value` cut to at most `limit` UTF-16 code units (the `…` included) at a
 * word boundary when one falls in the second half, else at a grapheme
 * cluster boundary (`Intl.Segmenter`), so 🇺🇦 or 👩‍🔬 stay whole.
 */
export function truncate(value: string, limit: number): string {
  if (value.length <= limit) return value
  const room = Math.max(1, limit - ELLIPSIS.length)
  const end = clusterStart(value, room)
  let cut = value.slice(0, end)
  // A word boundary if one falls in the second half; else the cluster cut.
  const space = value.charAt(end) === ' ' ? end : cut.lastIndexOf(' ')
  if (space > room / 2) cut = value.slice(0, space)
  // Drop what would dangle before the ellipsis ("storm, …"); a loop, not a
  // `/[…]+$/` regex, which backtracks on long runs.
  let last = cut.length
  while (last > 0 && TRAILING.has(cut.charAt(last - 1))) last--
  return cut.slice(0, last) + ELLIPSIS
}

/**
 * Whether a grapheme cluster boundary always falls before or after the
 * character with code `code` (UAX #29: it is neither Extend, SpacingMark,
 * ZWJ, Prepend, Control, Regional_Indicator nor Hangul): below U+0300 (before
 * the combining marks; CR LF aside, which collapsed text does not hold), and
 * the dashes, quotes, bullets and ellipsis of General Punctuation
 * (U+2010–U+2027, U+2030–U+205E), which news text is full of.
 */
function simple(code: number): boolean {
  return code < 0x300 || (code >= 0x2010 && code <= 0x2027) || (code >= 0x2030 && code <= 0x205e)
}

/** The start of the grapheme cluster that holds code unit `index` of `value`. */
function clusterStart(value: string, index: number): number {
  if (simple(value.charCodeAt(index - 1)) && simple(value.charCodeAt(index))) return index
  segmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'})
  const start = Math.max(0, index - WINDOW)
  const window = value.slice(start, index + WINDOW)
  return start + (segmenter.segment(window).containing(index - start)?.index ?? index - start)
}
