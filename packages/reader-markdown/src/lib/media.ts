// Media: a `[media]` marker and its paragraph (lead, caption, credit joined
// by hard breaks), or, in hand-written Markdown, a paragraph opening with an
// image.
import {isSafeUrl, type Media, type MediaKind} from '@liveblog/core'
import type {Paragraph, PhrasingContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {readPhrasing} from './content.js'
import {type Context, warn} from './context.js'
import type {Marker} from './marker.js'
import {place, span} from './position.js'

/** A media node from its marker and the paragraph after it (absent for `empty: true`). */
export function markedMedia(
  marker: Marker,
  paragraph: Paragraph | undefined,
  context: Context
): Media {
  const {fields} = marker
  const kind = (fields.kind as MediaKind | undefined) ?? 'image'
  const parts = [...(paragraph?.children ?? [])]
  const node: Media = {type: 'media', kind, children: []}
  let url = fields.url as string | null | undefined
  let title = fields.title as string | null | undefined
  let credit = fields.credit as string | null | undefined

  const first = parts[0]
  if (url === undefined && kind === 'image' && first?.type === 'image') {
    url = first.url
    if (title === undefined) title = first.title
    parts.shift()
    if (parts[0]?.type === 'break') parts.shift()
  } else if (title === undefined && isLine(parts, 0)) {
    title = toString(parts.shift())
    if (parts[0]?.type === 'break') parts.shift()
  }
  const last = parts.length - 1
  if (
    credit === undefined &&
    parts[last]?.type === 'emphasis' &&
    (last === 0 || parts[last - 1]?.type === 'break')
  ) {
    credit = toString(parts.pop())
    if (parts[parts.length - 1]?.type === 'break') parts.pop()
  }

  if (url != null) setUrl(node, url, paragraph, context)
  if (title != null) node.title = title
  for (const key of ['slug', 'duration', 'source'] as const) {
    const value = fields[key]
    if (typeof value === 'string') node[key] = value
  }
  if (credit != null) node.credit = credit
  node.children = readPhrasing(parts, context)
  // `caption: title`: the caption is the title, written once.
  if (fields.caption === 'title' && node.title !== undefined && node.children.length === 0) {
    node.children = [{type: 'text', value: node.title}]
  }
  return place(node, span(marker.node, paragraph ?? marker.node))
}

/** Whether a part at `index` is a bold line: a `strong` alone or before a hard break. */
function isLine(parts: readonly PhrasingContent[], index: number): boolean {
  return (
    parts[index]?.type === 'strong' &&
    (parts.length === index + 1 || parts[index + 1]?.type === 'break')
  )
}

/** Whether a hand-written paragraph reads as a figure: it opens with an image. */
export function isFigure(node: Paragraph): boolean {
  return node.children[0]?.type === 'image'
}

/** A media node from a hand-written figure: `![caption](url)`, lines after it, a last italic credit. */
export function guessedMedia(paragraph: Paragraph, context: Context): Media {
  warn(context, 'Read a paragraph opening with an image as media', paragraph, 'media-guessed')
  const parts = [...paragraph.children]
  const image = parts.shift()
  const node: Media = {type: 'media', kind: 'image', children: []}
  const last = parts[parts.length - 1]
  const before = parts[parts.length - 2]
  if (last?.type === 'emphasis' && before && endsLine(before)) {
    node.credit = toString(parts.pop())
  }
  // Line endings separate the image, the caption and the credit.
  while (parts[0] && isBlank(parts[0])) parts.shift()
  while (parts.length > 0 && isBlank(parts[parts.length - 1]!)) parts.pop()
  const head = parts[0]
  if (head?.type === 'text') parts[0] = {...head, value: head.value.trimStart()}
  const tail = parts[parts.length - 1]
  if (tail?.type === 'text') parts[parts.length - 1] = {...tail, value: tail.value.trimEnd()}
  if (image?.type === 'image') {
    setUrl(node, image.url, image, context)
    if (image.title) node.title = image.title
    if (parts.length === 0 && image.alt)
      parts.push({type: 'text', value: image.alt, position: image.position})
  }
  node.children = readPhrasing(parts, context)
  return place(node, paragraph.position)
}

function isBlank(node: PhrasingContent): boolean {
  return node.type === 'break' || (node.type === 'text' && node.value.trim() === '')
}

function endsLine(node: PhrasingContent): boolean {
  return node.type === 'break' || (node.type === 'text' && /\n[ \t]*$/.test(node.value))
}

function setUrl(
  node: Media,
  url: string,
  at: Paragraph | PhrasingContent | undefined,
  context: Context
) {
  if (!isSafeUrl(url))
    warn(context, `Unexpected unsafe URL \`${url.slice(0, 40)}\`, dropped`, at, 'unsafe-url')
  else node.url = url
}
