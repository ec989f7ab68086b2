// Peak memory: micromark holds every event of a document until it is done,
// about a hundred times the size of the text, while the tree it gives is a
// tenth of that. A long document is therefore parsed in pieces of at least
// `CHUNK` characters, cut only where nothing can continue across the cut:
// before a `[post]` marker line at the start of a line after a blank line,
// outside fenced code, in a document with no raw HTML block that can span
// blank lines and no definitions other than markers. The pieces' trees are
// joined with their positions shifted, which gives the tree of the whole.
// Marker definitions are document-wide in Markdown: a piece that names a
// marker label in brackets gets the document's marker labels as definitions
// at its end (dropped again), so a `[post]` in text resolves as it would in
// one parse.
//
// Memory: a piece with definitions appended is a new string, which every
// slice micromark cuts from it would keep whole (V8 keeps a slice's parent).
// So a `value` that reads as the text at its place becomes a slice of the
// text (which the caller holds anyway, and costs a few bytes), and any other
// string of the tree is copied.
import type {Nodes, Root, RootContent} from 'mdast'

/**
 * Smallest piece, in characters; shorter documents are parsed whole. Small,
 * as what micromark holds while parsing a piece is some hundred times its
 * size; much smaller pieces would add definitions to more of them.
 */
export const CHUNK = 32 * 1024

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

/** The marker labels a document defines (lower case). */
export function markerLabels(value: string): string[] {
  const labels = new Set<string>()
  for (const match of value.matchAll(/^\[([A-Za-z]{3,7})\]:/gm)) {
    const label = match[1]!.toLowerCase()
    if (MARKERS.has(label)) labels.add(label)
  }
  return [...labels]
}

/**
 * Parses `value` in pieces at `cuts` with `parse`, and joins the trees; with
 * `emit`, each piece's top-level blocks go to it as soon as they are parsed
 * (with the document's marker labels) instead, and the root has none.
 */
export function parseInPieces(
  value: string,
  cuts: readonly number[],
  parse: (piece: string) => Root,
  emit?: (blocks: RootContent[], labels: readonly string[]) => void
): Root {
  const labels = markerLabels(value)
  const suffix = `\n\n${labels.map((label) => `[${label}]: #\n`).join('')}`
  const root: Root = {type: 'root', children: []}
  const bounds = [0, ...cuts, value.length]
  let line = 1
  for (let index = 0; index < bounds.length - 1; index++) {
    const from = bounds[index]!
    const to = bounds[index + 1]!
    const piece = value.slice(from, to)
    const named = namesLabel(piece, labels)
    const tree = parse(named ? piece + suffix : piece)
    // The appended definitions are the last children.
    const extra = named ? labels.length : 0
    const children = tree.children.slice(0, Math.max(0, tree.children.length - extra))
    for (const child of children) {
      shift(child, from, line - 1, named ? value : undefined)
      if (!emit) root.children.push(child as RootContent)
    }
    if (emit) emit(children, labels)
    line += countLines(piece)
  }
  let lines = 1
  let last = 0
  for (let at = value.indexOf('\n'); at !== -1; at = value.indexOf('\n', at + 1)) {
    lines++
    last = at + 1
  }
  root.position = {
    start: {line: 1, column: 1, offset: 0},
    end: {line: lines, column: value.length - last + 1, offset: value.length}
  }
  return root
}

// A marker label in brackets, as a reference could name it (labels match
// case-insensitively, with white space collapsed).
const BRACKETED = /\[[ \t\r\n]*([A-Za-z]{3,7})[ \t\r\n]*\]/g

/** Whether `piece` names one of `labels` in brackets (a definition does too). */
function namesLabel(piece: string, labels: readonly string[]): boolean {
  if (labels.length === 0) return false
  for (const match of piece.matchAll(BRACKETED)) {
    if (labels.includes(match[1]!.toLowerCase())) return true
  }
  return false
}

function shift(node: Nodes, offset: number, lines: number, source?: string): void {
  if (offset === 0 && lines === 0 && source === undefined) return
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    const position = current.position
    if (source !== undefined) own(current, position, offset, source)
    if (position && (offset !== 0 || lines !== 0)) {
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

/** Replaces the strings of `node` (not its children) by ones that keep no piece alive. */
function own(node: Nodes, position: Nodes['position'], offset: number, source: string): void {
  const fields = node as unknown as Record<string, unknown>
  for (const key in fields) {
    const field = fields[key]
    // V8 copies strings this short rather than slice them.
    if (typeof field !== 'string' || field.length < 13) continue
    const start = (position?.start.offset ?? -1) + offset
    if (
      key === 'value' &&
      position?.start.offset !== undefined &&
      (position.end.offset ?? 0) + offset - start === field.length &&
      source.startsWith(field, start)
    ) {
      fields[key] = source.slice(start, start + field.length)
    } else {
      // Flattening the pair copies it; the slice drops the extra character.
      fields[key] = `${field} `.slice(0, -1)
    }
  }
}

function countLines(piece: string): number {
  let count = 0
  for (let index = piece.indexOf('\n'); index !== -1; index = piece.indexOf('\n', index + 1))
    count++
  return count
}
