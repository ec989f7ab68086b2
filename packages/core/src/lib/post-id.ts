// Stable post ids: a readable slug from the headline plus a short hash of what
// identifies the post, so ids survive re-runs and differ between posts that
// share a headline.
import {toString} from 'mdast-util-to-string'
import type {Post, Root} from './types.js'

const MAX_SLUG = 48
const MAX_OPENING = 200

/** FNV-1a (32 bit): tiny, fast and stable across platforms; not for security. */
export function hash(value: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(36).padStart(7, '0')
}

function readableSlug(headline: string): string {
  // Letters and digits of any script, lower-cased, accents folded; runs of
  // anything else become one "-". Only the start of a headline is needed.
  let slug = ''
  let dash = false
  for (const char of headline.slice(0, MAX_SLUG * 2)) {
    // "Ostravia’s" → "ostravias", as slugs of headlines usually read.
    if (char === "'" || char === '’') continue
    const kept = slugChar(char)
    if (kept === undefined) {
      dash = slug !== ''
      continue
    }
    if (dash) slug += '-'
    slug += kept
    dash = false
  }
  if (slug.length <= MAX_SLUG) return slug || 'post'
  const cut = slug.slice(0, MAX_SLUG)
  const last = cut.lastIndexOf('-')
  return last > 16 ? cut.slice(0, last) : cut
}

function slugChar(char: string): string | undefined {
  const code = char.charCodeAt(0)
  if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122)) return char
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32)
  if (code < 128 || !/[\p{L}\p{N}]/u.test(char)) return undefined
  // "é" → "e": drop combining marks after decomposition.
  return (
    char
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase() || undefined
  )
}

/**
 * A stable id for a post: `slug-hash`, from its headline, time and first text.
 * The same post gives the same id on every run.
 */
export function postId(
  post: Pick<Post, 'headline' | 'published' | 'dateline' | 'byline' | 'children'>
): string {
  const first = post.children.find((child) => child.type === 'paragraph')
  const key = [
    post.headline,
    post.published ?? post.dateline ?? '',
    post.byline ?? '',
    // The opening of the first paragraph is enough to tell posts apart.
    first ? toString(first).slice(0, MAX_OPENING) : ''
  ].join('\n')
  return `${readableSlug(post.headline)}-${hash(key)}`
}

/**
 * Gives every post in the tree an id unique within it: posts whose id is
 * taken get `-2`, `-3`, … in source order. Returns the tree.
 */
export function assignPostIds(tree: Root, options: {overwrite?: boolean} = {}): Root {
  const seen = new Set<string>()
  // Next suffix to try per base id, so many equal posts stay linear.
  const next = new Map<string, number>()
  for (const node of tree.children) {
    if (node.type !== 'post') continue
    const base = !options.overwrite && node.id ? node.id : postId(node)
    let id = base
    if (seen.has(id)) {
      let n = next.get(base) ?? 2
      while (seen.has(`${base}-${n}`)) n++
      id = `${base}-${n}`
      next.set(base, n + 1)
    }
    seen.add(id)
    node.id = id
  }
  return tree
}
