// What tells two posts apart (or together) besides the headline: their
// times and the opening of their first paragraph.
import {findRelativeTime, normalizeHeadline, type Post} from '@liveblog/core'
import {toString} from 'mdast-util-to-string'

/** Two absolute times of one post agree to the minute (pages print minutes). */
const ABSOLUTE_TOLERANCE_MS = 60_000
/**
 * A time resolved from "N min ago" is only as good as the reading time it was
 * resolved against (a file's modification time, the run's start) and the
 * page's rounding ("3 hr ago"): allow 45 minutes either way.
 */
const RELATIVE_TOLERANCE_MS = 45 * 60_000
/** The most two times of one post can differ by. */
export const MAX_TOLERANCE_MS = RELATIVE_TOLERANCE_MS
/** Words of the opening paragraph compared. */
const OPENING_WORDS = 40

/** A post's time and how far it can be trusted. */
export interface KnownTime {
  /** Milliseconds since the epoch. */
  instant: number
  /** Resolved from a relative time ("21 min ago"), so approximate. */
  relative: boolean
}

/** The post's `published` time, if it has a valid one. */
export function knownTime(post: Post): KnownTime | undefined {
  if (typeof post.published !== 'string') return undefined
  const instant = Date.parse(post.published)
  if (Number.isNaN(instant)) return undefined
  const relative =
    typeof post.dateline === 'string' && findRelativeTime(post.dateline) !== undefined
  return {instant, relative}
}

/** Whether the two times cannot be the same post's: they differ by more than they can err. */
export function timesConflict(a: KnownTime | undefined, b: KnownTime | undefined): boolean {
  if (!a || !b) return false
  const tolerance = a.relative || b.relative ? RELATIVE_TOLERANCE_MS : ABSOLUTE_TOLERANCE_MS
  return Math.abs(a.instant - b.instant) > tolerance
}

/** The opening of a post: the normalised words of its first paragraph (at most 40). */
export function opening(post: Post): string[] {
  const first = post.children.find((child) => child.type === 'paragraph')
  if (!first) return []
  const words = normalizeHeadline(toString(first).slice(0, OPENING_WORDS * 20)).split('-')
  const kept = words.slice(0, OPENING_WORDS)
  return kept.length === 1 && kept[0] === '' ? [] : kept
}

/** Word pairs of an opening, for a similarity that forgives a changed word or two. */
export function shingles(words: readonly string[]): Set<string> {
  const set = new Set<string>()
  if (words.length === 1) set.add(words[0]!)
  for (let index = 1; index < words.length; index++) {
    set.add(`${words[index - 1]} ${words[index]}`)
  }
  return set
}

/**
 * Dice coefficient of two openings' word pairs: 1 for the same words, 0 for
 * nothing in common; a changed word in a 20-word opening gives about 0.9.
 */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1
  if (a.size === 0 || b.size === 0) return 0
  let shared = 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  for (const item of small) if (large.has(item)) shared++
  return (2 * shared) / (a.size + b.size)
}

/** A byline compared without case, punctuation or spacing. */
export function bylineKey(post: Post): string {
  return normalizeHeadline(typeof post.byline === 'string' ? post.byline : '')
}
