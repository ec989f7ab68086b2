// Splits the page's posts. Most layouts mark where a post starts: a
// "Link Copied!" separator, or a time line ("21 min ago"). Archived pages
// mark nothing; there a post starts at a headline-shaped line that stands
// alone and has a body.
import {type Notice, type Post, parseByline} from '@liveblog/core'
import {readBody} from './body.js'
import {bulletLength, endsSentence, labelEnd, wordCount} from './classify.js'
import {type Context, chromeReason, dropChrome, info, isDropped, warn} from './context.js'
import type {Line} from './lines.js'
import {span} from './lines.js'
import {captionCreditSplit, isImageStandIn} from './media-lines.js'
import {noticeOf} from './nodes.js'

interface Segment {
  /** The post's time line, if any. */
  time?: number
  /** First and one-past-last line of the post's text. */
  from: number
  to: number
  /** Text before the first mark on a page that has marks: a post is guessed. */
  unmarked?: boolean
}

const TEXT_KINDS = new Set(['content', 'nav', 'notice', 'summary', 'count'])

/** The posts, and notices printed where a post would be ("Our live coverage has moved here."). */
export function readPosts(context: Context, from: number, to: number): Array<Post | Notice> {
  const posts: Array<Post | Notice> = []
  for (const part of segment(context, from, to)) {
    const post = readPost(context, part)
    if (post) posts.push(post)
  }
  return posts
}

function segment(context: Context, from: number, to: number): Segment[] {
  const {kinds} = context
  const hasMarks = kinds.slice(from, to).some((kind) => kind === 'separator' || kind === 'time')
  return hasMarks ? segmentByMarks(context, from, to) : segmentByHeadlines(context, from, to)
}

function segmentByMarks(context: Context, from: number, to: number): Segment[] {
  const {kinds} = context
  const segments: Segment[] = []
  let current: Segment = {from, to}
  let hasText = false
  for (let i = from; i < to; i++) {
    const kind = kinds[i]
    if (kind === 'separator' || kind === 'time') {
      // A separator and a time line in a row mark the same post.
      if (hasText || (current.time !== undefined && kind === 'time')) {
        current.to = i
        const marked = kinds[current.from] === 'separator' || kinds[current.from] === 'time'
        if (segments.length === 0 && !marked) current.unmarked = true
        segments.push(current)
        current = {from: i, to}
        hasText = false
      }
      if (kind === 'time') current.time = i
      continue
    }
    if (kind !== 'blank' && !isDropped(context, i, true)) hasText = true
  }
  current.to = to
  segments.push(current)
  return segments
}

function segmentByHeadlines(context: Context, from: number, to: number): Segment[] {
  const {lines, kinds} = context
  const textLines: number[] = []
  for (let i = from; i < to; i++) {
    if (TEXT_KINDS.has(kinds[i]!) || kinds[i] === 'video') {
      if (!isDropped(context, i, true)) textLines.push(i)
    }
  }
  let blanks = 0
  for (let i = from; i < to; i++) if (kinds[i] === 'blank') blanks++
  const blankSeparated = blanks * 3 > textLines.length

  const candidate = new Set<number>()
  let listContext = false
  for (let k = 0; k < textLines.length; k++) {
    const i = textLines[k]!
    const text = lines[i]!.text
    const previous = k > 0 ? lines[textLines[k - 1]!]!.text : undefined
    if (previous !== undefined) {
      listContext =
        /:$/.test(previous) ||
        (listContext && (labelEnd(previous) > 0 || bulletLength(previous) > 0))
    }
    if (kinds[i] === 'video') continue
    const nextIndex = textLines[k + 1]
    const next = nextIndex === undefined ? undefined : lines[nextIndex]!.text
    const listLike = listContext && (labelEnd(text) > 0 || bulletLength(text) > 0)
    const bylineNext = next !== undefined && kinds[nextIndex!] === 'content' && isPostByline(next)
    if (bylineNext && wordCount(text) <= 30 && !listLike) {
      candidate.add(i)
      continue
    }
    if (listLike || bulletLength(text) > 0 || !isHeadlineShaped(text) || isPostByline(text))
      continue
    if (
      blankSeparated &&
      ((i > from && kinds[i - 1] !== 'blank') || (i + 1 < to && kinds[i + 1] !== 'blank'))
    )
      continue
    candidate.add(i)
  }
  // A copy cut off mid-paragraph: a last line with no body after it is not a headline.
  const last = textLines[textLines.length - 1]
  if (last !== undefined && textLines.length > 1) candidate.delete(last)
  // A headline has a body: of two candidates in a row, the first is not one.
  for (let k = 0; k + 1 < textLines.length; k++) {
    const i = textLines[k]!
    if (candidate.has(i) && candidate.has(textLines[k + 1]!)) candidate.delete(i)
  }
  const first = textLines[0]
  if (first !== undefined && kinds[first] !== 'video') candidate.add(first)

  const starts = textLines.filter((i) => candidate.has(i))
  const segments: Segment[] = []
  for (let k = 0; k < starts.length; k++) {
    segments.push({
      from: k === 0 ? from : starts[k]!,
      to: k + 1 < starts.length ? starts[k + 1]! : to
    })
  }
  if (segments.length === 0) segments.push({from, to})
  return segments
}

