// Small xast builders: text elements whose content and attributes are made
// safe for XML, and containers laid out one child per indented line.
import type {Element, ElementContent} from 'xast'
import type {Raw} from 'xast-util-to-xml'
import {x} from 'xastscript'
import {xmlChars} from './xml-chars.js'
import {xmlText} from './xml-text.js'

export type Attributes = Record<string, string | undefined>

/** `<name attributes>value</name>`. */
export function leaf(name: string, value: string, attributes: Attributes = {}): Element {
  return x(name, clean(attributes), xmlText(value))
}

/** `<name attributes/>`. */
export function empty(name: string, attributes: Attributes): Element {
  return x(name, clean(attributes))
}

/** A line break and the indentation of an element at `depth`. */
export function lineBreak(depth: number): string {
  return `\n${'  '.repeat(depth)}`
}

/** A container at `depth` with each child on its own line, indented. */
export function block(
  name: string,
  attributes: Attributes,
  children: Array<Element | Raw | undefined>,
  depth: number
): Element {
  const inner = lineBreak(depth + 1)
  const content: ElementContent[] = []
  for (const child of children) {
    if (!child) continue
    content.push({type: 'text', value: inner}, child)
  }
  if (content.length > 0) content.push({type: 'text', value: lineBreak(depth)})
  return x(name, clean(attributes), content)
}

function clean(attributes: Attributes): Record<string, string | undefined> {
  const result: Record<string, string | undefined> = {}
  for (const [key, value] of Object.entries(attributes)) {
    result[key] = value === undefined ? undefined : xmlChars(value)
  }
  return result
}
