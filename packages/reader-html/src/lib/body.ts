// An update's markup → lbast content, with `hast-util-to-mdast`, plus
// handlers for what lbast has and mdast does not: writer-html's
// `<figure class="media …">` (and any `<figure>` with an image) → `media`,
// `<p class="update">` → `update`. Then the same checks the other readers
// apply: no `javascript:`/`data:`/… URL stays live (the link keeps its
// text, an image its `alt`), anything lbast has no node for becomes its
// text, `null` fields are left out.
import {
  BLOCK_CONTENT_TYPES,
  isSafeUrl,
  type Media,
  type MediaKind,
  PHRASING_CONTENT_TYPES,
  type PostContent,
  type Update,
  withoutNulls
} from '@liveblog/core'
import type {Element, ElementContent, Nodes as HastNodes, Root as HastRoot} from 'hast'
import {type Handle, type State, toMdast} from 'hast-util-to-mdast'
import type {Nodes, PhrasingContent, Text} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {type Context, report} from './context.js'
import {attribute, collapse, find, hasClass, textOf, tokens} from './hast.js'

/** Elements nested deeper than this in one update are unwrapped (lbast trees stay under core's `MAX_DEPTH`). */
export const MAX_BODY_DEPTH = 256

const KINDS: ReadonlySet<string> = new Set(['image', 'video', 'audio', 'map', 'embed'])

// What lbast holds: its block and phrasing content and their inner nodes.
const KNOWN: ReadonlySet<string> = new Set([
  ...BLOCK_CONTENT_TYPES,
  ...PHRASING_CONTENT_TYPES,
  'listItem',
  'tableRow',
  'tableCell',
  'media',
  'update'
])

/** lbast content for an update's elements. */
export function readBody(nodes: readonly ElementContent[], context: Context): PostContent[] {
  if (nodes.length === 0) return []
  let deep: ElementContent | undefined
  const hast: HastRoot = {
    type: 'root',
    children: flatten(nodes, (node) => {
      deep ??= node
    })
  }
  if (deep) {
    report(
      context,
      `Content nested more than ${MAX_BODY_DEPTH} levels deep: the deeper elements are unwrapped, their text kept`,
      deep,
      'too-deep'
    )
  }
  const mdast = toMdast(hast, {
    handlers: {figure, p: paragraph},
    nodeHandlers: {comment: () => undefined}
  })
  const result: PostContent[] = []
  const children = mdast.type === 'root' ? mdast.children : [mdast]
  for (const child of children) {
    for (const node of clean(child as Nodes, context)) result.push(node as PostContent)
  }
  return result
}

/** Plain text (`articleBody`) as paragraphs, one per line. */
export function textBody(value: string): PostContent[] {
  const result: PostContent[] = []
  for (const line of value.split(/\r\n|\r|\n/)) {
    const text = collapse(line)
    if (text) result.push({type: 'paragraph', children: [{type: 'text', value: text}]})
  }
  return result
}

/**
 * The elements with comments dropped, `<span>`s unwrapped and adjacent
 * text joined: `hast-util-to-mdast` joins adjacent text by splicing, which
 * is quadratic in a paragraph of thousands of spans or comments.
 */
function flatten(
  nodes: readonly ElementContent[],
  onDeep: (node: ElementContent) => void
): ElementContent[] {
  const out: ElementContent[] = []
  const push = (list: ElementContent[], node: ElementContent) => {
    const last = list[list.length - 1]
    if (node.type === 'text' && last?.type === 'text') {
      const joined: ElementContent = {type: 'text', value: last.value + node.value}
      if (last.position && node.position)
        joined.position = {start: last.position.start, end: node.position.end}
      list[list.length - 1] = joined
    } else list.push(node)
  }
  // Iterative: each frame is a list being filled from a list of sources.
  const stack: Array<{
    from: readonly ElementContent[]
    index: number
    into: ElementContent[]
    depth: number
  }> = [{from: nodes, index: 0, into: out, depth: 0}]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    if (frame.index >= frame.from.length) {
      stack.pop()
      continue
    }
    const node = frame.from[frame.index++]!
    if (node.type === 'comment') continue
    if (node.type !== 'element') {
      push(frame.into, node)
      continue
    }
    const unwrap =
      (node.tagName === 'span' && Object.keys(node.properties).length === 0) ||
      frame.depth >= MAX_BODY_DEPTH
    if (frame.depth >= MAX_BODY_DEPTH) onDeep(node)
    if (unwrap) {
      stack.push({from: node.children, index: 0, into: frame.into, depth: frame.depth})
      continue
    }
    const copy: Element = {...node, children: []}
    push(frame.into, copy)
    stack.push({from: node.children, index: 0, into: copy.children, depth: frame.depth + 1})
  }
  return out
}

