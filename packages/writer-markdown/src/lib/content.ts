// Post and summary content as written: a copy of the mdast with headings
// shifted two levels down (so they never end a post and render below post
// headlines), unsafe URLs taken out, raw HTML written as text unless allowed,
// and phrasing nested absurdly deep kept as its text (mdast-util-to-markdown
// takes time that grows steeply with emphasis depth).
import {isSafeUrl, toString} from '@liveblog/core'
import type {Heading, Nodes, Parents, PhrasingContent, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {marker} from './marker.js'

/** Levels body headings are shifted by: post headlines are `##`. */
export const HEADING_SHIFT = 2
const MAX_DEPTH = 6

export interface ContentContext {
  file?: VFile | undefined
  /** Write `html` nodes as raw HTML (default: as text, which shows it). */
  allowDangerousHtml?: boolean | undefined
  /** How many emphasis, strong, delete and link nodes enclose the current one. */
  phrasingDepth?: number
  /** Identifiers of the tree's footnote definitions: a reference to none is written as text. */
  footnotes?: ReadonlySet<string> | undefined
}

/** Deepest nesting of emphasis, strong, delete and link written as such. */
export const MAX_PHRASING_NESTING = 12

const NESTING = new Set(['emphasis', 'strong', 'delete', 'link'])
const SOURCE = '@liveblog/writer-markdown'

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
    } else if (node.type === 'html' && !context.allowDangerousHtml) {
      rawHtml(node, context)
      result.push({type: 'paragraph', children: [{type: 'text', value: node.value}]})
    } else {
      for (const child of copy(node, context)) result.push(child as RootContent)
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
      source: SOURCE
    })
    if (node.type === 'image') return node.alt ? [{type: 'text', value: node.alt}] : []
    return writePhrasing(node.children, context)
  }
  if (node.type === 'html' && !context.allowDangerousHtml) {
    rawHtml(node, context)
    return [{type: 'text', value: node.value}]
  }
  if (node.type === 'footnoteReference' && !context.footnotes?.has(node.identifier)) {
    // GFM reads `[^x]` as a reference only when `x` is defined.
    const value = `[^${node.label ?? node.identifier}]`
    context.file?.message(
      `Unexpected footnote reference \`${value}\` with no definition, written as text`,
      {
        place: node.position,
        ruleId: 'footnote-undefined',
        source: SOURCE
      }
    )
    return [{type: 'text', value}]
  }
  if (!('children' in node)) return [{...node}]
  const parent = node as Parents
  const depth = context.phrasingDepth ?? 0
  const nests = NESTING.has(parent.type)
  if (nests && depth >= MAX_PHRASING_NESTING) {
    context.file?.message(
      `Unexpected \`${parent.type}\` nested more than ${MAX_PHRASING_NESTING} deep, written as its text`,
      {place: parent.position, ruleId: 'too-deep', source: SOURCE}
    )
    return [{type: 'text', value: toString(parent)}]
  }
  if (nests) context.phrasingDepth = depth + 1
  const children =
    parent.type === 'blockquote' ||
    parent.type === 'listItem' ||
    parent.type === 'footnoteDefinition'
      ? writeFlow(parent.children, context)
      : parent.children.flatMap((child) => copy(child, context))
  context.phrasingDepth = depth
  return [{...parent, children} as Nodes]
}

function rawHtml(node: Nodes, context: ContentContext) {
  context.file?.message(
    'Raw HTML written as text (it shows as written; `allowDangerousHtml` keeps it as HTML)',
    {
      place: node.position,
      ruleId: 'raw-html',
      source: SOURCE
    }
  )
}
