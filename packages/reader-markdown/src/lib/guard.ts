// Upstream micromark takes superlinear time on some constructs: containers
// nested on one line (`* * * * … a`, `> > > …`), and inline runs it must pair
// (nested `![`, many `[…]` or `[^a]` in one paragraph, long runs of `*`, `_`,
// `~` or backticks). Real posts use a handful of each, so before parsing,
// a line nesting containers more than `MAX_NESTING` deep and a paragraph
// holding more than a limit of one kind of marker have those markers swapped
// for Unicode noncharacters of the same length: micromark reads them as text,
// positions do not move, and `restoreGuarded` puts the characters back in the
// tree. Each guard is reported with its position.
//
// U+FDD0–U+FDDF are noncharacters, "permanently reserved for internal use"
// (Unicode §23.7): any already in the input are replaced by U+FFFD, with a
// message, so they cannot be mistaken for guarded markers.
import type {Nodes, Root} from 'mdast'
import type {VFile} from 'vfile'
import {MAX_NESTING} from './depth.js'

/** Limits per paragraph (or list item line run), by kind of marker. */
export const LIMITS = {
  /** `[` (links, images, references, footnote calls). */
  brackets: 256,
  /** `*`, `_` and `~` (emphasis, strong, strikethrough). */
  attention: 1024,
  /** Backticks (code spans). */
  backticks: 256
} as const

const BASE = 0xfdd0
const GUARDED = '[]!*_~`>+-.)'
const NONCHARACTER = /[\uFDD0-\uFDDF]/g
const PLACEHOLDER = /[\uFDD0-\uFDDB]/g

const KINDS: Array<{name: keyof typeof LIMITS; count: string; swap: string; what: string}> = [
  {name: 'brackets', count: '[', swap: '[]!', what: 'brackets'},
  {name: 'attention', count: '*_~', swap: '*_~', what: '`*`, `_` or `~` markers'},
  {name: 'backticks', count: '`', swap: '`', what: 'backticks'}
]

// Where a new paragraph may start: a blank line, a list item, a heading, a
// quote, a fence, a table row. Approximate on purpose: a limit counted over
// a shorter run only guards sooner.
const BLOCK_START = /^[ \t]{0,3}(?:[*+-][ \t]|\d{1,9}[.)][ \t]|#|>|```|~~~|\||$)/
// One container marker at the start of what is left of a line.
const CONTAINER = /^[ \t]{0,3}(?:>|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/

// A cheap look for a line nesting containers past the limit; `containerPrefix`
// then reads each line exactly. Each repetition starts on a marker, so a
// failing match gives up after at most `MAX_NESTING` markers.
const DEEP_CONTAINERS = new RegExp(`(?:(?:[*+>-]|\\d{1,9}[.)])[ \\t]*){${MAX_NESTING + 1}}`)

type Report = (reason: string, line: number) => void

/**
 * The value to parse: `value` with guarded markers swapped (same length), or
 * `value` itself when nothing needs guarding; `guarded` says which.
 */
export function guardMarkdown(
  value: string,
  file: VFile,
  source: string
): {value: string; guarded: boolean} {
  const report: Report = (reason, line) =>
    file.message(reason, {place: {line, column: 1}, ruleId: 'markdown-limit', source})
  let text = value
  if (NONCHARACTER.test(text)) {
    NONCHARACTER.lastIndex = 0
    file.message('Unexpected Unicode noncharacters (U+FDD0–U+FDDF), replaced by U+FFFD', {
      ruleId: 'noncharacter',
      source
    })
    text = text.replace(NONCHARACTER, '\uFFFD')
  }
  if (!needsGuard(text)) return {value: text, guarded: false}
  const lines = text.split('\n')
  let run: number[] = []
  let changed = false
  const flush = () => {
    if (run.length === 0) return
    for (const kind of KINDS) {
      let count = 0
      for (const index of run) count += countOf(lines[index]!, kind.count)
      if (count <= LIMITS[kind.name]) continue
      for (const index of run) lines[index] = swap(lines[index]!, kind.swap)
      changed = true
      report(
        `Unexpected ${count} ${kind.what} in one paragraph (limit ${LIMITS[kind.name]}), read as text`,
        run[0]! + 1
      )
    }
    run = []
  }
  for (let index = 0; index < lines.length; index++) {
    const nested = containerPrefix(lines[index]!)
    if (nested.depth > MAX_NESTING) {
      const line = lines[index]!
      lines[index] =
        line.slice(0, nested.keep) +
        swap(line.slice(nested.keep, nested.end), '>*+-.)') +
        line.slice(nested.end)
      changed = true
      report(
        `Unexpected ${nested.depth} containers on one line (limit ${MAX_NESTING}), read as text`,
        index + 1
      )
    }
    if (BLOCK_START.test(lines[index]!)) flush()
    run.push(index)
  }
  flush()
  return changed ? {value: lines.join('\n'), guarded: true} : {value: text, guarded: false}
}

/** Puts guarded markers back in every string of the tree. */
export function restoreGuarded(tree: Root): void {
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()! as unknown as Record<string, unknown>
    for (const key of ['value', 'alt', 'url', 'title', 'label', 'identifier']) {
      const field = node[key]
      if (typeof field === 'string' && PLACEHOLDER.test(field)) {
        PLACEHOLDER.lastIndex = 0
        node[key] = field.replace(
          PLACEHOLDER,
          (character) => GUARDED[character.charCodeAt(0) - BASE]!
        )
      }
      PLACEHOLDER.lastIndex = 0
    }
    const children = node.children
    if (Array.isArray(children)) for (const child of children) stack.push(child as Nodes)
  }
}

/** A cheap first look: whether any limit could be passed at all. */
function needsGuard(value: string): boolean {
  let brackets = 0
  let attention = 0
  let backticks = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 91) brackets++
    else if (code === 42 || code === 95 || code === 126) attention++
    else if (code === 96) backticks++
  }
  return (
    brackets > LIMITS.brackets ||
    attention > LIMITS.attention ||
    backticks > LIMITS.backticks ||
    DEEP_CONTAINERS.test(value)
  )
}

/** How many container markers open a line, and where they end. */
function containerPrefix(line: string): {depth: number; keep: number; end: number} {
  let depth = 0
  let at = 0
  let keep = 0
  // Only the start of the line is looked at, marker by marker: linear.
  while (at < line.length) {
    const match = CONTAINER.exec(line.slice(at, at + 16))
    if (!match) break
    depth++
    at += match[0].length
    if (depth === MAX_NESTING) keep = at
  }
  return {depth, keep, end: at}
}

function countOf(line: string, characters: string): number {
  let count = 0
  for (let index = 0; index < line.length; index++) if (characters.includes(line[index]!)) count++
  return count
}

function swap(line: string, characters: string): string {
  let result = ''
  for (const character of line) {
    result += characters.includes(character)
      ? String.fromCharCode(BASE + GUARDED.indexOf(character))
      : character
  }
  return result
}
