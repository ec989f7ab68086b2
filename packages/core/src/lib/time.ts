// Time helpers for readers: printed times ("8:19 p.m. ET, February 7, 2024",
// "21 min ago", "03:16") to ISO 8601. Offsets come from the runtime's time
// zone data (`@date-fns/tz` over `Intl`), never from a table of our own, so
// daylight saving time is right for any date the runtime knows.
import {tzOffset} from '@date-fns/tz'

/** A wall-clock time in some zone; `month` is 1–12. */
export interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second?: number
}

/** A time found in a line: its ISO form and the [start, end) of the matched text. */
export interface TimeMatch {
  iso: string
  start: number
  end: number
}

/** A relative time found in a line ("1 hr 5 min ago"): its span, in seconds. */
export interface RelativeTimeMatch {
  start: number
  end: number
  seconds: number
}

export interface ParseClockTimeOptions {
  /** Zone for times printed without an abbreviation; default `America/New_York`. */
  timeZone?: string
}

export interface ParseRelativeTimeOptions {
  /** The reference time the page was read at. */
  now: Date | string
  /** Zone whose offset the result is written with; default `America/New_York`. */
  timeZone?: string
}

const DEFAULT_ZONE = 'America/New_York'
const MINUTE = 60_000
const DAY = 86_400_000

// What US and international news pages print after a time. Abbreviations are
// ambiguous worldwide (IST, CST), so only these are understood.
const ZONES: Record<string, string> = {
  et: 'America/New_York',
  est: 'America/New_York',
  edt: 'America/New_York',
  ct: 'America/Chicago',
  cst: 'America/Chicago',
  cdt: 'America/Chicago',
  mt: 'America/Denver',
  mst: 'America/Denver',
  mdt: 'America/Denver',
  pt: 'America/Los_Angeles',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  gmt: 'UTC',
  utc: 'UTC',
  ut: 'UTC',
  z: 'UTC',
  bst: 'Europe/London',
  hkt: 'Asia/Hong_Kong',
  jst: 'Asia/Tokyo',
  cet: 'Europe/Paris',
  cest: 'Europe/Paris',
  aest: 'Australia/Sydney',
  aedt: 'Australia/Sydney',
  sgt: 'Asia/Singapore'
}

/** The IANA zone a printed abbreviation stands for ("ET" → "America/New_York"). */
export function zoneForAbbreviation(abbr: string): string | undefined {
  const key = abbr.toLowerCase()
  return Object.hasOwn(ZONES, key) ? ZONES[key] : undefined
}

/**
 * A wall-clock time in a zone as ISO 8601 with that zone's offset:
 * `"2024-02-07T20:19:00-05:00"`. `undefined` for a date that does not exist
 * (February 30), a field out of range, or an unknown zone.
 *
 * Daylight saving time, as RFC 5545 and Temporal's `"compatible"` do it: a
 * time in the spring-forward gap (2:30 a.m. on 2024-03-10 in New York) moves
 * forward by the gap (03:30-04:00); a time in the fall-back overlap (1:30 a.m.
 * on 2024-11-03) is the earlier of the two (-04:00).
 */
export function toIsoInZone(wall: WallTime, timeZone: string): string | undefined {
  const second = wall.second ?? 0
  if (
    !inRange(wall.year, 1, 9999) ||
    !inRange(wall.month, 1, 12) ||
    !inRange(wall.day, 1, daysInMonth(wall.year, wall.month)) ||
    !inRange(wall.hour, 0, 23) ||
    !inRange(wall.minute, 0, 59) ||
    !inRange(second, 0, 59)
  ) {
    return undefined
  }

  // The wall time read as if it were UTC; the instant is this minus the offset.
  const asUtc = new Date(0)
  asUtc.setUTCFullYear(wall.year, wall.month - 1, wall.day)
  asUtc.setUTCHours(wall.hour, wall.minute, second, 0)
  const local = asUtc.getTime()

  // Around a transition the zone has two offsets; try both. Transitions are
  // never closer than a day apart, so the offsets a day either side cover it.
  const before = offsetAt(timeZone, local - DAY)
  const after = offsetAt(timeZone, local + DAY)
  if (before === undefined || after === undefined) return undefined
  let instant: number | undefined
  for (const offset of [before, after]) {
    const candidate = local - offset * MINUTE
    if (offsetAt(timeZone, candidate) !== offset) continue
    if (instant === undefined || candidate < instant) instant = candidate
  }
  // In a gap neither offset fits: keep the offset from before the gap, which
  // moves the wall time forward by the gap's length.
  return formatIso(new Date(instant ?? local - before * MINUTE), timeZone)
}

