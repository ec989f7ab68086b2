// Stable post ids. A live blog changes between two copies: bodies are edited,
// bylines change, "21 min ago" becomes "6:15 a.m. ET, March 10, 2024", posts
// are added above and the copy starts or ends elsewhere. The headline is the
// one thing that survives all of that, so the id is derived from it alone
// (docs/ast.md, "Post ids").
import {toString} from 'mdast-util-to-string'
import type {Post, Root} from './types.js'

const MAX_SLUG = 48
/** Words of the opening paragraph that stand in for a missing headline. */
const HEADLESS_WORDS = 12

/** FNV-1a (32 bit): tiny, fast and stable across platforms; not for security. */
export function hash(value: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(36).padStart(7, '0')
}

/**
 * A headline normalised for comparison: lower case, accents folded, letters
 * and digits of any script kept, every run of anything else (punctuation,
 * quotes, white space, invisible and bidirectional controls) one `-`.
 * `"Ferries run again!"` and `"ferries run  again"` both give
 * `"ferries-run-again"`. Apostrophes are dropped (`"Ostravia’s"` →
 * `"ostravias"`). Linear in the input; never throws.
 *
 * @param text Any string (a headline, an opening paragraph).
 * @param limit Stop after this many characters of output (default: no limit).
 */
export function normalizeHeadline(text: string, limit = Number.POSITIVE_INFINITY): string {
  let slug = ''
  let dash = false
  for (const char of text) {
    if (slug.length >= limit) break
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
  return slug
}

function readableSlug(normalized: string): string {
  if (normalized.length <= MAX_SLUG) return normalized || 'post'
  const cut = normalized.slice(0, MAX_SLUG)
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
 * What identifies a post across copies: its normalised headline, or, for a
 * post without a headline, `"~"` and the first twelve words of its opening
 * paragraph (the only text such a post has; editing those words changes the
 * key, which `@liveblog/merge` then recovers by matching bylines and text).
 */
export function postKey(post: Pick<Post, 'headline' | 'children'>): string {
  const headline = normalizeHeadline(typeof post.headline === 'string' ? post.headline : '')
  if (headline !== '') return headline
  const first = Array.isArray(post.children)
    ? post.children.find((child) => child.type === 'paragraph')
    : undefined
  if (!first) return ''
  const words = normalizeHeadline(toString(first).slice(0, 400)).split('-')
  return `~${words.slice(0, HEADLESS_WORDS).join('-')}`
}

/**
 * A stable id for a post: `slug-hash`, a readable slug of the headline (at
 * most 48 characters, `post` when there is none) and a 7-character base-36
 * FNV-1a hash of its normalised headline (`postKey`).
 *
 * It depends on the headline alone, so it stays the same when, between two
 * copies of a page, the post's body is edited, its byline changes, its time
 * goes from relative to absolute, or posts are added around it. Two posts
 * of one tree with the same headline get the same id here: `assignPostIds`
 * tells them apart.
 *
 * @example postId({headline: 'Ferries run again', children: []}) // 'ferries-run-again-1n5c3b0'
 */
export function postId(post: Pick<Post, 'headline' | 'children'>): string {
  const key = postKey(post)
  const slug = key.startsWith('~') ? 'post' : readableSlug(key)
  return `${slug}-${hash(key)}`
}

/** Options for `assignPostIds`. */
export interface AssignPostIdsOptions {
  /** Derive every id again, even where a post has one (default: `false`). */
  overwrite?: boolean
}

/**
 * Gives every post in the tree an id unique within it (mutates and returns
 * the tree). Posts without an id get `postId(post)`; given ids are kept
 * unless `overwrite` is set.
 *
 * Posts that would share an id (two "What we know so far" posts) are
 * numbered from the oldest: the oldest keeps the id, the next gets `-2`,
 * then `-3`, … So adding newer posts at the top of a page, the way live
 * blogs grow, never renumbers the older ones. Given ids are claimed first,
 * in source order (a repeated one gets `-2`, … on its later uses), and a
 * derived id never takes one. The page is taken as newest
 * first (as live blogs print) unless its known times run oldest first.
 * Linear in the number of posts.
 */
export function assignPostIds(tree: Root, options: AssignPostIdsOptions = {}): Root {
  const posts: Post[] = []
  for (const node of tree.children) if (node.type === 'post') posts.push(node)
  const seen = new Set<string>()
  // Next suffix to try per base id, so many equal posts stay linear.
  const next = new Map<string, number>()
  const claim = (post: Post, base: string) => {
    let id = base
    if (seen.has(id)) {
      let n = next.get(base) ?? 2
      while (seen.has(`${base}-${n}`)) n++
      id = `${base}-${n}`
      next.set(base, n + 1)
    }
    seen.add(id)
    post.id = id
  }
  // Given ids first, in source order: the first post that names an id keeps
  // it, and a derived id never takes one.
  const derived: Post[] = []
  for (const post of posts) {
    if (!options.overwrite && post.id) claim(post, post.id)
    else derived.push(post)
  }
  const ordered = newestFirst(posts) ? derived.reverse() : derived
  for (const post of ordered) claim(post, postId(post))
  return tree
}

/**
 * Whether posts run newest first: true unless more adjacent pairs of known
 * times go up than down. Live blogs print newest first by default.
 */
export function newestFirst(posts: readonly Pick<Post, 'published'>[]): boolean {
  let up = 0
  let down = 0
  let previous: number | undefined
  for (const post of posts) {
    const time = typeof post.published === 'string' ? Date.parse(post.published) : Number.NaN
    if (Number.isNaN(time)) continue
    if (previous !== undefined) {
      if (time > previous) up++
      else if (time < previous) down++
    }
    previous = time
  }
  return up <= down
}
