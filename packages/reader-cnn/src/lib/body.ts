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
import {type Context, chromeReason, dropChrome, isDropped} from './context.js'
import type {Line} from './lines.js'
import {imageOf, listItemOf, paragraphOf, updateOf, videoOf} from './nodes.js'

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

    const next = lines[i + 1]
    if (next && i + 1 < to && kinds[i + 1] === 'content') {
      const repeated = creditAfterRepeat(text, next.text)
      if ((repeated !== undefined || isCredit(next.text)) && isCaption(text)) {
        children.push(
          imageOf(line, next, repeated === undefined ? next.text : repeated || undefined)
        )
        body.last = next
        i++
        continue
      }
    }
    children.push(paragraphOf(line))
  }
  return body
}

function endsWithColon(node: {children: Array<{type: string; value?: string}>}): boolean {
  const last = node.children[node.children.length - 1]
  return last?.type === 'text' && /:\s*$/.test(last.value ?? '')
}

/** A caption reads as a description: a few words, not an intro or a label. */
function isCaption(text: string): boolean {
  return wordCount(text) >= 3 && !/:$/.test(text) && bulletLength(text) === 0
}
