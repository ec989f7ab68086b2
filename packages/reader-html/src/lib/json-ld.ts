// JSON-LD (https://www.w3.org/TR/json-ld11/): every
// `<script type="application/ld+json">` is parsed, and every schema.org
// `LiveBlogPosting` in it is a candidate — at the top, in an array, in a
// `@graph`, nested (`mainEntity`), or a `NewsArticle`/`Article` that embeds
// `liveBlogUpdate`s. `@id` references within a script are followed for
// updates, authors and publishers. A script that is not JSON is reported
// at the line and column of the error and skipped; keys that would reach
// `Object.prototype` are dropped with a warning.
import {jsonSyntaxReason} from '@liveblog/core'
import type {Element, Root} from 'hast'
import {type ParseError, parseTree, printParseErrorCode} from 'jsonc-parser'
import type {Point} from 'unist'
import {location} from 'vfile-location'
import {at, type Context, report} from './context.js'
import {attribute, collapse, elements} from './hast.js'
import type {Candidate, Item} from './model.js'

type JsonObject = {[key: string]: unknown}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Every `LiveBlogPosting` in the page's JSON-LD, in document order. */
export function readJsonLd(tree: Root, context: Context): Candidate[] {
  const candidates: Candidate[] = []
  let points: ReturnType<typeof location> | undefined
  for (const script of elements(tree)) {
    if (script.tagName !== 'script' || !isJsonLd(script)) continue
    const text = script.children[0]?.type === 'text' ? script.children[0] : undefined
    if (!text || text.value.trim() === '') continue
    const value = parse(text.value, (offset, reason) => {
      const start = text.position?.start.offset
      let place: Point | undefined
      if (start !== undefined) {
        points ??= location(context.value)
        place = points.toPoint(start + offset)
      }
      report(
        context,
        `Cannot parse JSON-LD: ${reason}; this script is skipped (the script starts at ${at(script)})`,
        place ?? script,
        'json-ld-syntax'
      )
    })
    if (value === undefined) continue
    const {ids, found, unsafe} = scan(value)
    if (unsafe.size > 0) {
      report(
        context,
        `Unexpected ${[...unsafe].map((key) => `\`${key}\``).join(', ')} key in JSON-LD, dropped`,
        script,
        'unsafe-key'
      )
    }
    for (const node of found) candidates.push(readPosting(node, ids, script))
  }
  return candidates
}

/** Whether a script's `type` is JSON-LD (`application/ld+json`, any case, parameters allowed). */
function isJsonLd(script: Element): boolean {
  const type = attribute(script, 'type')
  if (!type) return false
  return type.split(';')[0]!.trim().toLowerCase() === 'application/ld+json'
}

/** The JSON value of `text`, or `undefined` after reporting the first syntax error. */
function parse(text: string, fail: (offset: number, reason: string) => void): unknown {
  try {
    return JSON.parse(text)
  } catch {
    // `JSON.parse` does not say where in every engine: jsonc-parser does.
  }
  const errors: ParseError[] = []
  parseTree(text, errors, {disallowComments: true, allowTrailingComma: false})
  const error = errors[0]
  const reason = error ? jsonSyntaxReason(printParseErrorCode(error.error)) : 'invalid JSON'
  fail(error?.offset ?? 0, reason)
  return undefined
}

/**
 * One walk over a script's value (iterative, each object once): drops unsafe
 * keys, maps `@id`s to their nodes, and finds the live blogs.
 */
function scan(value: unknown): {
  ids: Map<string, JsonObject>
  found: JsonObject[]
  unsafe: Set<string>
} {
  const ids = new Map<string, JsonObject>()
  const found: JsonObject[] = []
  const unsafe = new Set<string>()
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const node = stack.pop()
    if (Array.isArray(node)) {
      for (let index = node.length - 1; index >= 0; index--) stack.push(node[index])
      continue
    }
    if (!isObject(node)) continue
    const keys = Object.keys(node)
    for (const key of keys) {
      if (UNSAFE_KEYS.has(key)) {
        unsafe.add(key)
        delete node[key]
      }
    }
    const id = node['@id']
    if (typeof id === 'string' && Object.keys(node).length > 1 && !ids.has(id)) ids.set(id, node)
    if (isLiveBlog(node)) found.push(node)
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index]!
      if (!UNSAFE_KEYS.has(key)) stack.push(node[key])
    }
  }
  return {ids, found, unsafe}
}

function isLiveBlog(node: JsonObject): boolean {
  if (node.liveBlogUpdate !== undefined) return true
  return types(node).includes('LiveBlogPosting')
}

/** A node's schema.org types, prefixes (`schema:`, `https://schema.org/`) removed. */
function types(node: JsonObject): string[] {
  const value = node['@type']
  const list = Array.isArray(value) ? value : [value]
  const result: string[] = []
  for (const type of list) {
    if (typeof type !== 'string') continue
    const slash = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'), type.lastIndexOf('#'))
    result.push(type.slice(slash + 1))
  }
  return result
}

function readPosting(node: JsonObject, ids: Map<string, JsonObject>, script: Element): Candidate {
  const resolve = (value: unknown): unknown => {
    if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
      return ids.get(value['@id']) ?? value
    }
    return value
  }
  const items: Item[] = []
  for (const update of list(node.liveBlogUpdate)) {
    const value = resolve(update)
    if (!isObject(value)) continue
    items.push({
      node: script,
      url: urlOf(value.url, resolve) ?? idUrl(value),
      headline: string(value.headline) ?? string(value.name),
      published: string(value.datePublished),
      updated: string(value.dateModified),
      authors: names(value.author, resolve),
      articleBody: rawString(value.articleBody) ?? rawString(value.text),
      image: urlOf(value.image, resolve)
    })
  }
  const publisher = list(node.publisher).map(resolve).find(isObject)
  return {
    origin: 'json-ld',
    node: script,
    title: string(node.headline) ?? string(node.name),
    description: string(node.description),
    url: urlOf(node.url, resolve) ?? urlOf(node.mainEntityOfPage, resolve),
    site: publisher ? string(publisher.name) : string(node.publisher),
    language: string(node.inLanguage),
    published: string(node.datePublished),
    updated: string(node.dateModified),
    authors: names(node.author, resolve),
    items
  }
}

/** An update's `@id` when it is an address with a fragment (`https://…/live#post-3`). */
function idUrl(node: JsonObject): string | undefined {
  const id = node['@id']
  return typeof id === 'string' && id.includes('#') ? id : undefined
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}

/** A text value: a string, a number, a `{"@value": …}`, or the first of a list; collapsed and trimmed. */
function string(value: unknown): string | undefined {
  const raw = rawString(value)
  if (raw === undefined) return undefined
  const text = collapse(raw)
  return text || undefined
}

function rawString(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (Array.isArray(value)) return rawString(value.find((item) => typeof item === 'string'))
  if (isObject(value) && typeof value['@value'] === 'string') return value['@value']
  return undefined
}

/** A URL: a string, an `ImageObject`/`WebPage` with `url` or `@id`, or the first of a list. */
function urlOf(value: unknown, resolve: (value: unknown) => unknown): string | undefined {
  for (const item of list(value)) {
    const node = resolve(item)
    if (typeof node === 'string' && node.trim()) return node.trim()
    if (isObject(node)) {
      const url = typeof node.url === 'string' ? node.url : node['@id']
      if (typeof url === 'string' && url.trim()) return url.trim()
    }
  }
  return undefined
}

/** Names of `author`s: strings, `Person`s and `Organization`s (by `name`), references followed. */
function names(value: unknown, resolve: (value: unknown) => unknown): string[] {
  const result = new Set<string>()
  for (const item of list(value)) {
    const node = resolve(item)
    const name =
      typeof node === 'string' ? collapse(node) : isObject(node) ? string(node.name) : undefined
    if (name) result.add(name)
  }
  return [...result]
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