/** `<figure>` → lbast `media` when it is one (writer-html's, or one with an image). */
const figure: Handle = (state: State, node: Element) => {
  const image = find(node, (element) => element.tagName === 'img')
  const marked = hasClass(node, 'media')
  if (!marked && !image) return state.all(node) as never
  const kind = (tokens(node, 'className').find((name) => KINDS.has(name)) ?? 'image') as MediaKind
  const result: Media = {type: 'media', kind, children: []}
  const titleLine = find(node, (element) => hasClass(element, 'media-title'))
  const link = titleLine && find(titleLine, (element) => element.tagName === 'a')
  const url = image ? attribute(image, 'src') : link ? attribute(link, 'href') : undefined
  if (url) result.url = url
  const duration = titleLine && find(titleLine, (element) => element.tagName === 'time')
  const durationValue = duration && attribute(duration, 'dateTime')
  if (durationValue) result.duration = durationValue
  const caption = find(node, (element) => element.tagName === 'figcaption')
  const credit = caption && find(caption, (element) => hasClass(element, 'credit'))
  const source = caption && find(caption, (element) => hasClass(element, 'source'))
  if (credit) result.credit = textOf(credit)
  if (source) result.source = textOf(source).replace(/^Source:\s*/, '')
  if (caption) {
    const kept: Element = {
      ...caption,
      children: caption.children.filter((child) => child !== credit && child !== source)
    }
    result.children = trimPhrasing(state.all(kept) as PhrasingContent[])
  }
  const captionText = toString(result)
  if (titleLine) {
    const title = textOf(link ?? find(titleLine, (element) => element.tagName === 'strong'))
    const label = kind.charAt(0).toUpperCase() + kind.slice(1)
    if (title && title !== label) result.title = title
  } else if (image) {
    const alt = collapse(attribute(image, 'alt') ?? '')
    if (alt && alt !== captionText) result.title = alt
  }
  state.patch(node, result as never)
  return result as never
}

/** `<p class="update">` (and `correction`) → lbast `update`; other paragraphs as usual. */
const paragraph: Handle = (state: State, node: Element) => {
  const children = trimPhrasing(state.all(node) as PhrasingContent[])
  if (!hasClass(node, 'update')) {
    if (children.length === 0) return undefined
    const result = {type: 'paragraph' as const, children}
    state.patch(node, result)
    return result
  }
  const result: Update = {type: 'update', children}
  result.kind = hasClass(node, 'correction') ? 'correction' : 'update'
  state.patch(node, result as never)
  return result as never
}

function trimPhrasing(children: PhrasingContent[]): PhrasingContent[] {
  const first = children[0]
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '')
  const last = children[children.length - 1]
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '')
  return children.filter((child) => child.type !== 'text' || child.value !== '')
}

/**
 * mdast from `hast-util-to-mdast` → lbast content: unsafe URLs dropped,
 * unknown nodes read as text, `null` fields left out. Iterative over the
 * tree (a deep page does not overflow the stack).
 */
function clean(node: Nodes, context: Context): Nodes[] {
  const replacement = replace(node, context)
  if (replacement) return replacement
  const root = withoutNulls(node)
  const stack: Array<Record<string, unknown>> = [root as unknown as Record<string, unknown>]
  while (stack.length > 0) {
    const parent = stack.pop()!
    const children = parent.children as Nodes[] | undefined
    if (!Array.isArray(children)) continue
    const next: Nodes[] = []
    for (const child of children) {
      const swapped = replace(child, context)
      if (swapped) {
        for (const item of swapped) next.push(item)
        continue
      }
      const copy = withoutNulls(child)
      next.push(copy)
      stack.push(copy as unknown as Record<string, unknown>)
    }
    parent.children = next
  }
  return [root]
}

/** What replaces a node lbast cannot keep as it is, or `undefined` to keep it. */
function replace(node: Nodes, context: Context): Nodes[] | undefined {
  if ((node.type === 'link' || node.type === 'image') && !isSafeUrl(node.url)) {
    report(
      context,
      `Unexpected unsafe URL \`${node.url.slice(0, 40)}\`, dropped`,
      node,
      'unsafe-url'
    )
    if (node.type === 'link') return node.children.flatMap((child) => clean(child, context))
    return node.alt ? [textNode(node.alt, node)] : []
  }
  const url = (node as {url?: unknown}).url
  if (node.type === ('media' as string) && typeof url === 'string' && !isSafeUrl(url)) {
    report(context, `Unexpected unsafe URL \`${url.slice(0, 40)}\`, dropped`, node, 'unsafe-url')
    const {url: _url, ...rest} = node as unknown as Media
    return clean(rest as unknown as Nodes, context)
  }
  if (node.type === 'html') return []
  if (!KNOWN.has(node.type)) {
    report(
      context,
      `Unexpected \`${node.type}\` content, read as text`,
      node,
      'unsupported-node',
      'info'
    )
    return [textNode(toString(node), node)]
  }
  return undefined
}

function textNode(value: string, from: Nodes): Text {
  const text: Text = {type: 'text', value}
  if (from.position) text.position = from.position
  return text
}

export type {HastNodes}
