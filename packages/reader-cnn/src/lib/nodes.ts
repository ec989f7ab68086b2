// Node makers that carry exact positions from the source lines.
import type {Media, Notice, Update} from '@liveblog/core'
import type {ListItem, Paragraph, PhrasingContent, Strong, Text} from 'mdast'
import type {Position} from 'unist'
import {bulletLength, labelEnd} from './classify.js'
import {type Line, pointIn, span} from './lines.js'

export function textIn(line: Line, from = line.start, to = line.end): Text {
  return {
    type: 'text',
    value: line.text.slice(from - line.start, to - line.start),
    position: {start: pointIn(line, from), end: pointIn(line, to)}
  }
}

export function paragraphOf(line: Line, from = line.start): Paragraph {
  return {type: 'paragraph', children: [textIn(line, from)], position: span(line, line, from)}
}

/** Phrasing for a labelled line: `strong` with the label and its colon, then the rest. */
function labelled(line: Line, from: number): PhrasingContent[] {
  const text = line.text.slice(from - line.start)
  const end = labelEnd(text)
  if (end < 0) return [textIn(line, from)]
  const strong: Strong = {
    type: 'strong',
    children: [textIn(line, from, from + end)],
    position: span(line, line, from, from + end)
  }
  const rest = from + end
  return rest < line.end ? [strong, textIn(line, rest)] : [strong]
}

/** A list item from a line: a bullet is skipped; a label becomes `strong`. */
export function listItemOf(line: Line): ListItem {
  const from = line.start + bulletLength(line.text)
  const paragraph: Paragraph = {
    type: 'paragraph',
    children: labelled(line, from),
    position: span(line, line, from)
  }
  return {type: 'listItem', spread: false, children: [paragraph], position: span(line, line)}
}

/** A summary key point: one line, one item; labels are not split there. */
export function keyPointOf(line: Line): ListItem {
  const from = line.start + bulletLength(line.text)
  return {
    type: 'listItem',
    spread: false,
    children: [paragraphOf(line, from)],
    position: span(line, line)
  }
}

export function noticeOf(line: Line): Notice {
  return {type: 'notice', children: [textIn(line)], position: span(line, line)}
}

export function updateOf(line: Line, kind: 'update' | 'correction'): Update {
  return {type: 'update', kind, children: [textIn(line)], position: span(line, line)}
}

export function imageOf(caption: Line, last: Line, credit: string | undefined): Media {
  const node: Media = {
    type: 'media',
    kind: 'image',
    children: [textIn(caption)],
    position: span(caption, last)
  }
  if (credit) node.credit = credit
  return node
}

export function positionOf(first: Line, last: Line): Position {
  return span(first, last)
}

/** A video embed: its title is its caption (children) and its `title`. */
export function videoOf(
  group: {slug?: Line; title?: Line; duration: string; source?: string},
  first: Line,
  last: Line,
  duration: string | undefined
): Media {
  const node: Media = {type: 'media', kind: 'video', children: [], position: span(first, last)}
  if (group.title) {
    node.title = group.title.text
    node.children = [textIn(group.title)]
  }
  if (group.slug) node.slug = group.slug.text
  if (duration) node.duration = duration
  if (group.source) node.source = group.source
  return node
}
