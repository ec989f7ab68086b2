// Small xast builders: text elements whose content and attributes are made
// safe for XML, and containers laid out one child per indented line.
import type {Element, ElementContent, Text} from 'xast'
import {type Raw, toXml} from 'xast-util-to-xml'
import {x} from 'xastscript'
import {feedChars as xmlChars} from './chars.js'
import {xmlText} from './xml-text.js'

export type Attributes = Record<string, string | undefined>

/** `<name attributes>value</name>`. */
export function leaf(name: string, value: string, attributes: Attributes = {}): Element {
  return x(name, clean(attributes), xmlText(value))
}

/**
 * `<name attributes>value</name>` with the text escaped by the five
 * predefined entities (`&amp;`, `&lt;`, `&gt;`): for URLs and for text that
 * is HTML. `xast-util-to-xml` escapes with hexadecimal references (`&#x26;`),
 * which XML parsers must decode but `@rowanmanning/feed-parser` does not:
 * it leaves them in links (`?a=1&#x26;b=2`), and it decodes element text one
 * more time after its XML parser, so HTML-escaped text (`&lt;b&gt;`) must
 * reach that parser as `&amp;lt;b&amp;gt;` to be read as `<b>` text.
 */
export function namedLeaf(name: string, value: string, attributes: Attributes = {}): Element {
  return x(name, clean(attributes), [{type: 'raw', value: named(value)} as unknown as Text])
}

/** `<name attributes />`, attribute values escaped by the predefined entities (see `namedLeaf`). */
export function empty(name: string, attributes: Attributes): Raw {
  let value = `<${name}`
  for (const [key, attribute] of Object.entries(clean(attributes))) {
    if (attribute !== undefined) value += ` ${key}="${named(attribute).replace(QUOTE, '&quot;')}"`
  }
  return {type: 'raw', value: `${value} />`}
}

const SPECIAL = /[&<>]/g
const QUOTE = /"/g
const CARRIAGE_RETURN = /\r\n?/g
const ENTITY: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;'}

/** Escaped with `&amp;`, `&lt;`, `&gt;`; forbidden characters dropped, line ends LF. */
function named(value: string): string {
  return xmlChars(value)
    .replace(CARRIAGE_RETURN, '\n')
    .replace(SPECIAL, (char) => ENTITY[char]!)
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

/**
 * `toXml` with raw nodes allowed: they come only from `namedLeaf` and
 * `empty`, which escape their text themselves.
 */
export function serializeXml(
  node: Parameters<typeof toXml>[0],
  options: Parameters<typeof toXml>[1] = {}
): string {
  return toXml(node, {...options, allowDangerousXml: true})
}
