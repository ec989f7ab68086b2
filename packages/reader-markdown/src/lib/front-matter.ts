// YAML front matter → the page's `meta` node and the tree's `lbast` version.
// Each key is checked by the core validator's own rule for `meta` fields;
// dates may take the forms static site generators write (front-matter-date).
// Unknown keys, and known keys in the wrong place (a page field indented
// under `authors`, an author field at the top), are reported with what was
// probably meant. Keys that could pollute prototypes are dropped.
import type {Author, Meta} from '@liveblog/core'
import {checkField, META_FIELDS} from '@liveblog/core'
import type {Yaml} from 'mdast'
import type {Position} from 'unist'
import YAML, {isMap, isScalar, isSeq, type Node as YamlNode} from 'yaml'
import {type Context, SOURCE} from './context.js'
import {didYouMean} from './did-you-mean.js'
import {readFrontMatterDate} from './front-matter-date.js'
import {isUnsafeKey} from './unsafe-key.js'

export interface FrontMatter {
  /** The meta node; absent when the front matter holds only `lbast`. */
  meta?: Meta
  lbast?: string
}

/** Front-matter keys of `meta`, in the writer's order, and `lbast`. */
const META_KEYS: readonly string[] = META_FIELDS
const TOP_KEYS = [...META_KEYS, 'lbast']
const AUTHOR_KEYS = ['name', 'affiliation', 'location', 'role']
const DATE_KEYS = new Set(['published', 'updated'])

export function readFrontMatter(node: Yaml, context: Context): FrontMatter {
  const report = reporter(node, context)
  let document: YAML.Document | undefined
  let value: unknown
  try {
    document = YAML.parseDocument(node.value, {prettyErrors: false})
    value = document.errors.length === 0 ? document.toJS({maxAliasCount: 0}) : undefined
  } catch {
    value = undefined
  }
  if (value === undefined) {
    report('Unexpected front matter, expected YAML', undefined, 'frontmatter-invalid')
    value = {}
  } else if (value === null) {
    value = {}
  } else if (typeof value !== 'object' || Array.isArray(value)) {
    report('Unexpected front matter, expected a YAML mapping', undefined, 'frontmatter-invalid')
    value = {}
  }
  const offsets = keyOffsets(document?.contents)
  const result: FrontMatter = {}
  const meta: Meta = {type: 'meta'}
  const record = meta as unknown as Record<string, unknown>
  let keys = 0
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    const at = offsets.get(key)
    if (isUnsafeKey(key)) {
      report(
        `Unexpected front matter key \`${key}\`: dropped, it is never lbast and could pollute prototypes`,
        at,
        'unsafe-key'
      )
      continue
    }
    if (key === 'lbast') {
      if (typeof field === 'string') result.lbast = field
      else report('Unexpected `lbast` value, expected a version string', at, 'frontmatter-value')
      continue
    }
    keys++
    if (!META_KEYS.includes(key)) {
      const hint = AUTHOR_KEYS.includes(key)
        ? `; \`${key}\` is an author field: did you mean it inside an author under \`authors\`?`
        : hintFor(key, TOP_KEYS)
      report(`Unexpected front matter key \`${key}\`, ignored${hint}`, at, 'frontmatter-key')
      continue
    }
    let checkedValue = field
    if (DATE_KEYS.has(key) && typeof field === 'string') {
      const date = readFrontMatterDate(field, context.timeZone)
      if (date) {
        checkedValue = date.iso
        if (date.assumedZone)
          report(
            `Read \`${key}\` (no zone) in ${date.assumedZone}; add an offset such as \`+01:00\` to say otherwise`,
            at,
            'frontmatter-date'
          )
      }
    } else if (key === 'authors') {
      checkedValue = cleanAuthors(field, document?.contents, report)
    }
    const problems = checkField('meta', key, checkedValue)
    if (problems && problems.length > 0) {
      const expected = DATE_KEYS.has(key)
        ? ', expected a date such as `2025-03-09`, `2025-03-09 10:00:00 +0100` or `2025-03-09T10:00:00+01:00`'
        : ''
      report(
        `Unexpected value for \`${key}\`${preview(field)}${expected}, ignored`,
        at,
        'frontmatter-value'
      )
    } else {
      record[key] = checkedValue
    }
  }
  if (keys > 0 || result.lbast === undefined)
    result.meta = node.position ? {...meta, position: node.position} : meta
  return result
}

type Report = (reason: string, offset: number | undefined, ruleId: string) => void

/** Authors with only author fields; other keys are reported (page fields indented too far). */
function cleanAuthors(value: unknown, contents: unknown, report: Report): unknown {
  if (!Array.isArray(value)) return value
  const sequence = isMap(contents) ? contents.get('authors', true) : undefined
  return value.map((author: unknown, index) => {
    if (typeof author !== 'object' || author === null || Array.isArray(author)) return author
    const offsets = keyOffsets(isSeq(sequence) ? sequence.items[index] : undefined)
    const clean: Record<string, unknown> = {}
    for (const [key, field] of Object.entries(author as Record<string, unknown>)) {
      const at = offsets.get(key)
      if (isUnsafeKey(key)) {
        report(
          `Unexpected author key \`${key}\`: dropped, it is never lbast and could pollute prototypes`,
          at,
          'unsafe-key'
        )
      } else if (AUTHOR_KEYS.includes(key)) {
        clean[key] = field
      } else if (TOP_KEYS.includes(key)) {
        report(
          `Unexpected \`${key}\` in an author, ignored; did you mean the page's \`${key}\`? It is indented under \`authors\``,
          at,
          'frontmatter-misplaced'
        )
      } else {
        report(
          `Unexpected author key \`${key}\`, ignored${hintFor(key, AUTHOR_KEYS)}`,
          at,
          'frontmatter-key'
        )
      }
    }
    return clean as unknown as Author
  })
}

function hintFor(key: string, keys: readonly string[]): string {
  const guess = didYouMean(key, keys)
  return guess ? `; did you mean \`${guess}\`?` : ''
}

/** Offsets of the keys of a YAML mapping node, within the front matter's value. */
function keyOffsets(node: unknown): Map<string, number> {
  const offsets = new Map<string, number>()
  if (!isMap(node)) return offsets
  for (const pair of node.items) {
    const key = pair.key as YamlNode | null
    if (isScalar(key) && key.range && !offsets.has(String(key.value)))
      offsets.set(String(key.value), key.range[0])
  }
  return offsets
}

function preview(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') return ''
  const text = String(value)
  return ` (\`${text.length > 40 ? `${text.slice(0, 39)}…` : text}\`)`
}

/** Messages at a key's line when known, else on the whole front matter. */
function reporter(node: Yaml, context: Context): Report {
  const lines = node.value.split('\n')
  return (reason, offset, ruleId) => {
    let place: Position | undefined = node.position
    const start = node.position?.start
    if (offset !== undefined && start) {
      // The value starts on the line after the opening `---`.
      let line = 0
      let rest = offset
      while (line < lines.length - 1 && rest > lines[line]!.length) {
        rest -= lines[line]!.length + 1
        line++
      }
      place = {
        start: {line: start.line + 1 + line, column: rest + 1},
        end: {line: start.line + 1 + line, column: rest + 1}
      }
    }
    context.file.message(reason, {place, ruleId, source: SOURCE})
  }
}
