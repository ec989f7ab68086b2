// Finding the archived post a post of a new copy is. By headline first (the
// id's key), unless the times or the openings show a different post that
// reuses the headline; then, for a headline that was reworded, by the same
// byline and nearly the same opening paragraph.
import {type Post, postId, postKey} from '@liveblog/core'
import {
  bylineKey,
  type KnownTime,
  knownTime,
  MAX_TOLERANCE_MS,
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

/** A post with what matching compares, each computed once, when first needed. */
export class Candidate {
  readonly key: string
  readonly time: KnownTime | undefined
  matched = false
  #byline: string | undefined
  #words: string[] | undefined
  #shingles: Set<string> | undefined

  /** `age`: 0 for the oldest post of its tree, counting up. */
  constructor(
    readonly post: Post,
    readonly age: number
  ) {
    this.key = postKey(post)
    this.time = knownTime(post)
  }

  get byline(): string {
    this.#byline ??= bylineKey(this.post)
    return this.#byline
  }

  get words(): string[] {
    this.#words ??= opening(this.post)
    return this.#words
  }

  get shingles(): Set<string> {
    this.#shingles ??= shingles(this.words)
    return this.#shingles
  }
}

/**
 * The archive's posts, indexed for matching: by headline key up front
 * (linear), and by opening word pairs per byline only when a copy's post
 * has no headline match (a reworded or new post), so a merge computes
 * openings only where it needs them.
 */
export class ArchiveIndex {
  readonly #entries: Candidate[] = []
  readonly #byKey = new Map<string, Candidate[]>()
  readonly #byId = new Map<string, Candidate>()
  #byByline: Map<string, Bucket> | undefined

  add(entry: Candidate): void {
    this.#entries.push(entry)
    push(this.#byKey, entry.key, entry)
    this.#byId.set(entry.post.id, entry)
  }

  /** The unmatched archived post `copy` is, if any; marks it matched. */
  match(copy: Candidate): Candidate | undefined {
    const found = this.#byGivenId(copy) ?? this.#byHeadline(copy) ?? this.#byOpening(copy)
    if (found) found.matched = true
    return found
  }

  /**
   * A copy that names its post's id (Markdown `[post]: #id`, lbast JSON)
   * rather than deriving it from the headline means that post, whatever its
   * headline now says, unless printed times show otherwise.
   */
  #byGivenId(copy: Candidate): Candidate | undefined {
    const id = copy.post.id
    if (!id || derivedId(copy.post)) return undefined
    const entry = this.#byId.get(id)
    if (!entry || entry.matched || this.#conflict(entry, copy)) return undefined
    return entry
  }

  #byHeadline(copy: Candidate): Candidate | undefined {
    const entries = this.#byKey.get(copy.key)
    if (!entries) return undefined
    let best: Candidate | undefined
    let bestRank: number[] | undefined
    for (const entry of entries) {
      if (entry.matched || this.#conflict(entry, copy)) continue
      const timed = entry.time !== undefined && copy.time !== undefined
      // Agreeing times need no opening, unless posts share the headline.
      const alike = timed && entries.length === 1 ? 1 : similarity(entry.shingles, copy.shingles)
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

  /**
   * Times that cannot be one post's. A time resolved from "21 min ago" is
   * only as good as the reading time (a copied file's modification time can
   * be hours off), so such a conflict counts only when the openings differ
   * too; two printed absolute times decide alone.
   */
  #conflict(entry: Candidate, copy: Candidate): boolean {
    if (!timesConflict(entry.time, copy.time)) return false
    if (!entry.time!.relative && !copy.time!.relative) return true
    return similarity(entry.shingles, copy.shingles) < SAME_OPENING
  }

  #byOpening(copy: Candidate): Candidate | undefined {
    if (copy.words.length < MIN_WORDS) return undefined
    const bucket = this.#bucket(copy.byline)
    if (!bucket) return undefined
    const threshold = copy.byline === '' ? SAME_OPENING_NO_BYLINE : SAME_OPENING
    // A post with a printed time can only be an archived post of about its
    // time, or an undated one: look those up by time and by opening; any
    // other post can be any, by opening.
    const pool =
      copy.time && !copy.time.relative
        ? [...bucket.around(copy.time.instant), ...bucket.byOpening(copy, 'undated')]
        : bucket.byOpening(copy, 'all')
    let best: Candidate | undefined
    let bestScore = 0
    for (const entry of pool) {
      if (entry.matched || this.#conflict(entry, copy)) continue
      const score = similarity(entry.shingles, copy.shingles)
      if (score >= threshold && score > bestScore) {
        best = entry
        bestScore = score
      }
    }
    return best
  }

  /** The archived posts with one byline, built on first use. */
  #bucket(byline: string): Bucket | undefined {
    if (!this.#byByline) {
      this.#byByline = new Map()
      for (const entry of this.#entries) {
        let bucket = this.#byByline.get(entry.byline)
        if (!bucket) {
          bucket = new Bucket()
          this.#byByline.set(entry.byline, bucket)
        }
        bucket.add(entry)
      }
    }
    return this.#byByline.get(byline)
  }
}

/** Archived posts of one byline: by time, and by opening word pairs, each built on first use. */
class Bucket {
  readonly #entries: Candidate[] = []
  #timed: Candidate[] | undefined
  readonly #indexes = new Map<'undated' | 'all', Map<string, Candidate[]>>()

  add(entry: Candidate): void {
    this.#entries.push(entry)
  }

  /** Dated entries within the widest tolerance of `instant`. */
  *around(instant: number): Generator<Candidate> {
    this.#timed ??= this.#entries
      .filter((entry) => entry.time !== undefined)
      .sort((a, b) => a.time!.instant - b.time!.instant)
    const timed = this.#timed
    // First entry at or after `instant - MAX_TOLERANCE_MS`.
    let low = 0
    let high = timed.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (timed[middle]!.time!.instant < instant - MAX_TOLERANCE_MS) low = middle + 1
      else high = middle
    }
    for (let index = low; index < timed.length; index++) {
      if (timed[index]!.time!.instant > instant + MAX_TOLERANCE_MS) break
      yield timed[index]!
    }
  }

  /** Entries (all, or only undated ones) sharing an uncommon opening word pair with `copy`. */
  byOpening(copy: Candidate, which: 'undated' | 'all'): Candidate[] {
    let index = this.#indexes.get(which)
    if (!index) {
      index = new Map()
      for (const entry of this.#entries) {
        if (entry.matched || (which === 'undated' && entry.time !== undefined)) continue
        let count = 0
        for (const item of entry.shingles) {
          if (count++ === INDEXED_SHINGLES) break
          push(index, item, entry)
        }
      }
      this.#indexes.set(which, index)
    }
    const found = new Set<Candidate>()
    let count = 0
    for (const item of copy.shingles) {
      if (count++ === INDEXED_SHINGLES) break
      const entries = index.get(item)
      if (!entries || entries.length > COMMON_SHINGLE) continue
      for (const entry of entries) found.add(entry)
    }
    return [...found]
  }
}

/** Whether the post's id is what `assignPostIds` derives from its headline (maybe suffixed). */
function derivedId(post: Post): boolean {
  const base = postId(post)
  if (post.id === base) return true
  if (!post.id.startsWith(`${base}-`)) return false
  const suffix = post.id.slice(base.length + 1)
  return suffix !== '' && /^\d+$/.test(suffix)
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
