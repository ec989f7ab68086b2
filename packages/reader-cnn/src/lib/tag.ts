// First pass: what each line is, looked at alone (and with its neighbours
// for the few things that span lines: the ad dialog and video embeds).
import {chromeKey, isAdDialog, isChrome, isNavigation, MAX_CHROME_LENGTH} from './chrome.js'
import {
  isNotice,
  isSummaryHeading,
  isVideoSlug,
  parseDurationLine,
  parsePostCount
} from './classify.js'
import type {Line} from './lines.js'
import {parseTimeLine, type TimeLine, type TimeOptions} from './time-line.js'

export type Kind =
  | 'blank'
  /** Known chrome, dropped anywhere. */
  | 'chrome'
  /** "Link Copied!": chrome that also separates posts. */
  | 'separator'
  /** Site navigation or footer: chrome outside posts, content inside. */
  | 'nav'
  | 'time'
  | 'updated'
  | 'count'
  | 'summary'
  | 'notice'
  /** Part of a video embed (slug, title, duration). */
  | 'video'
  | 'content'

export interface VideoGroup {
  /** First and last line index of the group. */
  first: number
  last: number
  slug?: Line
  title?: Line
  duration: string
  source?: string
}

export interface Tagged {
  kinds: Kind[]
  times: Map<number, TimeLine>
  counts: Map<number, number>
  /** Video groups by their first line. */
  videos: Map<number, VideoGroup>
  /** Why a chrome line is chrome (for its info message). */
  chromeReason: Map<number, string>
}

export function tagLines(lines: Line[], options: TimeOptions & {chrome?: Set<string>}): Tagged {
  const kinds: Kind[] = []
  const times = new Map<number, TimeLine>()
  const counts = new Map<number, number>()
  const videos = new Map<number, VideoGroup>()
  const chromeReason = new Map<number, string>()
  let inDialog = false

  for (const line of lines) {
    const text = line.text
    const i = line.index
    if (text === '') {
      kinds.push('blank')
      continue
    }
    const k = text.length <= MAX_CHROME_LENGTH ? chromeKey(text) : ''
    if (inDialog && k && isAdDialog(k, false)) {
      kinds.push('chrome')
      chromeReason.set(i, 'ad-feedback dialog')
      continue
    }
    inDialog = false
    if (k && isAdDialog(k, true)) {
      inDialog = true
      kinds.push('chrome')
      chromeReason.set(i, 'ad-feedback dialog')
      continue
    }
    if (k === 'link copied!' || k === 'link copied') {
      kinds.push('separator')
      continue
    }
    if (k && (isChrome(k) || options.chrome?.has(k))) {
      kinds.push('chrome')
      continue
    }
    const count = parsePostCount(text)
    if (count !== undefined) {
      kinds.push('count')
      counts.set(i, count)
      continue
    }
    const time = parseTimeLine(text, options)
    if (time) {
      kinds.push(time.updated ? 'updated' : 'time')
      times.set(i, time)
      continue
    }
    if (isSummaryHeading(text)) {
      kinds.push('summary')
      continue
    }
    if (isNotice(text)) {
      kinds.push('notice')
      continue
    }
    kinds.push(k && isNavigation(k) ? 'nav' : 'content')
  }

  tagVideos(lines, kinds, videos, chromeReason)
  return {kinds, times, counts, videos, chromeReason}
}

/**
 * A video embed is a duration line ("03:16", "02:14 - Source: CNN") under its
 * title, itself under an optional lower-case slug; some pages repeat the
 * duration on the next line.
 */
function tagVideos(
  lines: Line[],
  kinds: Kind[],
  videos: Map<number, VideoGroup>,
  chromeReason: Map<number, string>
): void {
  for (const line of lines) {
    const i = line.index
    if (kinds[i] !== 'content' && kinds[i] !== 'nav') continue
    const duration = parseDurationLine(line.text)
    if (!duration) continue
    const group: VideoGroup = {first: i, last: i, duration: duration.duration}
    if (duration.source) group.source = duration.source
    const titleLine = lines[i - 1]
    if (
      titleLine &&
      (kinds[i - 1] === 'content' || kinds[i - 1] === 'nav') &&
      !parseDurationLine(titleLine.text)
    ) {
      group.title = titleLine
      group.first = i - 1
      const slugLine = lines[i - 2]
      if (slugLine && kinds[i - 2] === 'content' && isVideoSlug(slugLine.text)) {
        group.slug = slugLine
        group.first = i - 2
      }
    }
    for (let j = group.first; j <= i; j++) kinds[j] = 'video'
    // "03:19 • Source: CNN" followed by a repeated "03:19".
    const repeat = lines[i + 1]
    if (repeat && kinds[i + 1] === 'content' && repeat.text === duration.duration) {
      kinds[i + 1] = 'chrome'
      chromeReason.set(i + 1, 'repeated video duration')
    }
    videos.set(group.first, group)
  }
}
