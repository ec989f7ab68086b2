// The lbast validator: checks any value against docs/ast.md and reports every
// problem with a JSON Pointer to it. It never throws, so readers and tools can
// run it on untrusted JSON; `assert` is the throwing form for tests and APIs.

import {BLOCK_CONTENT_TYPES, PHRASING_CONTENT_TYPES} from './content-model.js'
import {isIsoDateTime, isIsoDuration} from './time.js'
import type {Root} from './types.js'

/** One problem in a tree. */
export interface ValidationMessage {
  /** JSON Pointer to the offending value: `/children/3/authors/0/name`; `''` is the root. */
  path: string
  /** Short lower-case sentence: "expected `children` to be an array". */
  reason: string
  /** Stable id of the rule that failed: `content-model`, `date-time`, … */
  ruleId: string
}

/** Thrown by `assert` for the first problem in a tree. */
export class LbastValidationError extends Error {
  readonly path: string
  readonly reason: string
  readonly ruleId: string

  constructor(message: ValidationMessage) {
    super(`${message.reason} (at \`${message.path || '/'}\`, ${message.ruleId})`)
    this.name = 'LbastValidationError'
    this.path = message.path
    this.reason = message.reason
    this.ruleId = message.ruleId
  }
}

/** Deeper than this is reported, not walked: real trees are a few levels deep. */
export const MAX_DEPTH = 1000

type Report = (path: string, reason: string, ruleId: string) => void
type FieldCheck = (value: unknown, key: string, path: string, report: Report) => void

interface NodeSpec {
  /** Content model of `children`; absent for nodes that are not parents. */
  content?: ContentName
  /** Field checks; a key listed in `required` must be present. */
  fields: Record<string, FieldCheck>
  required?: string[]
}

type ContentName = 'root' | 'block' | 'phrasing' | 'post' | 'list' | 'table' | 'row'

const BLOCK = BLOCK_CONTENT_TYPES
const PHRASING = PHRASING_CONTENT_TYPES

/** Which node types each content model allows, and its name in messages. */
const CONTENT: Record<ContentName, {label: string; types: ReadonlySet<string>}> = {
  root: {label: 'root', types: new Set(['meta', 'media', 'summary', 'notice', 'post'])},
  block: {label: 'block', types: new Set(BLOCK)},
  phrasing: {label: 'phrasing', types: new Set(PHRASING)},
  post: {label: 'post', types: new Set([...BLOCK, 'media', 'update'])},
  list: {label: 'list', types: new Set(['listItem'])},
  table: {label: 'table', types: new Set(['tableRow'])},
  row: {label: 'table row', types: new Set(['tableCell'])}
}

const MEDIA_KINDS = ['image', 'video', 'audio', 'map', 'embed']
const UPDATE_KINDS = ['update', 'correction']
const ALIGN = ['left', 'right', 'center']

// semver.org's regex, behind a length cap so its alternations stay cheap.
const SEMVER =
  /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*)?(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?$/
const MAX_SEMVER = 256

const string: FieldCheck = (value, key, path, report) => {
  if (typeof value !== 'string') report(path, `expected \`${key}\` to be a string`, 'field-type')
}

const nonEmptyString: FieldCheck = (value, key, path, report) => {
  if (typeof value !== 'string' || value === '') {
    report(path, `expected \`${key}\` to be a non-empty string`, 'field-type')
  }
}

/** mdast writes some optional fields as `null`. */
function nullable(check: FieldCheck): FieldCheck {
  return (value, key, path, report) => {
    if (value !== null) check(value, key, path, report)
  }
}

const boolean: FieldCheck = (value, key, path, report) => {
  if (typeof value !== 'boolean') report(path, `expected \`${key}\` to be a boolean`, 'field-type')
}

/**
 * A list's `start`: CommonMark list numbers have one to nine digits (spec
 * 0.31 §5.2), so 0–999999999 is every number a Markdown list can print back.
 */
export const MAX_LIST_START = 999_999_999

const listStart: FieldCheck = (value, key, path, report) => {
  if (!Number.isInteger(value)) {
    report(path, `expected \`${key}\` to be an integer`, 'field-type')
  } else if ((value as number) < 0 || (value as number) > MAX_LIST_START) {
    report(
      path,
      `expected \`${key}\` to be from 0 to ${MAX_LIST_START} (at most nine digits, as CommonMark list numbers), not ${value}`,
      'range'
    )
  }
}

/** Counts: whole numbers a JSON reader and every writer keep exactly. */
const nonNegativeInteger: FieldCheck = (value, key, path, report) => {
  if (!Number.isSafeInteger(value) || (value as number) < 0) {
    report(path, `expected \`${key}\` to be a non-negative integer`, 'field-type')
  }
}

const headingDepth: FieldCheck = (value, key, path, report) => {
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 6) {
    report(path, `expected \`${key}\` to be an integer from 1 to 6`, 'field-type')
  }
}

