// Peak memory: micromark holds every event of a document until it is done,
// about a hundred times the size of the text, while the tree it gives is a
// tenth of that. A long document is therefore parsed in pieces of at least
// `CHUNK` characters, cut only where nothing can continue across the cut:
// before a `[post]` marker line at the start of a line after a blank line,
// outside fenced code, in a document with no raw HTML block that can span
// blank lines and no definitions other than markers. The pieces' trees are
// joined with their positions shifted, which gives the tree of the whole.
// Marker definitions are document-wide in Markdown: every piece gets the
// document's marker labels as definitions at its end (dropped again), so a
// `[post]` in text resolves as it would in one parse.
import type {Nodes, Root, RootContent} from 'mdast'

/** Smallest piece, in characters; shorter documents are parsed whole. */
export const CHUNK = 256 * 1024

const MARKERS = new Set(['post', 'media', 'update', 'notice', 'summary', 'end', 'meta', 'heading'])
const DEFINITION = /^ {0,3}\[((?:[^\\\]]|\\.){0,999})\]:/
const HTML_SPANNING = /^ {0,3}<(?:!|\?|script|pre|style|textarea)/i
const FENCE = /^ {0,3}(`{3,}|~{3,})/
const POST_MARKER = /^\[post\]:/i

/** Where to cut `value` (offsets of line starts), or `[]` to parse it whole. */
export function cutPoints(value: string, size = CHUNK): number[] {
  if (value.length < 2 * size) return []
  const cuts: number[] = []
  let fence: string | undefined
  let blank = false
  let last = 0
  let start = 0
  while (start <= value.length) {
    let end = value.indexOf('\n', start)
    if (end === -1) end = value.length
    const line = value.slice(start, Math.min(end, start + 1024))
    const open = FENCE.exec(line)
    if (fence) {
      if (open && open[1]![0] === fence[0] && open[1]!.length >= fence.length) fence = undefined
    } else if (open) {
      fence = open[1]
    } else {
      if (HTML_SPANNING.test(line)) return []
      const definition = DEFINITION.exec(line)
      if (definition && !MARKERS.has(definition[1]!.toLowerCase())) return []
      if (blank && POST_MARKER.test(line) && start - last >= size && value.length - start >= size) {
        cuts.push(start)
        last = start
      }
    }
    blank = line.trim() === '' && end - start < 1024
    start = end + 1
  }
  return cuts
}

/** The marker labels a document defines, as definitions to append to each piece. */
export function markerDefinitions(value: string): string {
  const labels = new Set<string>()
  for (const match of value.matchAll(/^\[([A-Za-z]{3,7})\]:/gm)) {
    const label = match[1]!.toLowerCase()
    if (MARKERS.has(label)) labels.add(label)
  }
  return [...labels].map((label) => `[${label}]: #\n`).join('')
}

/** Parses `value` in pieces at `cuts` with `parse`, and joins the trees. */
export function parseInPieces(
  value: string,
  cuts: readonly number[],
  parse: (piece: string) => Root
): Root {
  const suffix = `\n\n${markerDefinitions(value)}`
  const extra = suffix.split('\n').length - 3
  const root: Root = {type: 'root', children: []}
  const bounds = [0, ...cuts, value.length]
  let line = 1
  for (let index = 0; index < bounds.length - 1; index++) {
    const from = bounds[index]!
    const to = bounds[index + 1]!
    const piece = value.slice(from, to)
    const tree = parse(piece + suffix)
    // The appended definitions are the last children.
    const children = tree.children.slice(0, Math.max(0, tree.children.length - extra))
    for (const child of children) {
      shift(child, from, line - 1)
      root.children.push(child as RootContent)
    }
    line += countLines(piece)
  }
  const lines = value.split('\n')
  root.position = {
    start: {line: 1, column: 1, offset: 0},
    end: {line: lines.length, column: lines[lines.length - 1]!.length + 1, offset: value.length}
  }
  return root
}

function shift(node: Nodes, offset: number, lines: number): void {
  if (offset === 0 && lines === 0) return
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    const position = current.position
    if (position) {
      current.position = {
        start: {
          line: position.start.line + lines,
          column: position.start.column,
          offset: (position.start.offset ?? 0) + offset
        },
        end: {
          line: position.end.line + lines,
          column: position.end.column,
          offset: (position.end.offset ?? 0) + offset
        }
      }
    }
    if ('children' in current) for (const child of current.children) stack.push(child)
  }
}

function countLines(piece: string): number {
  let count = 0
  for (let index = piece.indexOf('\n'); index !== -1; index = piece.indexOf('\n', index + 1))
    count++
  return count
}
