// Property: merging a random sequence of partial, edited copies of one
// invented live blog, in the order they were taken, never loses a post,
// never holds one twice, never gives two posts one id, and never changes an
// archived post's id.
import {assignPostIds, formatIso, type Post, paragraph, type Root, root} from '@liveblog/core'
import {merge} from '@liveblog/merge'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'

const HEADLINES = [
  'What we know so far',
  'Crews reach the north valley',
  'Power returns to the harbor district',
  'Catch up on the latest',
  'Officials give an update'
]
const BYLINES = ['From CNN staff', "From CNN's Ines Halloran", "From CNN's Tomas Reyes", '']
const WORDS = Array.from({length: 300}, (_, index) => `w${index.toString(36)}x`)
const START = Date.parse('2025-11-12T06:00:00-05:00')
const MINUTE = 60_000

/** One post of the true blog, and how it changes over the day. */
interface TruePost {
  truth: number
  /** Minutes after START; posts are 80 minutes or more apart, more than a relative time can err (45 min) plus jitter (10). */
  minute: number
  headline: string
  byline: string
  opening: string[]
  /** From this minute on the headline gets a word more, or the byline changes (never both). */
  change?: {minute: number; kind: 'reword' | 'byline'}
}

/** How one copy prints a post's time. */
type TimeStyle = 'absolute' | 'relative' | 'none'

const truePost = fc.record({
  gap: fc.integer({min: 80, max: 140}),
  headline: fc.constantFrom(...HEADLINES),
  byline: fc.constantFrom(...BYLINES),
  opening: fc.array(fc.constantFrom(...WORDS), {minLength: 8, maxLength: 16}),
  change: fc.option(
    fc.record({
      after: fc.integer({min: 0, max: 600}),
      kind: fc.constantFrom<'reword' | 'byline'>('reword', 'byline')
    }),
    {nil: undefined}
  )
})

const copySpec = fc.record({
  /** Minutes after the newest post was added. */
  lag: fc.integer({min: 1, max: 30}),
  /** Which part of the page the copy holds, as fractions. */
  from: fc.double({min: 0, max: 1, noNaN: true}),
  to: fc.double({min: 0, max: 1, noNaN: true}),
  times: fc.array(fc.constantFrom<TimeStyle>('absolute', 'relative', 'none'), {
    minLength: 40,
    maxLength: 40
  }),
  jitter: fc.array(fc.integer({min: -10, max: 10}), {minLength: 40, maxLength: 40}),
  extend: fc.array(fc.boolean(), {minLength: 40, maxLength: 40})
})

const blog = fc
  .record({
    posts: fc.array(truePost, {minLength: 2, maxLength: 30}),
    copies: fc.array(fc.tuple(fc.integer({min: 1, max: 30}), copySpec), {
      minLength: 2,
      maxLength: 8
    })
  })
  .map(({posts, copies}) => {
    let minute = 0
    const truth: TruePost[] = posts.map((spec, index) => {
      minute += spec.gap
      return {
        truth: index,
        minute,
        headline: spec.headline,
        byline: spec.byline,
        opening: spec.opening,
        ...(spec.change && {change: {minute: minute + spec.change.after, kind: spec.change.kind}})
      }
    })
    // Each copy is taken when some number of posts are out.
    const taken = copies
      .map(([count, spec]) => ({count: Math.min(count, truth.length), spec}))
      .sort((a, b) => a.count - b.count)
    return {truth, taken}
  })

function printCopy(truth: TruePost[], count: number, spec: CopySpec): Root {
  const now = truth[count - 1]!.minute + spec.lag
  const page = truth.slice(0, count).reverse()
  let from = Math.floor(Math.min(spec.from, spec.to) * page.length)
  let to = Math.ceil(Math.max(spec.from, spec.to) * page.length)
  if (to <= from) to = from + 1
  if (to > page.length) [from, to] = [page.length - 1, page.length]
  const posts = page.slice(from, to).map((item) => printPost(item, now, spec))
  return assignPostIds(root(posts))
}

type CopySpec = {
  lag: number
  from: number
  to: number
  times: TimeStyle[]
  jitter: number[]
  extend: boolean[]
}

function printPost(item: TruePost, now: number, spec: CopySpec): Post {
  const changed = item.change !== undefined && now >= item.change.minute
  const headline =
    changed && item.change!.kind === 'reword' ? `${item.headline} again` : item.headline
  const byline = changed && item.change!.kind === 'byline' ? "From CNN's Lena Ortiz" : item.byline
  const style = spec.times[item.truth % 40]!
  const at = START + item.minute * MINUTE
  const post: Post = {
    type: 'post',
    id: '',
    headline,
    authors: [],
    children: [paragraph(item.opening.join(' '))],
    data: {truth: item.truth} as Post['data']
  }
  if (byline) post.byline = byline
  if (spec.extend[item.truth % 40]) post.children.push(paragraph(`More at minute ${now}.`))
  if (style === 'absolute') {
    post.published = formatIso(new Date(at), 'America/New_York')
    post.dateline = `minute ${item.minute}`
  } else if (style === 'relative') {
    const jitter = spec.jitter[item.truth % 40]!
    post.published = formatIso(new Date(at + jitter * MINUTE), 'America/New_York')
    post.dateline = `${now - item.minute} min ago`
  }
  return post
}

function truthOf(post: Post): number {
  return (post.data as {truth: number}).truth
}

describe('merging copies in order', () => {
  it('never loses, repeats or renames a post, and ids stay unique', () => {
    fc.assert(
      fc.property(blog, ({truth, taken}) => {
        let archive: Root | undefined
        const seen = new Set<number>()
        const ids = new Map<number, string>()
        for (const [step, {count, spec}] of taken.entries()) {
          const copy = printCopy(truth, count, spec)
          for (const post of copy.children as Post[]) seen.add(truthOf(post))
          archive = merge(archive, copy, {seenAt: new Date(START + step * 3_600_000)}).tree
          const posts = archive.children as Post[]
          const truths = posts.map(truthOf)
          expect(new Set(truths).size).toBe(truths.length)
          expect(new Set(truths)).toEqual(seen)
          expect(new Set(posts.map((post) => post.id)).size).toBe(posts.length)
          for (const post of posts) {
            const before = ids.get(truthOf(post))
            if (before !== undefined) expect(post.id).toBe(before)
            ids.set(truthOf(post), post.id)
          }
        }
        // Merging the last copy again changes nothing.
        const last = taken.at(-1)!
        const again = merge(archive, printCopy(truth, last.count, last.spec), {
          seenAt: new Date(START + 99 * 3_600_000)
        })
        expect(again.changes.added).toEqual([])
        expect(JSON.stringify(again.tree)).toBe(JSON.stringify(archive))
      }),
      {numRuns: 300}
    )
  })
})
