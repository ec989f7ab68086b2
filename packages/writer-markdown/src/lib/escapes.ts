// mdast-util-to-markdown escapes by pattern, and some patterns are broader
// than the syntax: `a \* b` (a lone `*` between spaces opens nothing),
// `AT\&T`, `\#hashtag`, and around attention it encodes letters
// (`ta&#x78;***credit***&#x72;ules`) where the run already forms. A paragraph
// or heading that holds escapes is tried without them, and the shorter text is
// kept only when it parses back to the same nodes; otherwise the library's
// text stands. Escapes the checking parse cannot judge are always kept:
// brackets (the document's markers are definitions a `[post]` in text would
// refer to) and the GFM autolink-literal escapes (`\:`, `\@`, `\.`), so bare
// URLs stay text on GitHub too.
import type {Heading, Nodes, Paragraph, Parents} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {defaultHandlers, type Handle, type Info, type State} from 'mdast-util-to-markdown'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import {classifyCharacter} from 'micromark-util-classify-character'

// A backslash escape or a hexadecimal character reference, as the library writes them.
const ESCAPE = /\\([!-/:-@[-`{-~])|&#x([0-9A-Fa-f]{1,6});/g
const KEEP = new Set(['[', ']', ':', '@', '.', '\\'])
// Longer blocks keep their escapes: checking parses the block again, and a
// bounded size keeps that cheap whatever the block holds.
const MAX_CHECKED = 2000
// Escapes tried one by one when dropping all at once changes the parse.
const MAX_ONE_BY_ONE = 16

// The block syntax the reader knows that an unescaped character could start.
const syntax = {
  extensions: [gfmStrikethrough(), gfmTable()],
  mdastExtensions: [gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown()]
}

export const paragraph: Handle = (node: Paragraph, parent, state: State, info: Info) =>
  fewerEscapes(
    defaultHandlers.paragraph(node, parent, state, info),
    node,
    parent?.type === 'listItem' && parent.children[0] === node ? itemMarker(state) : ''
  )

/**
 * The marker a list item's first line follows (`* `, `1. `): the paragraph's
 * first line is read after it, and together they may form other syntax
 * (`* **` is a thematic break), so escapes are judged with it in place.
 */
function itemMarker(state: State): string {
  const bullet = state.bulletCurrent ?? '*'
  return bullet === '.' || bullet === ')' ? `1${bullet} ` : `${bullet} `
}

export const heading: Handle = (node: Heading, parent, state: State, info: Info) =>
  fewerEscapes(defaultHandlers.heading(node, parent, state, info), node)

/**
 * `value` (the Markdown of `node`) without the escapes it reads the same
 * without; with `marker`, read as the first block of a list item.
 */
export function fewerEscapes(value: string, node: Paragraph | Heading, marker = ''): string {
  if (value.length > MAX_CHECKED || !(value.includes('\\') || value.includes('&#x'))) return value
  const candidates: Array<{start: number; end: number; character: string}> = []
  for (const match of value.matchAll(ESCAPE)) {
    const character = match[1] ?? String.fromCodePoint(Number.parseInt(match[2]!, 16))
    if (
      match[1] !== undefined
        ? KEEP.has(character)
        : classifyCharacter(character.codePointAt(0)!) !== undefined
    )
      continue
    candidates.push({start: match.index, end: match.index + match[0].length, character})
  }
  if (candidates.length === 0) return value
  const without = (dropped: ReadonlySet<number>) => {
    let result = ''
    let last = 0
    for (let index = 0; index < candidates.length; index++) {
      if (!dropped.has(index)) continue
      const candidate = candidates[index]!
      result += value.slice(last, candidate.start) + candidate.character
      last = candidate.end
    }
    return result + value.slice(last)
  }
  const all = new Set(candidates.keys())
  const shortest = without(all)
  if (readsAs(shortest, node, marker)) return shortest
  if (candidates.length > MAX_ONE_BY_ONE) return value
  const dropped = new Set<number>()
  for (let index = 0; index < candidates.length; index++) {
    dropped.add(index)
    if (!readsAs(without(dropped), node, marker)) dropped.delete(index)
  }
  return dropped.size === 0 ? value : without(dropped)
}

/**
 * Whether `markdown` parses to one block equal to `node`; with `marker`, as
 * the only block of a list item (continuation lines indented under it).
 */
function readsAs(markdown: string, node: Paragraph | Heading, marker: string): boolean {
  let tree: Parents
  const source = marker
    ? marker + markdown.replaceAll('\n', `\n${' '.repeat(marker.length)}`)
    : markdown
  try {
    tree = fromMarkdown(source, syntax)
  } catch {
    return false
  }
  if (tree.children.length !== 1) return false
  let block = tree.children[0]!
  if (marker) {
    const item =
      block.type === 'list' && block.children.length === 1 ? block.children[0]! : undefined
    if (item?.children.length !== 1) return false
    block = item.children[0]!
  }
  return same(block, node)
}

/** Deep equality of mdast nodes apart from `position` and `data`, adjacent text joined. */
function same(a: Nodes, b: Nodes): boolean {
  if (a.type !== b.type) return false
  const left = a as unknown as Record<string, unknown>
  const right = b as unknown as Record<string, unknown>
  for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
    if (key === 'position' || key === 'data' || key === 'children' || key === 'type') continue
    if ((left[key] ?? null) !== (right[key] ?? null)) return false
  }
  if (!('children' in a)) return !('children' in b)
  if (!('children' in b)) return false
  const one = joined(a.children as Nodes[])
  const two = joined(b.children as Nodes[])
  return one.length === two.length && one.every((child, index) => same(child, two[index]!))
}

function joined(nodes: readonly Nodes[]): Nodes[] {
  const result: Nodes[] = []
  for (const node of nodes) {
    const previous = result[result.length - 1]
    if (node.type === 'text' && node.value === '') continue
    if (node.type === 'text' && previous?.type === 'text')
      result[result.length - 1] = {type: 'text', value: previous.value + node.value}
    else result.push(node)
  }
  return result
}
