// Small questions about hast elements: classes, attributes, text. Each looks
// at one element or walks one subtree once, without recursion.
import type {Element, ElementContent, Nodes, Root} from 'hast'
import {toString} from 'hast-util-to-string'

/** Every element of `tree` in document order (iterative: deep pages do not overflow the stack). */
export function* elements(tree: Nodes): Generator<Element> {
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'element') yield node
    if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--)
        stack.push(node.children[index]!)
    }
  }
}

/** The element's `name` attribute as a string (tokens joined by spaces), or `undefined`. */
export function attribute(node: Element, name: string): string | undefined {
  const value = node.properties[name]
  if (value === undefined || value === null || value === false) return undefined
  if (Array.isArray(value)) return value.join(' ')
  return String(value)
}

/** The element's `name` attribute as a list of tokens (`className`, `itemProp`, `itemType`, `rel`). */
export function tokens(node: Element, name: string): string[] {
  const value = node.properties[name]
  if (Array.isArray(value)) return value.map(String)
  if (typeof value === 'string') return value.split(/[ \t\n\f\r]+/).filter(Boolean)
  return []
}

export function hasClass(node: Element, name: string): boolean {
  return tokens(node, 'className').includes(name)
}

/** Text of a node with white space collapsed and trimmed, as a reader sees it. */
export function textOf(node: Nodes | undefined): string {
  return node ? collapse(toString(node)) : ''
}

/** Runs of white space as one space, trimmed. Linear. */
export function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

/** The first element in `node`'s subtree (itself excluded) that `test` accepts. */
export function find(
  node: Element | Root,
  test: (element: Element) => boolean
): Element | undefined {
  for (const element of elements(node)) if (element !== node && test(element)) return element
  return undefined
}

/** Direct element children of `node`. */
export function childElements(node: Element | Root): Element[] {
  const result: Element[] = []
  for (const child of node.children) if (child.type === 'element') result.push(child)
  return result
}

export function isHeading(node: Element): boolean {
  return /^h[1-6]$/.test(node.tagName)
}

export type {Element, ElementContent, Root}
