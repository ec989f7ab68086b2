// The page's head: everything before the first post. Title, page byline,
// update time, post count, featured video, key points and notices.
import {type Meta, parseByline, parseDuration, type RootContent, type Summary} from '@liveblog/core'
import type {List} from 'mdast'
import {endsSentence, wordCount} from './classify.js'
import {type Context, chromeReason, dropChrome, isDropped, warn} from './context.js'
import {markHeadChrome} from './head-chrome.js'
import type {Line} from './lines.js'
import {keyPointOf, noticeOf, positionOf, videoOf} from './nodes.js'

export interface Header {
  meta?: Meta
  nodes: RootContent[]
  /** Index of the first line the head could not place: where posts begin. */
  end: number
}

const SIGNAL_WINDOW = 80
// Chrome printed just above the title: "Live Updates", an AMP page's
// "Stay Updated on Developing Stories" prompt.
const TITLE_PROMPT = /^(?:live updates|stay updated\b.{0,60})$/i
const BROWSER_TITLE = /\s[|–-]\s*CNN(?: International| Politics| Business)?$/

export function readHeader(context: Context, limit: number): Header {
  const {lines, kinds} = context
  const meta: Meta = {type: 'meta'}
  let metaFirst: Line | undefined
  let metaLast: Line | undefined
  const nodes: RootContent[] = []
  let summary: Summary | undefined
  let browserTitle: string | undefined
  let expectTitle = false

  const touchMeta = (line: Line) => {
    metaFirst ??= line
    metaLast = line
  }
  const closeSummary = () => {
    summary = undefined
  }

  const marks = markHeadChrome(context, limit)
  const signalEnd = lastPageSignal(context, limit)
  let i = 0
  for (; i < limit; i++) {
    const line = lines[i]!
    const kind = kinds[i]
    if (kind === 'blank') continue
    if (isDropped(context, i, false)) {
      if (TITLE_PROMPT.test(line.text)) expectTitle = true
      dropChrome(context, line, chromeReason(context, i))
      continue
    }
    if (kind === 'count') {
      meta.postCount = context.counts.get(i)!
      touchMeta(line)
      closeSummary()
      continue
    }
    if (kind === 'updated') {
      const time = context.times.get(i)!
      if (time.iso) meta.updated = time.iso
      meta.dateline = time.dateline
      touchMeta(line)
      closeSummary()
      continue
    }
    if (kind === 'time') break
    if (kind === 'summary') {
      summary = {type: 'summary', title: line.text, children: [], position: positionOf(line, line)}
      nodes.push(summary)
      continue
    }
    if (kind === 'notice') {
      closeSummary()
      nodes.push(noticeOf(line))
      continue
    }
    if (kind === 'video') {
      const group = context.videos.get(i)
      if (!group) continue
      closeSummary()
      nodes.push(videoOf(group, line, lines[group.last]!, parseDuration(group.duration)))
      i = group.last
      continue
    }
    // Content.
    if (summary) {
      addKeyPoint(summary, line)
      continue
    }
    if (BROWSER_TITLE.test(line.text) && !browserTitle) {
      browserTitle = line.text.replace(BROWSER_TITLE, '')
      expectTitle = true
      dropChrome(context, line, 'browser title')
      continue
    }
    if (/^By\s/.test(line.text) && !meta.authors) {
      const byline = parseByline(line.text)
      if (byline) {
        meta.byline = line.text
        meta.authors = byline.authors
        touchMeta(line)
        continue
      }
    }
    if (
      meta.title === undefined &&
      (expectTitle ||
        line.text === browserTitle ||
        i === marks.titleIndex ||
        announcesPage(context, i, limit))
    ) {
      meta.title = line.text
      touchMeta(line)
      expectTitle = false
      continue
    }
    // Above the page's own signals, a short line is menu text; a longer one is kept.
    if (i < signalEnd) {
      if (wordCount(line.text) <= 6 && !endsSentence(line.text)) {
        dropChrome(context, line, 'probable site navigation')
      } else {
        nodes.push(noticeOf(line))
        warn(
          context,
          line,
          `Unplaced line before the page title, kept as a notice: \`${line.text.slice(0, 60)}\``,
          'unplaced-line'
        )
      }
      continue
    }
    break
  }

  if (meta.title === undefined && browserTitle) meta.title = browserTitle
  const hasMeta = Object.keys(meta).length > 1
  if (hasMeta && metaFirst && metaLast) meta.position = positionOf(metaFirst, metaLast)
  return {meta: hasMeta ? meta : undefined, nodes, end: i}
}

/**
 * The last line near the top that only a page's head has: "Live Updates",
 * the page byline, its update time, the post count, the key points heading.
 * Menu text copied above them is not the first post.
 */
function lastPageSignal(context: Context, limit: number): number {
  let last = -1
  let seen = 0
  for (let i = 0; i < limit && seen < SIGNAL_WINDOW; i++) {
    const kind = context.kinds[i]
    if (kind === 'blank') continue
    seen++
    const text = context.lines[i]!.text
    if (
      kind === 'updated' ||
      kind === 'count' ||
      kind === 'summary' ||
      /^live updates$/i.test(text) ||
      BROWSER_TITLE.test(text) ||
      (/^By\s/.test(text) && /,\s*[A-Z]{2,}$/.test(text) && parseByline(text) !== undefined)
    ) {
      last = i
    }
  }
  return last
}

/** A title is followed by the page's byline or update time. */
function announcesPage(context: Context, index: number, limit: number): boolean {
  for (let j = index + 1; j < limit; j++) {
    const kind = context.kinds[j]
    if (kind === 'blank' || kind === 'chrome') continue
    if (kind === 'updated' || kind === 'count') return true
    const text = context.lines[j]!.text
    return /^By\s/.test(text) && parseByline(text) !== undefined
  }
  return false
}

function addKeyPoint(summary: Summary, line: Line): void {
  const item = keyPointOf(line)
  let list = summary.children[0] as List | undefined
  if (!list) {
    list = {type: 'list', ordered: false, spread: false, children: [], position: item.position}
    summary.children.push(list)
  }
  list.children.push(item)
  list.position = {start: list.position!.start, end: item.position!.end}
  summary.position = {start: summary.position!.start, end: item.position!.end}
}
