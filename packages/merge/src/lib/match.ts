// Finding the archived post a post of a new copy is. By headline first (the
// id's key), unless the times or the openings show a different post that
// reuses the headline; then, for a headline that was reworded, by the same
// byline and nearly the same opening paragraph.
import {type Post, postKey} from '@liveblog/core'
import {
  bylineKey,
  type KnownTime,
  knownTime,
  opening,
  shingles,
  similarity,
  timesConflict
} from './evidence.js'

/** Openings this far apart are different posts, when times cannot tell. */
const DIFFERENT_OPENING = 0.2
/** A reworded headline is the same post when byline and opening agree this much. */
const SAME_OPENING = 0.6
/** …and, without a byline on either side, this much. */
const SAME_OPENING_NO_BYLINE = 0.8
/** Openings shorter than this say too little to tell posts apart. */
const MIN_WORDS = 5
/** Word pairs looked up per opening, and how common a pair may be to be worth it. */
const INDEXED_SHINGLES = 12
const COMMON_SHINGLE = 64

/** A post with what matching compares, computed once. */
export interface Candidate {
  post: Post
  /** 0 for the oldest post of its tree, counting up. */
  age: number
  key: string
  time: KnownTime | undefined
  words: string[]
  shingles: Set<string>
  byline: string
  matched: boolean
}

export function candidate(post: Post, age: number): Candidate {
  const words = opening(post)
  return {
    post,
    age,
    key: postKey(post),
    time: knownTime(post),
    words,
    shingles: shingles(words),
    byline: bylineKey(post),
    matched: false
  }
}

/** The archive's posts, indexed for matching. Building it is linear. */
export class ArchiveIndex {
  readonly byKey = new Map<string, Candidate[]>()
  readonly byShingle = new Map<string, Candidate[]>()

  add(entry: Candidate): void {
    push(this.byKey, entry.key, entry)
    let count = 0
    for (const item of entry.shingles) {
      if (count++ === INDEXED_SHINGLES) break
      push(this.byShingle, item, entry)
    }
  }

  /** The unmatched archived post `copy` is, if any; marks it matched. */
  match(copy: Candidate): Candidate | undefined {
    const found = this.byHeadline(copy) ?? this.byOpening(copy)
    if (found) found.matched = true
    return found
  }

  private byHeadline(copy: Candidate): Candidate | undefined {
    let best: Candidate | undefined
    let bestRank: number[] | undefined
    for (const entry of this.byKey.get(copy.key) ?? []) {
      if (entry.matched || timesConflict(entry.time, copy.time)) continue
      const timed = entry.time !== undefined && copy.time !== undefined
      const alike = similarity(entry.shingles, copy.shingles)
      if (
        !timed &&
        alike < DIFFERENT_OPENING &&
        entry.words.length >= MIN_WORDS &&
        copy.words.length >= MIN_WORDS
      ) {
        continue
      }
      // Agreeing times first, then the closer opening, then the older post.
      const rank = [timed ? 0 : 1, -alike, entry.age]
      if (!bestRank || less(rank, bestRank)) {
        best = entry
        bestRank = rank
      }
    }
    return best
  }

  private byOpening(copy: Candidate): Candidate | undefined {
    if (copy.words.length < MIN_WORDS) return undefined
    const threshold = copy.byline === '' ? SAME_OPENING_NO_BYLINE : SAME_OPENING
    let best: Candidate | undefined
    let bestScore = 0
    const tried = new Set<Candidate>()
    let count = 0
    for (const item of copy.shingles) {
      if (count++ === INDEXED_SHINGLES) break
      const entries = this.byShingle.get(item)
      if (!entries || entries.length > COMMON_SHINGLE) continue
      for (const entry of entries) {
        if (tried.has(entry)) continue
        tried.add(entry)
        if (entry.matched || entry.byline !== copy.byline) continue
        if (timesConflict(entry.time, copy.time)) continue
        const score = similarity(entry.shingles, copy.shingles)
        if (score >= threshold && score > bestScore) {
          best = entry
          bestScore = score
        }
      }
    }
    return best
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function less(a: number[], b: number[]): boolean {
  for (let index = 0; index < a.length; index++) {
    if (a[index]! !== b[index]!) return a[index]! < b[index]!
  }
  return false
}