const dateTime: FieldCheck = (value, key, path, report) => {
  if (typeof value !== 'string') {
    report(path, `expected \`${key}\` to be a string`, 'field-type')
  } else if (/^0000-/.test(value)) {
    // RFC 3339 allows year 0000, ISO 8601 reads it as 1 BC; neither RSS
    // (RFC 822 dates) nor Markdown front matter round-trips it.
    report(path, `expected a year from 0001 to 9999, not \`${excerpt(value)}\``, 'date-time')
  } else if (!isIsoDateTime(value)) {
    report(
      path,
      `expected an ISO 8601 date-time with offset, not \`${excerpt(value)}\``,
      'date-time'
    )
  }
}

const duration: FieldCheck = (value, key, path, report) => {
  if (typeof value !== 'string') {
    report(path, `expected \`${key}\` to be a string`, 'field-type')
  } else if (!isIsoDuration(value)) {
    report(path, `expected an ISO 8601 duration, not \`${excerpt(value)}\``, 'duration')
  }
}

const version: FieldCheck = (value, key, path, report) => {
  if (typeof value !== 'string') {
    report(path, `expected \`${key}\` to be a string`, 'field-type')
  } else if (value.length > MAX_SEMVER || !SEMVER.test(value)) {
    report(path, `expected a semver version, not \`${excerpt(value)}\``, 'version')
  }
}

function oneOf(values: string[]): FieldCheck {
  const allowed = new Set(values)
  const list = values.map((item) => `\`${item}\``).join(', ')
  return (value, key, path, report) => {
    if (typeof value !== 'string' || !allowed.has(value)) {
      report(path, `expected \`${key}\` to be one of ${list}, not ${show(value)}`, 'enum')
    }
  }
}

const align: FieldCheck = (value, key, path, report) => {
  if (!Array.isArray(value)) {
    report(path, `expected \`${key}\` to be an array`, 'field-type')
    return
  }
  const check = nullable(oneOf(ALIGN))
  for (let index = 0; index < value.length; index++) {
    check(value[index], key, `${path}/${index}`, report)
  }
}

const authors: FieldCheck = (value, key, path, report) => {
  if (!Array.isArray(value)) {
    report(path, `expected \`${key}\` to be an array`, 'field-type')
    return
  }
  for (let index = 0; index < value.length; index++) {
    const author: unknown = value[index]
    const at = `${path}/${index}`
    if (!isRecord(author)) {
      report(at, 'expected an author (an object with a `name`)', 'field-type')
      continue
    }
    if (author.name === undefined)
      report(`${at}/name`, 'missing required field `name`', 'required-field')
    else nonEmptyString(author.name, 'name', `${at}/name`, report)
    for (const field of ['affiliation', 'location', 'role']) {
      if (author[field] !== undefined) string(author[field], field, `${at}/${field}`, report)
    }
  }
}

const literal: NodeSpec = {fields: {value: string}, required: ['value']}

