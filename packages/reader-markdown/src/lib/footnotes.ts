// GFM footnotes: a definition belongs to the post (or summary) whose text
// refers to it. Markdown written by hand often puts every definition at the
// end of the document, which would hand them all to the last post; each
// definition that its own section never refers to moves to the end of the
// first post or summary that does. Linear in the size of the tree.
import type {Root} from '@liveblog/core'
import type {FootnoteDefinition, Nodes} from 'mdast'

type Section = {children: unknown[]}

/** Moves top-level footnote definitions to the section that refers to them. */
export function placeFootnotes(root: Root): void {
  // The first section referring to each identifier, and each section's references.
  const firstUse = new Map<string, Section>()
  const uses = new Map<Section, Set<string>>()
  let any = false
  for (const node of root.children) {
    if (node.type !== 'post' && node.type !== 'summary') continue
    const section = node as Section
    const ids = references(node as unknown as Nodes)
    uses.set(section, ids)
    for (const id of ids) if (!firstUse.has(id)) firstUse.set(id, section)
    if (!any) any = node.children.some((child) => child.type === 'footnoteDefinition')
  }
  if (!any) return
  const moves: Array<[Section, FootnoteDefinition]> = []
  for (const [section, ids] of uses) {
    const kept: unknown[] = []
    for (const child of section.children) {
      const definition = child as FootnoteDefinition
      const target =
        definition.type === 'footnoteDefinition' && !ids.has(definition.identifier)
          ? firstUse.get(definition.identifier)
          : undefined
      if (target && target !== section) moves.push([target, definition])
      else kept.push(child)
    }
    section.children = kept
  }
  for (const [target, definition] of moves) target.children.push(definition)
}

/** Identifiers of the footnote references in a node, without recursion. */
function references(node: Nodes): Set<string> {
  const ids = new Set<string>()
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.type === 'footnoteReference') ids.add(current.identifier)
    else if ('children' in current) for (const child of current.children) stack.push(child)
  }
  return ids
}