/**
 * An instant as ISO 8601 with the offset `timeZone` has at that instant,
 * whole seconds: `"2024-02-08T00:20:00-05:00"`, `"…+00:00"` for UTC.
 * Throws a `RangeError` for an invalid date or an unknown zone, as
 * `Date#toISOString` does for an invalid date.
 */
export function formatIso(instant: Date, timeZone: string): string {
  const result = formatIsoOrUndefined(instant.getTime(), timeZone)
  if (result === undefined) {
    throw new RangeError(`Cannot format \`${String(instant)}\` in zone \`${timeZone}\``)
  }
  return result
}

function formatIsoOrUndefined(time: number, timeZone: string): string | undefined {
  const offset = offsetAt(timeZone, time)
  if (offset === undefined || !Number.isFinite(time)) return undefined
  const wall = new Date(Math.floor(time / 1000) * 1000 + offset * MINUTE)
  const year = wall.getUTCFullYear()
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset)
  return (
    (year >= 0 && year <= 9999
      ? pad(year, 4)
      : `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`) +
    `-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  )
}

/** Offset in whole minutes, or `undefined` for an unknown zone. */
function offsetAt(timeZone: string, time: number): number | undefined {
  if (!Number.isFinite(time)) return undefined
  const offset = tzOffset(timeZone, new Date(time))
  return Number.isFinite(offset) ? Math.round(offset) : undefined
}

// Clock times. Each regex is linear: fixed sequences of bounded or
// single-class repeats, no quantified groups that can match the same text.

// "8:19 p.m.", "6 a.m.", "9:15 AM", "8:19 pm"; not inside a longer number.
const TWELVE_HOUR = /(?<![\d:])(\d{1,2})(?::([0-5]\d))?\s?([ap])\.?\s?m(?![a-z])\.?/gi
// "0427 GMT", "16:30 UTC": 24-hour times count only with a zone after them.
const TWENTY_FOUR_HOUR = /(?<![\d:])([01]\d|2[0-3]):?([0-5]\d)(?=\s?[A-Za-z]{1,4}(?![A-Za-z]))/g
// After the time: an optional zone abbreviation (" ET").
const ZONE_AFTER = /\s?([A-Za-z]{1,4})(?![A-Za-z])/y
// A parenthesised aside to skip: "(1227 HKT)".
const ASIDE = /\s*\([^()\n]{0,40}\)/y
// The date after the time: ", February 7, 2024", " Feb. 7, 2024", " on Wednesday, Sept. 3, 2024",
// ", Thu February 8, 2024" (CNN's 2024 header).
const DATE_AFTER =
  /,?\s{0,3}(?:on\s)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s{1,2})?([A-Za-z]{3,9})\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})(?!\d)/y
// "8 April 2024", day first.
const DAY_FIRST_AFTER = /,?\s{0,3}(\d{1,2})\s([A-Za-z]{3,9})\.?,?\s{1,3}(\d{4})(?!\d)/y
// The date before the time: "February 7, 2024, 8:19 p.m. ET", "Feb. 7, 2024 at …".
const DATE_BEFORE =
  /([A-Za-z]{3,9})\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4}),?\s{1,3}(?:at\s)?$/
const LOOK_BEHIND = 40

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12
}

interface ClockToken {
  start: number
  end: number
  hour: number
  minute: number
}

/**
 * Finds the first absolute time in a line ("8:19 p.m. ET, February 7, 2024",
 * "Updated 0427 GMT (1227 HKT) April 8, 2024") and returns it as ISO 8601 with
 * the [start, end) offsets of the time and its date. A printed zone
 * abbreviation wins over `options.timeZone`. A time needs a date with a year,
 * after or before it. Never throws.
 */
export function parseClockTime(
  text: string,
  options: ParseClockTimeOptions = {}
): TimeMatch | undefined {
  if (typeof text !== 'string') return undefined
  const fallbackZone = options.timeZone ?? DEFAULT_ZONE
  const tokens = [...clockTokens(text)].sort((a, b) => a.start - b.start)
  for (const token of tokens) {
    const found = completeClockTime(text, token, fallbackZone)
    if (found) return found
  }
  return undefined
}

function* clockTokens(text: string): Generator<ClockToken> {
  for (const match of text.matchAll(TWELVE_HOUR)) {
    const hour = Number(match[1])
    if (hour < 1 || hour > 12) continue
    const pm = match[3]!.toLowerCase() === 'p'
    yield {
      start: match.index,
      end: match.index + match[0].length,
      hour: (hour % 12) + (pm ? 12 : 0),
      minute: Number(match[2] ?? 0)
    }
  }
  for (const match of text.matchAll(TWENTY_FOUR_HOUR)) {
    yield {
      start: match.index,
      end: match.index + match[0].length,
      hour: Number(match[1]),
      minute: Number(match[2])
    }
  }
}

function completeClockTime(
  text: string,
  token: ClockToken,
  fallbackZone: string
): TimeMatch | undefined {
  let end = token.end
  let zone: string | undefined
  ZONE_AFTER.lastIndex = end
  const zoneMatch = ZONE_AFTER.exec(text)
  if (zoneMatch) {
    const abbr = zoneMatch[1]!
    zone = zoneForAbbreviation(abbr)
    if (zone) end = ZONE_AFTER.lastIndex
    // An unknown uppercase abbreviation ("IST") is a zone we cannot place.
    else if (abbr.length > 1 && abbr === abbr.toUpperCase()) return undefined
  }
  // A 24-hour time is only a time with its zone printed.
  if (!zone && !/[ap]\.?\s?m\.?$/i.test(text.slice(token.start, token.end))) return undefined

  ASIDE.lastIndex = end
  const afterAside = ASIDE.exec(text) ? ASIDE.lastIndex : end
  const date = dateAfter(text, afterAside) ?? dateBefore(text, token.start)
  if (!date) return undefined
  const iso = toIsoInZone(
    {year: date.year, month: date.month, day: date.day, hour: token.hour, minute: token.minute},
    zone ?? fallbackZone
  )
  if (!iso) return undefined
  return {iso, start: date.start ?? token.start, end: date.end ?? end}
}

interface FoundDate {
  year: number
  month: number
  day: number
  start?: number
  end?: number
}

function dateAfter(text: string, from: number): FoundDate | undefined {
  DATE_AFTER.lastIndex = from
  const monthFirst = DATE_AFTER.exec(text)
  if (monthFirst) {
    const month = monthNumber(monthFirst[1]!)
    if (month) {
      return {
        year: Number(monthFirst[3]),
        month,
        day: Number(monthFirst[2]),
        end: DATE_AFTER.lastIndex
      }
    }
  }
  DAY_FIRST_AFTER.lastIndex = from
  const dayFirst = DAY_FIRST_AFTER.exec(text)
  const month = dayFirst ? monthNumber(dayFirst[2]!) : undefined
  if (!dayFirst || !month) return undefined
  return {
    year: Number(dayFirst[3]),
    month,
    day: Number(dayFirst[1]),
    end: DAY_FIRST_AFTER.lastIndex
  }
}

function dateBefore(text: string, timeStart: number): FoundDate | undefined {
  const from = Math.max(0, timeStart - LOOK_BEHIND)
  const match = DATE_BEFORE.exec(text.slice(from, timeStart))
  const month = match ? monthNumber(match[1]!) : undefined
  if (!match || !month) return undefined
  return {year: Number(match[3]), month, day: Number(match[2]), start: from + match.index}
}

function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase()
  return Object.hasOwn(MONTHS, key) ? MONTHS[key] : undefined
}

// Relative times. Up to three "N unit" parts, then "ago"; units as live pages
// abbreviate them. Fixed repetition, distinct unit initials: linear.
const UNIT = '(sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|w(?:ee)?ks?)(?![a-z])'
const PART = String.raw`(\d{1,4})\s?${UNIT}`
const RELATIVE = new RegExp(
  String.raw`(?<![\d.])(less than\s)?${PART}(?:,?\s${PART})?(?:,?\s${PART})?\sago(?![a-z])|(?<![a-z])just now(?![a-z])`,
  'i'
)

const UNIT_SECONDS: Record<string, number> = {s: 1, m: 60, h: 3600, d: 86_400, w: 604_800}

/**
 * Finds a relative time ("21 min ago", "1 hr 5 min ago", "Just now") in a line
 * without needing a reference time. "less than 1 min ago" and "Just now" count
 * as 0 seconds. Never throws.
 */
export function findRelativeTime(text: string): RelativeTimeMatch | undefined {
  if (typeof text !== 'string') return undefined
  const match = RELATIVE.exec(text)
  if (!match) return undefined
  let seconds = 0
  if (!match[1]) {
    for (let group = 2; group < 8; group += 2) {
      const count = match[group]
      const unit = match[group + 1]
      if (count === undefined || unit === undefined) continue
      seconds += Number(count) * UNIT_SECONDS[unit[0]!.toLowerCase()]!
    }
  }
  return {start: match.index, end: match.index + match[0].length, seconds}
}

/**
 * Finds a relative time in a line and resolves it against `options.now`:
 * now minus the span, as ISO 8601 in `options.timeZone` (default
 * `America/New_York`). Never throws.
 */
export function parseRelativeTime(
  text: string,
  options: ParseRelativeTimeOptions
): TimeMatch | undefined {
  const found = findRelativeTime(text)
  if (!found || !options) return undefined
  const now = options.now instanceof Date ? options.now.getTime() : Date.parse(options.now)
  const iso = formatIsoOrUndefined(now - found.seconds * 1000, options.timeZone ?? DEFAULT_ZONE)
  return iso === undefined ? undefined : {iso, start: found.start, end: found.end}
}

const CLOCK_DURATION = /^(?:(\d{1,3}):)?(\d{1,3}):(\d{2})$/

/**
 * A printed media duration as ISO 8601: `"03:16"` → `"PT3M16S"`,
 * `"1:02:03"` → `"PT1H2M3S"`, `"0:00"` → `"PT0S"`. `undefined` for anything
 * else, including 60 or more in a field below the first.
 */
export function parseDuration(text: string): string | undefined {
  if (typeof text !== 'string') return undefined
  const match = CLOCK_DURATION.exec(text.trim())
  if (!match) return undefined
  const hours = match[1] === undefined ? 0 : Number(match[1])
  const minutes = Number(match[2])
  const seconds = Number(match[3])
  if (seconds >= 60 || (match[1] !== undefined && minutes >= 60)) return undefined
  const parts =
    (hours ? `${hours}H` : '') + (minutes ? `${minutes}M` : '') + (seconds ? `${seconds}S` : '')
  return `PT${parts || '0S'}`
}

// RFC 3339 date-times (ISO 8601 with seconds and an offset or Z), as JSON
// Schema's `date-time` format; the calendar is checked after the shape.
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/

/**
 * Whether a string is an ISO 8601 date-time with seconds and an offset or `Z`,
 * in the years 0001–9999 (year 0000, which RFC 3339 allows, is 1 BC in ISO
 * 8601 and has no RFC 822 form).
 */
export function isIsoDateTime(value: string): boolean {
  if (typeof value !== 'string') return false
  const match = ISO_DATE_TIME.exec(value)
  if (!match) return false
  const year = Number(match[1])
  const month = Number(match[2])
  return (
    inRange(year, 1, 9999) &&
    inRange(month, 1, 12) &&
    inRange(Number(match[3]), 1, daysInMonth(year, month))
  )
}

// The same grammar as JSON Schema's `duration` format (RFC 3339 appendix A).
const ISO_DURATION =
  /^P(?!$)(?:(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?|\d+W)$/

/** Whether a string is an ISO 8601 duration (`PT3M16S`, `P1D`, `P2W`). */
export function isIsoDuration(value: string): boolean {
  return typeof value === 'string' && ISO_DURATION.test(value)
}

function inRange(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}
