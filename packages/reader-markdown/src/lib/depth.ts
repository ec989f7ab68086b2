// Markdown nests without bound (`>>>>…`, `- - - …`, `***a***…`) and
// remark-parse follows it; lbast trees do not need to (the validator stops at
// `MAX_DEPTH`), and the steps after this one recurse. Content nested deeper
// than `MAX_NESTING` is kept as its text, with a warning: nothing is lost and
// nothing can overflow the stack.
import type {Nodes, Root, Text} from 'mdast'
import {place, span} from './position.js'

/** Deepest nesting read as structure; real posts use a handful of levels. */
export const MAX_NESTING = 64

// Parents whose children are phrasing: cut to one text node.
const PHRASING_PARENT = new Set([
  'paragraph',
  'heading',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'tableCell'
])
// Parents whose children are flow: cut to one paragraph. Lists and tables are
// not cut themselves; their items and cells are, one level down.
const FLOW_PARENT = new Set(['blockquote', 'listItem', 'footnoteDefinition'])

/** Flattens what is nested too deep in place; calls `cut` for each node cut. */
export function limitNesting(tree: Root, cut: (node: Nodes) => void): void {
  const stack: Array<{node: Nodes; depth: number}> = [{node: tree, depth: 0}]
  while (stack.length > 0) {
    const {node, depth} = stack.pop()!
    if (!('children' in node)) continue
    const flow = FLOW_PARENT.has(node.type)
    if (depth >= MAX_NESTING && (flow || PHRASING_PARENT.has(node.type))) {
      const text: Text = {type: 'text', value: textContent(node)}
      const position = span(node.children[0], node.children[node.children.length - 1])
      place(text, position)
      const children = flow ? [place({type: 'paragraph', children: [text]}, position)] : [text]
      ;(node as {children: unknown[]}).children = children
      cut(node)
      continue
    }
    for (const child of node.children) stack.push({node: child, depth: depth + 1})
  }
}

/** `mdast-util-to-string` without recursion: values and image alts in order. */
export function textContent(node: Nodes): string {
  let result = ''
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if ('value' in current && typeof current.value === 'string') {
      result += current.value
    } else if (current.type === 'image' || current.type === 'imageReference') {
      result += current.alt ?? ''
    } else if ('children' in current) {
      for (let index = current.children.length - 1; index >= 0; index--) {
        stack.push(current.children[index]!)
      }
    }
  }
  return result
}
