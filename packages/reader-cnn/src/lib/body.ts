// A post's body: one block per line (pages split paragraphs with a single
// newline), grouped where the page groups them: a caption and its credit
// are one image, labelled lines after an intro ending in ':' are one list.
import {type PostContent, parseDuration} from '@liveblog/core'
import type {List} from 'mdast'
import {
  bulletLength,
  creditAfterRepeat,
  isCredit,
  labelEnd,
  updateKind,
  wordCount
} from './classify.js'
import {type Context, chromeReason, dropChrome, info, isDropped, warn} from './context.js'
import type {Line} from './lines.js'
import {captionCreditSplit, isImageStandIn, isPhotoCaption} from './media-lines.js'
import {
  imageOf,
  inlineCreditImageOf,
  labelledPairOf,
  listItemOf,
  paragraphOf,
  uncaptionedImageOf,
  updateOf,
  videoOf
} from './nodes.js'

export interface Body {
  children: PostContent[]
  /** The last line that went into the body. */
  last?: Line
  /** "Updated …" time of the post, when printed among its lines. */
  updated?: {iso?: string; dateline: string}
}

export function readBody(context: Context, from: number, to: number): Body {
  const {lines, kinds} = context
  const children: PostContent[] = []
  const body: Body = {children}
  let list: List | undefined

  for (let i = from; i < to; i++) {
    const line = lines[i]!
    const kind = kinds[i]
    if (kind === 'blank') continue
    if (isDropped(context, i, true)) {
      dropChrome(context, line, chromeReason(context, i))
      continue
    }
    body.last = line
    if (kind === 'video') {
      const group = context.videos.get(i)
      if (!group) continue
      list = undefined
      const last = lines[group.last]!
      children.push(videoOf(group, line, last, parseDuration(group.duration)))
      body.last = last
      i = group.last
      continue
    }
    if (kind === 'updated' && !body.updated) {
      const time = context.times.get(i)!
      body.updated = {iso: time.iso, dateline: time.dateline}
      continue
    }

    const text = line.text
    const update = updateKind(text)
    if (update) {
      list = undefined
      children.push(updateOf(line, update))
      continue
    }

    const previous = children[children.length - 1]
    const inList = list !== undefined && previous === list
    const afterIntro = previous?.type === 'paragraph' && endsWithColon(previous)
    const next = nextText(context, i + 1, to)
    // "Debate night:" then one "• She spoke first.": one labelled item.
    if (next !== undefined && isLabelLine(text) && isLoneBullet(context, next, to)) {
      const nextLine = lines[next]!
      const gap = context.value.slice(line.end, nextLine.start)
      const item = labelledPairOf(line, nextLine, gap)
      if (!inList || !list) {
        list = {type: 'list', ordered: false, spread: false, children: [], position: item.position}
        children.push(list)
      }
      list.children.push(item)
      list.position = {start: list.position!.start, end: item.position!.end}
      body.last = nextLine
      i = next
      continue
    }
    if (bulletLength(text) > 0 || ((inList || afterIntro) && labelEnd(text) > 0)) {
      const item = listItemOf(line)
      if (!inList || !list) {
        list = {type: 'list', ordered: false, spread: false, children: [], position: item.position}
        children.push(list)
      }
      list.children.push(item)
      list.position = {start: list.position!.start, end: item.position!.end}
      continue
    }
    list = undefined

    // A mirror's numbered stand-in for an image: "Spring storm coverage (2)".
    if (isImageStandIn(text)) {
      children.push(uncaptionedImageOf(line, line, undefined))
      info(
        context,
        line,
        `Image stand-in read as an image: \`${text.slice(0, 60)}\``,
        'image-stand-in'
      )
      continue
    }
    const following = lines[i + 1]
    if (following && i + 1 < to && kinds[i + 1] === 'content') {
      // A credit printed twice, no caption: "Kim Lee/AP" on two lines.
      if (following.text === text && isCredit(text)) {
        children.push(uncaptionedImageOf(line, following, text))
        body.last = following
        i++
        continue
      }
      const repeated = creditAfterRepeat(text, following.text)
      if ((repeated !== undefined || isCredit(following.text)) && isCaption(text)) {
        children.push(
          imageOf(line, following, repeated === undefined ? following.text : repeated || undefined)
        )
        body.last = following
        i++
        continue
      }
    }
    // "Caption. Credit" on one line (AMP pages).
    const split = captionCreditSplit(text)
    if (split > 0) {
      children.push(inlineCreditImageOf(line, split))
      continue
    }
    // A caption whose credit line the copy dropped, between body paragraphs.
    if (previous !== undefined && next !== undefined && isPhotoCaption(text)) {
      children.push(imageOf(line, line, undefined))
      warn(
        context,
        line,
        `Line shaped like a photo caption, read as an image without a credit: \`${text.slice(0, 60)}\``,
        'caption-without-credit'
      )
      continue
    }
    children.push(paragraphOf(line))
  }
  return body
}

function endsWithColon(node: {children: Array<{type: string; value?: string}>}): boolean {
  const last = node.children[node.children.length - 1]
  return last?.type === 'text' && /:\s*$/.test(last.value ?? '')
}

/** The next line that is not blank, before `to`, if it is content. */
function nextText(context: Context, from: number, to: number): number | undefined {
  for (let j = from; j < to; j++) {
    const kind = context.kinds[j]
    if (kind === 'blank') continue
    return kind === 'content' ? j : undefined
  }
  return undefined
}

/** A label alone on its line: a few words, a capital first, a colon last. */
function isLabelLine(text: string): boolean {
  if (!text.endsWith(':') || bulletLength(text) > 0) return false
  const label = text.slice(0, -1)
  return (
    wordCount(label) <= 8 &&
    labelEnd(`${label}: x`) === label.length + 1 &&
    !/^(?:here(?:['’]s| is| are)|the following|below|these are|this is)\b/i.test(label)
  )
}

/** A bulleted line that is the only bullet before the next non-bullet line. */
function isLoneBullet(context: Context, index: number, to: number): boolean {
  if (bulletLength(context.lines[index]!.text) === 0) return false
  const after = nextText(context, index + 1, to)
  return after === undefined || bulletLength(context.lines[after]!.text) === 0
}

/** A caption reads as a description: a few words, not an intro or a label. */
function isCaption(text: string): boolean {
  return wordCount(text) >= 3 && !/:$/.test(text) && bulletLength(text) === 0
}
