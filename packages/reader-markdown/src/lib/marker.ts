// Markers: definitions such as `[post]: #id "{ published: … }"` that carry the
// fields with no visible form (docs/markdown.md). Their titles are YAML flow
// mappings (or JSON); every key is checked, and what is wrong is reported.
import {type Author, checkField, isIsoDateTime, isIsoDuration} from '@liveblog/core'
import type {Definition} from 'mdast'
import YAML from 'yaml'
import {type Context, warn} from './context.js'
import {isUnsafeKey} from './unsafe-key.js'

export type MarkerType =
  | 'post'
  | 'media'
  | 'update'
  | 'notice'
  | 'summary'
  | 'end'
  | 'meta'
  | 'heading'

export interface Marker {
  type: MarkerType
  /** The destination after `#`: a post's id. */
  anchor: string
  /** Checked fields; a `null` value means "absent, do not look for it in the text". */
  fields: Record<string, unknown>
  node: Definition
}

type Check = (value: unknown) => boolean

const string: Check = (value) => typeof value === 'string'
const nullableString: Check = (value) => value === null || typeof value === 'string'
const dateTime: Check = (value) => typeof value === 'string' && isIsoDateTime(value)
const oneOf =
  (...values: unknown[]): Check =>
  (value) =>
    values.includes(value)

const KEYS: Record<MarkerType, Record<string, Check>> = {
  post: {
    published: dateTime,
    updated: dateTime,
    authors: isAuthors,
    head: oneOf('dateline', 'none'),
    byline: string,
    dateline: string
  },
  media: {
    kind: oneOf('image', 'video', 'audio', 'map', 'embed'),
    slug: string,
    duration: (value) => typeof value === 'string' && isIsoDuration(value),
    source: string,
    url: nullableString,
    title: nullableString,
    credit: nullableString,
    empty: (value) => typeof value === 'boolean',
    caption: oneOf('title')
  },
  update: {kind: oneOf('update', 'correction', null)},
  notice: {},
  summary: {},
  end: {},
  meta: {},
  heading: {
    depth: (value) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 6
  }
}

/** The marker a definition is, or `undefined` for the document's own definitions. */
export function readMarker(node: Definition, context: Context): Marker | undefined {
  const type = node.identifier.toLowerCase()
  if (!Object.hasOwn(KEYS, type)) return undefined
  const checks = KEYS[type as MarkerType]
  const fields: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(parseTitle(node, context))) {
    if (isUnsafeKey(key)) {
      warn(
        context,
        `Unexpected key \`${key}\` in \`[${type}]\` marker: dropped, it is never lbast and could pollute prototypes`,
        node,
        'unsafe-key'
      )
      continue
    }
    const check = Object.hasOwn(checks, key) ? checks[key] : undefined
    if (!check) {
      warn(
        context,
        `Unexpected key \`${key}\` in \`[${type}]\` marker, ignored`,
        node,
        'marker-key'
      )
    } else if (!check(value)) {
      warn(
        context,
        `Unexpected value for \`${key}\` in \`[${type}]\` marker, ignored`,
        node,
        'marker-value'
      )
    } else {
      fields[key] = key === 'authors' ? authorsOnly(value as Author[], type, node, context) : value
    }
  }
  const anchor = node.url.startsWith('#') ? node.url.slice(1) : node.url
  return {type: type as MarkerType, anchor, fields, node}
}

function parseTitle(node: Definition, context: Context): Record<string, unknown> {
  if (!node.title) return {}
  const value = parseYaml(node.title)
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return value as Record<string, unknown>
  }
  warn(
    context,
    `Unexpected \`[${node.identifier}]\` marker title, expected a YAML mapping`,
    node,
    'marker-invalid'
  )
  return {}
}

/** YAML to a plain value, or `undefined` when it is not valid YAML; aliases are refused. */
export function parseYaml(value: string): unknown {
  try {
    const document = YAML.parseDocument(value, {prettyErrors: false})
    return document.errors.length === 0 ? document.toJS({maxAliasCount: 0}) : undefined
  } catch {
    return undefined
  }
}

/** Whether a value is a list of authors, by the core validator's rule. */
export function isAuthors(value: unknown): value is Author[] {
  return checkField('post', 'authors', value)?.length === 0
}

const AUTHOR_KEYS = new Set(['name', 'affiliation', 'location', 'role'])

/** Authors with their own fields only; other keys are reported and dropped. */
function authorsOnly(
  authors: readonly Author[],
  type: string,
  node: Definition,
  context: Context
): Author[] {
  return authors.map((author) => {
    const clean: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(author)) {
      if (AUTHOR_KEYS.has(key)) clean[key] = value
      else
        warn(
          context,
          isUnsafeKey(key)
            ? `Unexpected author key \`${key}\` in \`[${type}]\` marker: dropped, it is never lbast and could pollute prototypes`
            : `Unexpected author key \`${key}\` in \`[${type}]\` marker, ignored`,
          node,
          isUnsafeKey(key) ? 'unsafe-key' : 'marker-key'
        )
    }
    return clean as unknown as Author
  })
}
