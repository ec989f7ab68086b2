// Recognises lines that are nothing but a time: a post's time line
// ("21 min ago", "8:19 p.m. ET, February 7, 2024") or the page's
// ("Updated 6:15 a.m. ET, March 10, 2024").
import {findClockTime, findRelativeTime, parseRelativeTime} from '@liveblog/core'
import {NEW_UPDATES} from './chrome.js'
import {type Context, warn} from './context.js'

export interface TimeLine {
  /** "Updated …": the page's (or a post's) last update, not a post's start. */
  updated: boolean
  /** The time as printed (the line, less chrome glued before it). */
  dateline: string
  /** ISO 8601, when known (relative times need a reference `now`). */
  iso?: string
  relative: boolean
  /** A zone abbreviation printed with the time that no table knows ("XST"). */
  unknownZone?: string
  /** Printed like a time, but no such date or hour exists ("February 30"). */
  impossible?: 'date' | 'hour'
}

export interface TimeOptions {
  timeZone?: string
  now?: Date | string
}

const PREFIX = /^(?:(?:last )?updated|posted|published)\b:?\s*/i

export function parseTimeLine(line: string, options: TimeOptions): TimeLine | undefined {
  if (line.length > 120 || !/\d|just now/i.test(line)) return undefined
  const dateline = line.replace(NEW_UPDATES, '')
  let rest = dateline
  const prefix = PREFIX.exec(rest)
  const updated = prefix !== null && /updated/i.test(prefix[0])
  if (prefix) rest = rest.slice(prefix[0].length)

  const absolute = findClockTime(rest, {timeZone: options.timeZone})
  if (absolute) {
    // Only chrome may stand around the time: "Updated less than 1 min ago6:53 a.m. ET, …".
    const before = rest.slice(0, absolute.start)
    const after = rest.slice(absolute.end).trim()
    const beforeOk = before.trim() === '' || isRelativeOnly(before)
    if (beforeOk && (after === '' || /^\(.{1,20}\)$/.test(after))) {
      const time: TimeLine = {updated, dateline, iso: absolute.iso, relative: false}
      // Still a time line (it starts a post), with the time kept as printed.
      if (absolute.impossible) time.impossible = absolute.impossible
      else if (!absolute.knownZone && absolute.abbreviation)
        time.unknownZone = absolute.abbreviation
      return time
    }
    return undefined
  }

  if (isRelativeOnly(rest)) {
    const resolved =
      options.now === undefined
        ? undefined
        : parseRelativeTime(rest, {now: options.now, timeZone: options.timeZone})
    return {updated, dateline, iso: resolved?.iso, relative: true}
  }
  return undefined
}

function isRelativeOnly(text: string): boolean {
  const found = findRelativeTime(text)
  return (
    found !== undefined &&
    text.slice(0, found.start).trim() === '' &&
    text.slice(found.end).trim() === ''
  )
}

/**
 * Warns once per time line that cannot be placed: printed with a zone
 * abbreviation no table knows, or with a date or hour that does not exist.
 */
export function reportUnplacedTimes(context: Context): void {
  for (const [index, time] of context.times) {
    if (time.impossible !== undefined) {
      warn(
        context,
        context.lines[index]!,
        `Impossible time \`${time.dateline}\` (${time.impossible === 'date' ? 'no such date' : 'no such hour on a 12-hour clock'}): kept as printed only`,
        'impossible-time'
      )
    } else if (time.unknownZone !== undefined) {
      warn(
        context,
        context.lines[index]!,
        `Unknown time zone \`${time.unknownZone}\` in \`${time.dateline}\`: time kept as printed only`,
        'unknown-time-zone'
      )
    }
  }
}
