// Inline HTML tag pairs in phrasing (`<del>$40 million</del>`) are folded
// into the mdast nodes that mean the same: `del`/`s` → delete, `em`/`i` →
// emphasis, `strong`/`b` → strong, `code` → inlineCode, `a href` → link (its
// URL checked like any other), `br` → break. Tags mdast has no node for
// (`sup`, `sub`, `mark`, `abbr`, …) are dropped and their content kept as
// it is, with an `html-tag` message. Tags with other attributes, tags whose
// pair is not in the same run of phrasing, and any other HTML are left as
// `html` nodes. One pass with a stack: linear in the number of nodes.
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import type {Html, Nodes, PhrasingContent} from 'mdast'
import {decodeNumericCharacterReference} from 'micromark-util-decode-numeric-character-reference'
import {type Context, warn} from './context.js'
import {textContent} from './depth.js'
import {span} from './position.js'

type Folded = 'delete' | 'emphasis' | 'strong' | 'inlineCode' | 'link'

const FOLDED: ReadonlyMap<string, Folded> = new Map([
  ['del', 'delete'],
  ['s', 'delete'],
  ['strike', 'delete'],
  ['em', 'emphasis'],
  ['i', 'emphasis'],
  ['strong', 'strong'],
  ['b', 'strong'],
  ['code', 'inlineCode'],
  ['a', 'link']
])

/** Inline elements with no mdast node: their content is kept, their tags are not. */
const UNWRAPPED = new Set([
  'sup',
  'sub',
  'mark',
  'abbr',
  'u',
  'ins',
  'small',
  'big',
  'span',
  'cite',
  'dfn',
  'q',
  'time',
  'kbd',
  'samp',
  'var',
  'bdi',
  'font'
])

// How far down the stack a closing tag looks for its opening tag: enough for
// real nesting, and it keeps the pass linear on hostile input.
const MAX_LOOKBACK = 8
// Tags open at once; more are left as HTML, so undoing unclosed ones stays linear.
const MAX_OPEN = 32

const OPEN = /^<([A-Za-z][A-Za-z0-9]*)(?=[\s/>])/
const CLOSE = /^<\/([A-Za-z][A-Za-z0-9]*)\s*>$/
const ATTRIBUTE = /([^\s"'=<>/`]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
const REFERENCE = /&(?:#[xX]([0-9A-Fa-f]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g

interface Tag {
  name: string
  closing: boolean
  selfClosing: boolean
  attributes: Map<string, string>
}

interface Frame {
  tag: Tag
  open: Html
  children: PhrasingContent[]
}

/** Folds inline HTML tag pairs of one run of phrasing into mdast nodes. */
export function foldInlineHtml(
  nodes: readonly PhrasingContent[],
  context: Context
): PhrasingContent[] {
  if (!nodes.some((node) => node.type === 'html')) return nodes as PhrasingContent[]
  const root: PhrasingContent[] = []
  const stack: Frame[] = []
  const top = () => stack[stack.length - 1]?.children ?? root

  for (const node of nodes) {
    const tag = node.type === 'html' ? readTag(node.value) : undefined
    if (!tag || (!tag.closing && !FOLDED.has(tag.name) && !UNWRAPPED.has(tag.name))) {
      if (tag?.name === 'br' && !tag.closing && tag.attributes.size === 0) {
        top().push(withPosition({type: 'break'}, node))
      } else {
        top().push(node)
      }
      continue
    }
    if (!tag.closing) {
      if (tag.selfClosing || !plain(tag) || stack.length >= MAX_OPEN) top().push(node)
      else stack.push({tag, open: node as Html, children: []})
      continue
    }
    let at = stack.length - 1
    while (at >= 0 && stack.length - at <= MAX_LOOKBACK && stack[at]!.tag.name !== tag.name) at--
    if (at < 0 || stack.length - at > MAX_LOOKBACK) {
      top().push(node)
      continue
    }
    // Tags opened inside this pair and never closed stay as they were.
    while (stack.length - 1 > at) unwind(stack.pop()!, top)
    const frame = stack.pop()!
    for (const folded of fold(frame, node as Html, context)) top().push(folded)
  }
  while (stack.length > 0) unwind(stack.pop()!, top)
  return root
}

function unwind(frame: Frame, top: () => PhrasingContent[]) {
  const into = top()
  into.push(frame.open)
  for (const child of frame.children) into.push(child)
}

function fold(frame: Frame, close: Html, context: Context): PhrasingContent[] {
  const {tag, open, children} = frame
  const position = span(open, close)
  const type = FOLDED.get(tag.name)
  if (type === undefined) {
    warn(
      context,
      `Unexpected \`<${tag.name}>\` (no Markdown equivalent), kept its content without the tag`,
      open,
      'html-tag'
    )
    return children
  }
  let node: PhrasingContent
  if (type === 'inlineCode') {
    node = {type, value: textContent({type: 'paragraph', children})}
  } else if (type === 'link') {
    const url = tag.attributes.get('href') ?? ''
    const title = tag.attributes.get('title')
    // `readNode` checks the URL, as for any link.
    node = title === undefined ? {type, url, children} : {type, url, title, children}
  } else {
    node = {type, children} as PhrasingContent
  }
  if (position) node.position = position
  return [node]
}

/** Whether the pair folds: no attributes, except `href` and `title` on `a`. */
function plain(tag: Tag): boolean {
  if (UNWRAPPED.has(tag.name)) return true
  if (tag.name === 'a') {
    if (!tag.attributes.has('href')) return false
    for (const name of tag.attributes.keys()) if (name !== 'href' && name !== 'title') return false
    return true
  }
  return tag.attributes.size === 0
}

/** A single HTML tag, as micromark gave it (always well formed), or `undefined`. */
function readTag(value: string): Tag | undefined {
  if (value.length > 4096) return undefined
  const close = CLOSE.exec(value)
  if (close) {
    return {name: close[1]!.toLowerCase(), closing: true, selfClosing: false, attributes: new Map()}
  }
  const open = OPEN.exec(value)
  if (!open || !value.endsWith('>')) return undefined
  const name = open[1]!.toLowerCase()
  const rest = value.slice(open[0].length, -1)
  const attributes = new Map<string, string>()
  for (const match of rest.matchAll(ATTRIBUTE)) {
    const key = match[1]!.toLowerCase()
    if (!attributes.has(key)) attributes.set(key, decode(match[2] ?? match[3] ?? match[4] ?? ''))
  }
  return {name, closing: false, selfClosing: /\/\s*$/.test(rest), attributes}
}

/** Decodes character references in an attribute value, as a browser does. */
function decode(value: string): string {
  if (!value.includes('&')) return value
  return value.replace(REFERENCE, (whole, hex?: string, decimal?: string, name?: string) => {
    if (hex) return decodeNumericCharacterReference(hex, 16)
    if (decimal) return decodeNumericCharacterReference(decimal, 10)
    const character = decodeNamedCharacterReference(name!)
    return character === false ? whole : character
  })
}

function withPosition<T extends Nodes>(node: T, from: Nodes): T {
  if (from.position) node.position = from.position
  return node
}
