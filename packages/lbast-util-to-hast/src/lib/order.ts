// Item order. `source` keeps the tree's order. `time` puts dated posts
// newest first, and a post without a time keeps its place on the page: the
// dated posts are sorted among the places dated posts held, so an undated
// post between two others stays between them instead of sinking to the end.
import type {IsoTime} from './times.js'

export type Sort = 'source' | 'time'

/**
 * `entries` in feed order. `time(entry)` gives the time to sort by (a post's
 * `published`). Stable: equal times keep their source order. Returns a new
 * array and how many entries had no time.
 */
export function orderEntries<T>(
  entries: T[],
  sort: Sort | undefined,
  time: (entry: T) => IsoTime | undefined
): {entries: T[]; undated: number} {
  if (sort !== 'time') return {entries: entries.slice(), undated: 0}
  const slots: number[] = []
  const dated: T[] = []
  for (let index = 0; index < entries.length; index++) {
    if (time(entries[index]!)) {
      slots.push(index)
      dated.push(entries[index]!)
    }
  }
  // `Array#sort` is stable.
  dated.sort((a, b) => time(b)!.instant - time(a)!.instant)
  const result = entries.slice()
  for (let index = 0; index < slots.length; index++) result[slots[index]!] = dated[index]!
  return {entries: result, undated: entries.length - dated.length}
}
