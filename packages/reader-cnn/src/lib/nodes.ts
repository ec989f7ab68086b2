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

/** An image with no caption: a credit alone, or a mirror's stand-in line. */
export function uncaptionedImageOf(first: Line, last: Line, credit: string | undefined): Media {
  const node: Media = {type: 'media', kind: 'image', children: [], position: span(first, last)}
  if (credit) node.credit = credit
  return node
}

/** "Caption. Credit" on one line: the caption is the text up to `captionEnd`. */
export function inlineCreditImageOf(line: Line, captionLength: number): Media {
  const captionEnd = line.start + captionLength
  return {
    type: 'media',
    kind: 'image',
    credit: line.text.slice(captionLength).trim(),
    children: [textIn(line, line.start, captionEnd)],
    position: span(line, line)
  }
}

/**
 * A label on a line of its own with its item on the next, bulleted:
 * "Debate night:" then "• She spoke first." One item: the label in `strong`,
 * the line break after it as text (`gap` is the input between the lines), so
 * a writer keeps the two apart, then the item's text without its bullet.
 */
export function labelledPairOf(label: Line, item: Line, gap: string): ListItem {
  const from = item.start + bulletLength(item.text)
  const strong: Strong = {type: 'strong', children: [textIn(label)], position: span(label, label)}
  const children: PhrasingContent[] = [strong]
  // The line break reads as a space; the indentation and any blank lines after it are left out.
  const lineBreak = /^[^\S\r\n]*(?:\r\n|\r|\n)/.exec(gap)
  if (lineBreak) {
    const end = label.end + lineBreak[0].length
    children.push({
      type: 'text',
      value: lineBreak[0],
      position: {
        start: pointIn(label, label.end),
        end: {line: label.line + 1, column: 1, offset: end}
      }
    })
  }
  if (from < item.end) children.push(textIn(item, from))
  const paragraph: Paragraph = {type: 'paragraph', children, position: span(label, item)}
  return {type: 'listItem', spread: false, children: [paragraph], position: span(label, item)}
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
