// Chrome only the page's head has, found before the head is read: an
// archive's capture line, a browser-title line that repeats the title, the
// author names under headshots, and filter tabs under the key points. Each
// such line is tagged `chrome` with its reason, so the head reads past it.
import {parseByline} from '@liveblog/core'
import {chromeKey, isChrome, isNavigation} from './chrome.js'
import {isSummaryHeading, wordCount} from './classify.js'
import type {Context} from './context.js'

/** The head is short: only this many non-blank lines are looked at. */
const HEAD_WINDOW = 80

export interface HeadMarks {
  /** A line a browser-title line announced as the title. */
  titleIndex?: number
}

export function markHeadChrome(context: Context, limit: number): HeadMarks {
  const {kinds, lines} = context
  const marks: HeadMarks = {}
  const indices: number[] = []
  for (let i = 0; i < limit && indices.length < HEAD_WINDOW; i++) {
    if (kinds[i] !== 'blank') indices.push(i)
  }

  for (let k = 0; k < indices.length && k < 2; k++) {
    const i = indices[k]!
    if (kinds[i] === 'content' && isCaptureLine(lines[i]!.text)) {
      mark(context, i, 'archive capture line')
    }
  }

  let seenTitle = false
  let seenSummary = false
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]!
    const kind = kinds[i]
    const text = lines[i]!.text
    if (kind === 'summary' || kind === 'time' || kind === 'count') seenTitle = true
    // A page has one key-points heading: a later one ("What to know about …"
    // on a page without separators), or one a post byline follows, is a post's headline.
    if (kind === 'summary') {
      const next = indices[k + 1]
      if (seenSummary || (next !== undefined && isBylineLine(lines[next]!.text))) {
        kinds[i] = 'content'
      } else if (!isTab(context, i)) {
        seenSummary = true
      }
    }
    if (kind === 'content' && isBylineLine(text)) {
      seenTitle = true
      markHeadshots(context, indices, k, text)
      continue
    }
    if (!seenTitle && kind === 'content' && marks.titleIndex === undefined) {
      const next = indices[k + 1]
      if (
        next !== undefined &&
        kinds[next] === 'content' &&
        repeatsTitle(text, lines[next]!.text)
      ) {
        mark(context, i, 'browser title')
        marks.titleIndex = next
        seenTitle = true
        continue
      }
    }
    if (kind !== 'blank' && chromeKey(text) === 'all') markTabs(context, indices, k)
  }
  return marks
}

function mark(context: Context, index: number, reason: string): void {
  context.kinds[index] = 'chrome'
  context.chromeReason.set(index, reason)
}

// An archive's capture stamp: "date 2021-05-02", "Captured 2 May 2021 14:03 UTC".
const CAPTURE =
  /^(?:(?:date|captured|capture|archived|saved|snapshot|retrieved|accessed)\b:?\s*(?:on\s)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s[A-Za-z]{3,9}\.?,?\s\d{4}|[A-Za-z]{3,9}\.?\s\d{1,2},?\s\d{4})|\d{4}-\d{2}-\d{2})(?:[\sT]\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:UTC|GMT|Z))?)?(?=\s|$)/i

/**
 * A first line that is an archive's capture stamp, then nothing but site
 * navigation: "date 2021-05-02 Live TV".
 */
export function isCaptureLine(text: string): boolean {
  const match = CAPTURE.exec(text)
  if (!match) return false
  return isNavigationRun(text.slice(match[0].length).trim())
}

/** Words that are all navigation or chrome entries ("Live TV World Audio"). */
function isNavigationRun(rest: string): boolean {
  if (rest === '') return true
  const words = chromeKey(rest).split(' ')
  if (words.length > 30) return false
  let at = 0
  while (at < words.length) {
    let step = 0
    for (let size = Math.min(3, words.length - at); size > 0; size--) {
      const phrase = words.slice(at, at + size).join(' ')
      if (isNavigation(phrase) || isChrome(phrase)) {
        step = size
        break
      }
    }
    if (step === 0) return false
    at += step
  }
  return true
}

const SEPARATOR = /^\s*[:|–—-]\s*/
const SEPARATOR_END = /\s*[:|–—-]\s*$/

/**
 * A browser-title line: the title below it with a prefix ("Live updates: …")
 * or a site suffix ("… - Site name"), joined by a colon, bar or dash.
 */
export function repeatsTitle(line: string, title: string): boolean {
  if (wordCount(title) < 2 || line.length <= title.length) return false
  let extra: string | undefined
  if (line.endsWith(title)) {
    const before = line.slice(0, line.length - title.length)
    if (SEPARATOR_END.test(before)) extra = before.replace(SEPARATOR_END, '')
  } else if (line.startsWith(title)) {
    const after = line.slice(title.length)
    if (SEPARATOR.test(after)) extra = after.replace(SEPARATOR, '')
  }
  return extra !== undefined && extra.length > 0 && wordCount(extra) <= 6
}

function isBylineLine(text: string): boolean {
  return /^(?:By|From)\s/.test(text) && parseByline(text) !== undefined
}

/**
 * Author names printed under headshots, without "By", just above the byline
 * that names them: "Ana Ruiz Tom Bell" over "By Ana Ruiz and Tom Bell, CNN".
 */
function markHeadshots(context: Context, indices: number[], k: number, byline: string): void {
  const parsed = parseByline(byline)
  if (!parsed || parsed.authors.length === 0) return
  const names = new Set<string>()
  for (const author of parsed.authors) {
    const words = `${author.name} ${author.affiliation ?? ''}`.split(' ')
    for (const word of words) if (word) names.add(word.toLowerCase())
  }
  for (let back = k - 1; back >= 0 && back >= k - 6; back--) {
    const i = indices[back]!
    if (context.kinds[i] !== 'content') return
    const words = context.lines[i]!.text.split(/[\s,&]+/).filter((word) => word && word !== 'and')
    if (words.length < 2 || !words.every((word) => names.has(word.toLowerCase()))) return
    mark(context, i, 'author names')
  }
}

/** Filter tabs under the key points: "All", "Catch Up", "Key Events". */
const TABS = new Set([
  'all',
  'all posts',
  'catch up',
  'catch-up',
  'key events',
  'key moments',
  'highlights',
  'latest',
  'newest',
  'oldest',
  'top',
  'timeline',
  'updates',
  'summary',
  'recap',
  'analysis',
  'videos',
  'photos',
  'pinned'
])

/** A tab name right after an "All" tab: "Catch Up" there is a tab, not a heading. */
function isTab(context: Context, index: number): boolean {
  for (let j = index - 1; j >= 0 && j >= index - 8; j--) {
    if (context.kinds[j] === 'blank') continue
    return (
      context.chromeReason.get(j) === 'filter tabs' || chromeKey(context.lines[j]!.text) === 'all'
    )
  }
  return false
}

function markTabs(context: Context, indices: number[], k: number): void {
  for (let j = k; j < indices.length && j < k + 8; j++) {
    const i = indices[j]!
    const kind = context.kinds[i]
    if (kind !== 'content' && kind !== 'summary' && kind !== 'chrome' && kind !== 'nav') return
    const key = chromeKey(context.lines[i]!.text)
    if (!TABS.has(key) && !(kind === 'summary' && isSummaryHeading(key) && wordCount(key) <= 2))
      return
    mark(context, i, 'filter tabs')
  }
}
