// Splits input into lines that remember where they are, so every node can
// point back at the exact characters it came from.
import type {Point, Position} from 'unist'

export interface Line {
  /** 0-based index of the line. */
  index: number
  /** The line without its ending and without surrounding white space. */
  text: string
  /** Offset of `text` in the input. */
  start: number
  /** Offset just past `text` in the input. */
  end: number
  /** 1-based line number. */
  line: number
  /** 1-based column of `text`. */
  column: number
}

const BOM = 0xfeff

/** Splits on LF, CRLF and lone CR; trims each line but keeps exact offsets. */
export function splitLines(value: string): Line[] {
  const lines: Line[] = []
  const first = value.charCodeAt(0) === BOM ? 1 : 0
  const ending = /\r\n?|\n/g
  let lineStart = first
  let number = 1
  for (let match = ending.exec(value); match; match = ending.exec(value)) {
    lines.push(
      makeLine(value, lines.length, lineStart, match.index, number, number === 1 ? 0 : lineStart)
    )
    lineStart = match.index + match[0].length
    number++
  }
  lines.push(
    makeLine(value, lines.length, lineStart, value.length, number, number === 1 ? 0 : lineStart)
  )
  return lines
}

function makeLine(
  value: string,
  index: number,
  from: number,
  to: number,
  line: number,
  columnBase: number
): Line {
  let start = from
  let end = to
  while (start < end && isSpace(value.charCodeAt(start))) start++
  while (end > start && isSpace(value.charCodeAt(end - 1))) end--
  // Columns count from the real line start (a BOM is column 1 of line 1).
  return {index, text: value.slice(start, end), start, end, line, column: start - columnBase + 1}
}

function isSpace(code: number): boolean {
  // Space, tab, NBSP, other Unicode spaces, zero-width space: what copies leave at line edges.
  return (
    code === 32 ||
    code === 9 ||
    code === 11 ||
    code === 12 ||
    code === 0xa0 ||
    code === 0x200b ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f
  )
}

/** The point of an offset inside a line. */
export function pointIn(line: Line, offset: number): Point {
  return {line: line.line, column: line.column + (offset - line.start), offset}
}

/** A position from `startOffset` in line `a` to `endOffset` in line `b`. */
export function span(a: Line, b: Line, startOffset = a.start, endOffset = b.end): Position {
  return {start: pointIn(a, startOffset), end: pointIn(b, endOffset)}
}
