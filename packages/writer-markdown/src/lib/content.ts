// Post and summary content as written: a copy of the mdast with headings
// shifted two levels down (so they never end a post and render below post
// headlines) and unsafe URLs taken out.
import {isSafeUrl} from '@liveblog/core'
import type {Heading, Nodes, Parents, PhrasingContent, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {marker} from './marker.js'

/** Levels body headings are shifted by: post headlines are `##`. */
export const HEADING_SHIFT = 2
const MAX_DEPTH = 6

export interface ContentContext {
  file?: VFile | undefined
}

/** Copies flow content for writing; a `[heading]` marker precedes headings too deep to shift. */
export function writeFlow(nodes: readonly Nodes[], context: ContentContext): RootContent[] {
  const result: RootContent[] = []
  for (const node of nodes) {
    if (node.type === 'heading') {
      const depth = node.depth + HEADING_SHIFT
      if (depth > MAX_DEPTH) result.push(marker('heading', {depth: node.depth}))
      const heading: Heading = {
        ...node,
        depth: Math.min(depth, MAX_DEPTH) as Heading['depth'],
        children: writePhrasing(node.children, context)
      }
      result.push(heading)
    } else {
      result.push(...(copy(node, context) as RootContent[]))
    }
  }
  return result
}

/** Copies phrasing content for writing. */
export function writePhrasing(
  nodes: readonly PhrasingContent[],
  context: ContentContext
): PhrasingContent[] {
  return nodes.flatMap((node) => copy(node, context) as PhrasingContent[])
}

function copy(node: Nodes, context: ContentContext): Nodes[] {
  if ((node.type === 'link' || node.type === 'image') && !isSafeUrl(node.url)) {
    context.file?.message(`Unexpected unsafe URL \`${node.url.slice(0, 40)}\`, dropped`, {
      place: node.position,
      ruleId: 'unsafe-url',
      source: '@liveblog/writer-markdown'
    })
    if (node.type === 'image') return node.alt ? [{type: 'text', value: node.alt}] : []
    return writePhrasing(node.children, context)
  }
  if (!('children' in node)) return [{...node}]
  const parent = node as Parents
  const children =
    parent.type === 'blockquote' || parent.type === 'listItem'
      ? writeFlow(parent.children, context)
      : parent.children.flatMap((child) => copy(child, context))
  return [{...parent, children} as Nodes]
}