function isHeadlineShaped(text: string): boolean {
  const words = wordCount(text)
  if (words < 2 || words > 22 || text.length > 200) return false
  if (!/^[\p{Lu}\p{N}"“'‘]/u.test(text)) return false
  // Image lines: "Caption. Credit/Agency", "Storm coverage (2)".
  if (captionCreditSplit(text) > 0 || isImageStandIn(text)) return false
  // A closing quote after a word still ends a headline; after a stop it ends a sentence.
  return !endsSentence(text.replace(/(?<=[\p{L}\p{N}])["”’']+$/u, ''))
}

function isPostByline(text: string): boolean {
  return /^(?:From|By)\s/.test(text) && !/[.!?]$/.test(text) && parseByline(text) !== undefined
}

function readPost(context: Context, segment: Segment): Post | Notice | undefined {
  const {lines, kinds} = context
  let headlineIndex: number | undefined
  // "Updated 8:45 p.m. ET, …" printed between a post's time and its headline.
  let updatedIndex: number | undefined
  // Chrome above the headline is reported once the headline is found; a post
  // without one is read whole by `readHeadlessPost`, which reports it.
  const chromeAbove: number[] = []
  for (let i = segment.from; i < segment.to; i++) {
    const kind = kinds[i]
    if (kind === 'blank' || i === segment.time) continue
    if (kind === 'updated' && updatedIndex === undefined) {
      updatedIndex = i
      continue
    }
    if (isDropped(context, i, true)) {
      chromeAbove.push(i)
      continue
    }
    if (TEXT_KINDS.has(kind!)) {
      headlineIndex = i
      break
    }
    if (kind === 'video' || kind === 'updated') break
  }

  const timeLine = segment.time === undefined ? undefined : lines[segment.time]!
  const time = segment.time === undefined ? undefined : context.times.get(segment.time)
  if (headlineIndex === undefined) {
    if (timeLine)
      warn(
        context,
        timeLine,
        `Time line without a post after it: \`${timeLine.text}\``,
        'orphan-time'
      )
    return readHeadlessPost(context, segment)
  }

  for (const i of chromeAbove) dropChrome(context, lines[i]!, chromeReason(context, i))
  const headline = lines[headlineIndex]!
  if (segment.unmarked) {
    warn(
      context,
      headline,
      `Text before the first post, read as a post: \`${headline.text.slice(0, 60)}\``,
      'unmarked-post'
    )
  }
  let bodyFrom = headlineIndex + 1
  let byline: string | undefined
  let bylineLine: Line | undefined
  for (let i = bodyFrom; i < segment.to; i++) {
    if (kinds[i] === 'blank') continue
    if (kinds[i] === 'content' && isPostByline(lines[i]!.text)) {
      bylineLine = lines[i]!
      byline = bylineLine.text
      bodyFrom = i + 1
    }
    break
  }

  const body = readBody(context, bodyFrom, segment.to)
  // A time and "Our live coverage has moved here." and nothing else: a notice.
  if (kinds[headlineIndex] === 'notice' && !byline && body.children.length === 0) {
    if (timeLine) {
      info(context, timeLine, `Time line of a notice: \`${timeLine.text}\``, 'notice-time')
    }
    return noticeOf(headline)
  }
  const updatedLine = updatedIndex === undefined ? undefined : lines[updatedIndex]!
  const first = timeLine && timeLine.index < headline.index ? timeLine : (updatedLine ?? headline)
  // "62 New Updates17 hr 44 min ago": the post starts where its time does.
  const glued = first === timeLine && time ? timeLine.text.length - time.dateline.length : 0
  if (glued > 0 && timeLine) {
    dropChrome(
      context,
      {...timeLine, text: timeLine.text.slice(0, glued), end: timeLine.start + glued},
      'glued before a time'
    )
  }
  const last = body.last ?? bylineLine ?? headline
  const post: Post = {
    type: 'post',
    id: '',
    headline: headline.text,
    authors: byline ? parseByline(byline)!.authors : [],
    children: body.children,
    position: span(first, last, first.start + glued)
  }
  if (byline) post.byline = byline
  if (time?.iso) post.published = time.iso
  if (time) post.dateline = time.dateline
  const updated = updatedIndex === undefined ? body.updated : context.times.get(updatedIndex)
  if (updated?.iso) post.updated = updated.iso
  if (body.children.length === 0)
    warn(context, headline, `Post without a body: \`${headline.text.slice(0, 60)}\``, 'empty-post')
  return post
}

/** Lines with no headline before them (a video first): keep them, in a post of their own. */
function readHeadlessPost(context: Context, segment: Segment): Post | undefined {
  const body = readBody(context, segment.from, segment.to)
  if (body.children.length === 0 || !body.last) return undefined
  let start = segment.from
  while (context.kinds[start] === 'blank') start++
  const firstLine = context.lines[start]!
  warn(context, firstLine, 'Post without a headline', 'missing-headline')
  return {
    type: 'post',
    id: '',
    headline: '',
    authors: [],
    children: body.children,
    position: span(firstLine, body.last)
  }
}
