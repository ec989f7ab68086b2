// mdast content → lbast content: headings read back up by the post depth,
// references resolved, unsafe URLs dropped, `null` fields left out, and
// anything lbast has no node for turned into text, each with a message.
import {BLOCK_CONTENT_TYPES, isSafeUrl, PHRASING_CONTENT_TYPES, withoutNulls} from '@liveblog/core'
import type {BlockContent, Heading, Nodes, PhrasingContent, RootContent, Text} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {type Context, warn} from './context.js'
import {foldInlineHtml} from './inline-html.js'
import {readMarker} from './marker.js'
import {span} from './position.js'

/** Reads flow content; `[heading]` markers set the depth of the heading after them. */
export function readFlow(nodes: readonly RootContent[], context: Context): BlockContent[] {
  const result: BlockContent[] = []
  let depth: number | undefined
  for (const node of nodes) {
    if (node.type === 'definition') {
      const marker = readMarker(node, context)
      if (marker?.type === 'heading') depth = marker.fields.depth as number | undefined
      else if (marker)
        warn(context, `Unexpected \`[${marker.type}]\` marker here`, node, 'marker-misplaced')
      continue
    }
    if (node.type === 'heading') {
      result.push(readHeading(node, depth, context))
    } else {
      for (const child of readNode(node, context)) result.push(child as BlockContent)
    }
    depth = undefined
  }
  return result
}

function readHeading(node: Heading, depth: number | undefined, context: Context): Heading {
  let level = depth ?? node.depth - context.shift
  if (level < 1) {
    warn(context, `Unexpected heading of depth ${node.depth} in content`, node, 'heading-depth')
    level = 1
  }
  return withoutNulls({
    ...node,
    depth: level as Heading['depth'],
    children: readPhrasing(node.children, context)
  })
}

/** Reads phrasing content into mdast's normal form (no adjacent or empty text nodes). */
export function readPhrasing(
  nodes: readonly PhrasingContent[],
  context: Context
): PhrasingContent[] {
  const result: PhrasingContent[] = []
  for (const node of foldInlineHtml(nodes, context)) {
    for (const child of readNode(node, context)) result.push(child as PhrasingContent)
  }
  return mergeText(result)
}

/** Joins adjacent text nodes and drops empty ones, as a Markdown parser would give them. */
export function mergeText(nodes: PhrasingContent[]): PhrasingContent[] {
  const result: PhrasingContent[] = []
  for (const node of nodes) {
    const previous = result[result.length - 1]
    if (node.type === 'text' && node.value === '') continue
    if (node.type === 'text' && previous?.type === 'text') {
      const merged: Text = {type: 'text', value: previous.value + node.value}
      const position = span(previous, node)
      if (position) merged.position = position
      result[result.length - 1] = merged
    } else {
      result.push(node)
    }
  }
  return result
}

function readNode(node: Nodes, context: Context): Nodes[] {
  switch (node.type) {
    case 'linkReference':
    case 'imageReference': {
      const definition = context.definitions.get(node.identifier)
      if (!definition) return [textOf(node)]
      const title = definition.title ?? undefined
      const resolved: Nodes =
        node.type === 'linkReference'
          ? {type: 'link', url: definition.url, title, children: node.children}
          : {type: 'image', url: definition.url, title, alt: node.alt ?? ''}
      if (node.position) resolved.position = node.position
      return readNode(resolved, context)
    }
    case 'link':
    case 'image':
      if (node.type === 'link' && isBareUrl(node, context)) return [textOf(node)]
      if (!isSafeUrl(node.url)) {
        warn(
          context,
          `Unexpected unsafe URL \`${node.url.slice(0, 40)}\`, dropped`,
          node,
          'unsafe-url'
        )
        return node.type === 'link' ? readPhrasing(node.children, context) : [textOf(node)]
      }
      break
    case 'footnoteDefinition':
      return [withoutNulls({...node, children: readFlow(node.children, context)} as Nodes)]
    case 'definition':
    case 'yaml':
      // Only at the top of a container; `readFlow` handles them there.
      return readFlow([node], context)
    case 'list':
      return [
        withoutNulls({
          ...node,
          start: node.ordered && node.start !== 1 ? node.start : undefined,
          children: node.children.map((item) => readNode(item, context)[0]!)
        } as Nodes)
      ]
    default:
      break
  }
  if (!KNOWN.has(node.type)) {
    warn(context, `Unexpected \`${node.type}\` node, read as text`, node, 'unsupported-node')
    return [textOf(node)]
  }
  if (!('children' in node)) return [withoutNulls({...node})]
  const children =
    node.type === 'blockquote' || node.type === 'listItem'
      ? readFlow(node.children, context)
      : node.type === 'table' || node.type === 'tableRow'
        ? node.children.flatMap((child) => readNode(child, context))
        : readPhrasing(node.children as PhrasingContent[], context)
  return [withoutNulls({...node, children} as Nodes)]
}

// What lbast holds: its block and phrasing content and their inner nodes.
const KNOWN = new Set([
  ...BLOCK_CONTENT_TYPES,
  ...PHRASING_CONTENT_TYPES,
  'listItem',
  'tableRow',
  'tableCell'
])

/**
 * Whether a link is one of GFM's autolink literals (`https://…`, `www.…`,
 * `a@b.co` in running text): lbast keeps those as the text that was written,
 * as GFM's transform ignores escapes and would otherwise turn text into links.
 * Links written as `[…](…)`, `[…][…]` or `<…>` start with a bracket.
 */
function isBareUrl(node: Nodes, context: Context): boolean {
  if (context.source === undefined) return false
  const offset = node.position?.start.offset
  if (offset === undefined) return true
  const first = context.source.charAt(offset)
  return first !== '[' && first !== '<'
}

function textOf(node: Nodes): Text {
  const value =
    node.type === 'image' || node.type === 'imageReference' ? (node.alt ?? '') : toString(node)
  const text: Text = {type: 'text', value}
  if (node.position) text.position = node.position
  return text
}