const SPECS: Record<string, NodeSpec> = {
  root: {content: 'root', fields: {lbast: version}},
  meta: {
    fields: {
      title: string,
      description: string,
      url: string,
      site: string,
      language: string,
      byline: string,
      authors,
      published: dateTime,
      updated: dateTime,
      dateline: string,
      postCount: nonNegativeInteger
    }
  },
  summary: {content: 'block', fields: {title: string}},
  notice: {content: 'phrasing', fields: {}},
  media: {
    content: 'phrasing',
    fields: {
      kind: oneOf(MEDIA_KINDS),
      url: string,
      title: string,
      slug: string,
      duration,
      credit: string,
      source: string
    },
    required: ['kind']
  },
  update: {content: 'phrasing', fields: {kind: oneOf(UPDATE_KINDS)}},
  post: {
    content: 'post',
    fields: {
      id: nonEmptyString,
      headline: string,
      byline: string,
      authors,
      published: dateTime,
      updated: dateTime,
      dateline: string
    },
    required: ['id', 'headline', 'authors']
  },
  paragraph: {content: 'phrasing', fields: {}},
  heading: {content: 'phrasing', fields: {depth: headingDepth}, required: ['depth']},
  thematicBreak: {fields: {}},
  blockquote: {content: 'block', fields: {}},
  list: {
    content: 'list',
    fields: {ordered: nullable(boolean), start: nullable(listStart), spread: nullable(boolean)}
  },
  listItem: {content: 'block', fields: {checked: nullable(boolean), spread: nullable(boolean)}},
  table: {content: 'table', fields: {align}},
  tableRow: {content: 'row', fields: {}},
  tableCell: {content: 'phrasing', fields: {}},
  html: literal,
  code: {
    fields: {value: string, lang: nullable(string), meta: nullable(string)},
    required: ['value']
  },
  text: literal,
  inlineCode: literal,
  emphasis: {content: 'phrasing', fields: {}},
  strong: {content: 'phrasing', fields: {}},
  delete: {content: 'phrasing', fields: {}},
  break: {fields: {}},
  link: {
    content: 'phrasing',
    fields: {url: string, title: nullable(string)},
    required: ['url']
  },
  image: {
    fields: {url: string, title: nullable(string), alt: nullable(string)},
    required: ['url']
  },
  footnoteDefinition: {
    content: 'block',
    fields: {identifier: nonEmptyString, label: nullable(string)},
    required: ['identifier']
  },
  footnoteReference: {
    fields: {identifier: nonEmptyString, label: nullable(string)},
    required: ['identifier']
  }
}

interface Walk {
  report: Report
  ancestors: Set<object>
  postIds: Map<string, string>
  tooDeep: boolean
}

/**
 * Checks that a value is a valid lbast `Root`: node types, required fields and
 * their types, content models, times, ids unique within the tree, positions.
 * Returns every problem in document order (empty when valid). Never throws.
 */
export function validate(value: unknown): ValidationMessage[] {
  const messages: ValidationMessage[] = []
  const walk: Walk = {
    report: (path, reason, ruleId) => messages.push({path, reason, ruleId}),
    ancestors: new Set(),
    postIds: new Map(),
    tooDeep: false
  }
  try {
    if (isRecord(value) && value.type !== 'root' && typeof value.type === 'string') {
      walk.report('', `expected a \`root\` node, not \`${excerpt(value.type)}\``, 'content-model')
    }
    checkNode(value, '', 0, walk)
  } catch (error) {
    walk.report('', `could not read the tree: ${String(error)}`, 'unreadable')
  }
  return messages
}

/**
 * Checks one field of a node type as `validate` does, for readers that take
 * fields from elsewhere (front matter, markers): the problems (`[]` when the
 * value is good), or `undefined` when lbast defines no such field.
 */
export function checkField(
  type: string,
  key: string,
  value: unknown
): ValidationMessage[] | undefined {
  const fields = Object.hasOwn(SPECS, type) ? SPECS[type]?.fields : undefined
  const check = fields && Object.hasOwn(fields, key) ? fields[key] : undefined
  if (!check) return undefined
  const messages: ValidationMessage[] = []
  check(value, key, `/${key}`, (path, reason, ruleId) => messages.push({path, reason, ruleId}))
  return messages
}

/** Throws an `LbastValidationError` for the first problem `validate` finds. */
export function assert(value: unknown): asserts value is Root {
  const [first] = validate(value)
  if (first) throw new LbastValidationError(first)
}

