// The mdast node types lbast allows as block and as phrasing content, in one
// place for the builders, the validator and the readers.

/**
 * mdast flow content allowed in posts, summaries, quotes and list items
 * (`footnoteDefinition` is GFM's, kept where the Markdown placed it).
 */
export const BLOCK_CONTENT_TYPES: readonly string[] = [
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'table',
  'html',
  'code',
  'footnoteDefinition'
]

/** mdast phrasing content allowed in paragraphs, captions, notices and updates (`footnoteReference` is GFM's). */
export const PHRASING_CONTENT_TYPES: readonly string[] = [
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'break',
  'link',
  'image',
  'html',
  'footnoteReference'
]

const BLOCK = new Set(BLOCK_CONTENT_TYPES)
const PHRASING = new Set(PHRASING_CONTENT_TYPES)

/** Whether a node type is mdast block content lbast allows. */
export function isBlockContentType(type: string): boolean {
  return BLOCK.has(type)
}

/** Whether a node type is mdast phrasing content lbast allows. */
export function isPhrasingContentType(type: string): boolean {
  return PHRASING.has(type)
}