function checkNode(node: unknown, path: string, depth: number, walk: Walk): void {
  const {report} = walk
  if (!isRecord(node)) {
    report(path, `expected a node (an object), not ${kindOf(node)}`, 'node')
    return
  }
  if (walk.ancestors.has(node)) {
    report(path, 'unexpected cycle: a node contains itself', 'cycle')
    return
  }
  if (depth > MAX_DEPTH) {
    if (!walk.tooDeep)
      report(path, `unexpected nesting deeper than ${MAX_DEPTH} levels`, 'max-depth')
    walk.tooDeep = true
    return
  }

  try {
    const type = node.type
    if (typeof type !== 'string') {
      report(
        path,
        'expected `type` to be a string',
        type === undefined ? 'required-field' : 'field-type'
      )
      return
    }
    const spec = Object.hasOwn(SPECS, type) ? SPECS[type] : undefined
    if (!spec) {
      report(path, `unknown node type \`${excerpt(type)}\``, 'unknown-node')
      return
    }

    for (const key of spec.required ?? []) {
      if (node[key] === undefined)
        report(`${path}/${key}`, `missing required field \`${key}\``, 'required-field')
    }
    for (const [key, check] of Object.entries(spec.fields)) {
      const field = node[key]
      if (field !== undefined) check(field, key, `${path}/${key}`, report)
    }
    if (type === 'post' && typeof node.id === 'string' && node.id !== '') {
      const first = walk.postIds.get(node.id)
      if (first === undefined) walk.postIds.set(node.id, path)
      else
        report(
          `${path}/id`,
          `duplicate post id \`${excerpt(node.id)}\`, first used at \`${first}\``,
          'unique-id'
        )
    }
    if (node.data !== undefined && !isRecord(node.data)) {
      report(`${path}/data`, 'expected `data` to be an object', 'field-type')
    }
    if (node.position !== undefined) checkPosition(node.position, `${path}/position`, report)

    if (spec.content) checkChildren(node, spec.content, path, depth, walk)
  } catch (error) {
    report(path, `could not read node: ${String(error)}`, 'unreadable')
  }
}

function checkChildren(
  node: Record<string, unknown>,
  content: ContentName,
  path: string,
  depth: number,
  walk: Walk
): void {
  const {report} = walk
  const children = node.children
  if (!Array.isArray(children)) {
    report(
      `${path}/children`,
      'expected `children` to be an array',
      children === undefined ? 'required-field' : 'field-type'
    )
    return
  }
  const model = CONTENT[content]
  walk.ancestors.add(node)
  let sawMeta = false
  for (let index = 0; index < children.length; index++) {
    const child: unknown = children[index]
    const at = `${path}/children/${index}`
    const type = typeOf(child)
    if (typeof type === 'string' && Object.hasOwn(SPECS, type) && !model.types.has(type)) {
      report(at, `unexpected node \`${type}\` in ${model.label} content`, 'content-model')
    }
    if (content === 'root' && type === 'meta') {
      if (sawMeta)
        report(at, 'unexpected second `meta` node, expected at most one', 'meta-position')
      else if (index > 0)
        report(at, 'expected `meta` to be the first child of `root`', 'meta-position')
      sawMeta = true
    }
    checkNode(child, at, depth + 1, walk)
  }
  walk.ancestors.delete(node)
}

function checkPosition(value: unknown, path: string, report: Report): void {
  if (!isRecord(value)) {
    report(path, 'expected `position` to be an object', 'position')
    return
  }
  const start = checkPoint(value.start, 'start', `${path}/start`, report)
  const end = checkPoint(value.end, 'end', `${path}/end`, report)
  if (start && end) {
    const before =
      end.line < start.line ||
      (end.line === start.line && end.column < start.column) ||
      (end.offset !== undefined && start.offset !== undefined && end.offset < start.offset)
    if (before) report(`${path}/end`, 'expected `end` not to be before `start`', 'position')
  }
}

interface Point {
  line: number
  column: number
  offset?: number
}

function checkPoint(value: unknown, key: string, path: string, report: Report): Point | undefined {
  if (!isRecord(value)) {
    report(path, `expected \`${key}\` to be a point (an object)`, 'position')
    return undefined
  }
  let valid = true
  for (const [field, min] of [
    ['line', 1],
    ['column', 1],
    ['offset', 0]
  ] as const) {
    const number = value[field]
    if (field === 'offset' && number === undefined) continue
    if (!Number.isSafeInteger(number) || (number as number) < min) {
      report(
        `${path}/${field}`,
        `expected \`${field}\` to be an integer of at least ${min}`,
        'position'
      )
      valid = false
    }
  }
  return valid ? (value as unknown as Point) : undefined
}

/** A child's type, read so that a throwing getter is reported on the child itself. */
function typeOf(value: unknown): unknown {
  try {
    return isRecord(value) ? value.type : undefined
  } catch {
    return undefined
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return `\`${value}\``
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

function show(value: unknown): string {
  return typeof value === 'string' ? `\`${excerpt(value)}\`` : kindOf(value)
}

/** Keeps messages short whatever the input. */
function excerpt(value: string): string {
  return value.length > 40 ? `${value.slice(0, 39)}…` : value
}
