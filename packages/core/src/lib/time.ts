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

// The zone abbreviations news pages print after a time, each mapped to an
// IANA zone; offsets always come from the tz database (through `Intl`).
// A *generic* abbreviation (ET, CT, PT, AET, …) takes the zone's offset on
// that date, so it is -05:00 in January and -04:00 in July. A *specific* one
// names standard time (EST, CET, AEST) or daylight time (EDT, CEST, AEDT):
// the offset printed is kept, the zone's standard or daylight offset in that
// year, even on a date where the zone was on the other one.
//
// Abbreviations are ambiguous worldwide; where one is, the reading here is the
// one English-language news pages mean:
// - IST is India Standard Time (Asia/Kolkata, +05:30), not Irish Summer Time
//   (printed as IST by Irish sites, written BST/"Irish time" by CNN) nor Israel
//   Standard Time (CNN's Middle East pages print ET or "local time").
// - CST is US Central Standard Time, not China Standard Time.
// - GST is Gulf Standard Time (Asia/Dubai, +04:00).
// - BST is British Summer Time (+01:00), GMT and UTC are +00:00.
// - ART is Argentina Time, BRT Brasília Time, CAT Central Africa Time.
interface ZoneAbbreviation {
  /** IANA zone. */
  zone: string
  /** `false` for standard time, `true` for daylight time, absent for generic. */
  daylight?: boolean
}

const ZONES: Record<string, ZoneAbbreviation> = {
  // North America
  et: {zone: 'America/New_York'},
  est: {zone: 'America/New_York', daylight: false},
  edt: {zone: 'America/New_York', daylight: true},
  ct: {zone: 'America/Chicago'},
  cst: {zone: 'America/Chicago', daylight: false},
  cdt: {zone: 'America/Chicago', daylight: true},
  mt: {zone: 'America/Denver'},
  mst: {zone: 'America/Denver', daylight: false},
  mdt: {zone: 'America/Denver', daylight: true},
  pt: {zone: 'America/Los_Angeles'},
  pst: {zone: 'America/Los_Angeles', daylight: false},
  pdt: {zone: 'America/Los_Angeles', daylight: true},
  akt: {zone: 'America/Anchorage'},
  akst: {zone: 'America/Anchorage', daylight: false},
  akdt: {zone: 'America/Anchorage', daylight: true},
  ht: {zone: 'Pacific/Honolulu'},
  hst: {zone: 'Pacific/Honolulu'},
  // Universal
  gmt: {zone: 'UTC'},
  utc: {zone: 'UTC'},
  ut: {zone: 'UTC'},
  z: {zone: 'UTC'},
  // Europe
  bst: {zone: 'Europe/London', daylight: true},
  cet: {zone: 'Europe/Paris', daylight: false},
  cest: {zone: 'Europe/Paris', daylight: true},
  eet: {zone: 'Europe/Athens', daylight: false},
  eest: {zone: 'Europe/Athens', daylight: true},
  msk: {zone: 'Europe/Moscow'},
  // Middle East, Asia
  gst: {zone: 'Asia/Dubai'},
  pkt: {zone: 'Asia/Karachi'},
  ist: {zone: 'Asia/Kolkata'},
  hkt: {zone: 'Asia/Hong_Kong'},
  sgt: {zone: 'Asia/Singapore'},
  jst: {zone: 'Asia/Tokyo'},
  kst: {zone: 'Asia/Seoul'},
  // Oceania
  aet: {zone: 'Australia/Sydney'},
  aest: {zone: 'Australia/Sydney', daylight: false},
  aedt: {zone: 'Australia/Sydney', daylight: true},
  awst: {zone: 'Australia/Perth'},
  nzt: {zone: 'Pacific/Auckland'},
  nzst: {zone: 'Pacific/Auckland', daylight: false},
  nzdt: {zone: 'Pacific/Auckland', daylight: true},
  // Africa
  eat: {zone: 'Africa/Nairobi'},
  wat: {zone: 'Africa/Lagos'},
  cat: {zone: 'Africa/Maputo'},
  sast: {zone: 'Africa/Johannesburg'},
  // South America
  brt: {zone: 'America/Sao_Paulo'},
  art: {zone: 'America/Argentina/Buenos_Aires'}
}

/** The IANA zone a printed abbreviation stands for ("ET" → "America/New_York"). */
export function zoneForAbbreviation(abbr: string): string | undefined {
  const key = abbr.toLowerCase()
  return Object.hasOwn(ZONES, key) ? ZONES[key]!.zone : undefined
}

/**
 * The offset in minutes a specific abbreviation prints (EST: -300, CEST: 120):
 * its zone's standard or daylight offset in that year, from the tz database.
 * `undefined` for a generic abbreviation, which follows the zone's rules.
 */
function printedOffset(abbr: ZoneAbbreviation, year: number): number | undefined {
  if (abbr.daylight === undefined) return undefined
  const key = `${abbr.zone} ${abbr.daylight} ${year}`
  let offset = fixedOffsets.get(key)
  if (offset === undefined) {
    const january = offsetAt(abbr.zone, Date.UTC(year, 0, 1))
    const july = offsetAt(abbr.zone, Date.UTC(year, 6, 1))
    if (january === undefined || july === undefined) return undefined
    // Daylight time is the larger offset in either hemisphere.
    offset = abbr.daylight ? Math.max(january, july) : Math.min(january, july)
    if (fixedOffsets.size < 1000) fixedOffsets.set(key, offset)
  }
  return offset
}

/** Offsets of specific abbreviations by zone, kind and year (a few dozen at most). */
const fixedOffsets = new Map<string, number>()

/** A wall time at a fixed offset: the wall time as printed, with that offset. */
function toIsoAtOffset(wall: WallTime, offset: number): string | undefined {
  if (!isValidWall(wall)) return undefined
  const abs = Math.abs(offset)
  return (
    `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}` +
    `T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second ?? 0)}` +
    `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  )
}

function isValidWall(wall: WallTime): boolean {
  return (
    inRange(wall.year, 1, 9999) &&
    inRange(wall.month, 1, 12) &&
    inRange(wall.day, 1, daysInMonth(wall.year, wall.month)) &&
    inRange(wall.hour, 0, 23) &&
    inRange(wall.minute, 0, 59) &&
    inRange(wall.second ?? 0, 0, 59)
  )
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
  if (!isValidWall(wall)) return undefined

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
  /** An hour no 12-hour clock shows ("13:40 a.m."). */
  impossible?: 'hour'
}

/**
 * Finds the first absolute time in a line ("8:19 p.m. ET, February 7, 2024",
 * "Updated 0427 GMT (1227 HKT) April 8, 2024") and returns it as ISO 8601 with
 * the [start, end) offsets of the time and its date. A printed zone
 * abbreviation wins over `options.timeZone`. A time needs a date with a year,
 * after or before it. A time printed with an abbreviation this module does not
 * know is not returned (see `findClockTime`). Never throws.
 */
export function parseClockTime(
  text: string,
  options: ParseClockTimeOptions = {}
): TimeMatch | undefined {
  const found = findClockTime(text, options)
  return found?.iso === undefined ? undefined : {iso: found.iso, start: found.start, end: found.end}
}

/** A clock time found in a line, known zone or not. */
export interface ClockTimeMatch {
  /** ISO 8601 with the offset of the printed zone; absent when that zone is unknown. */
  iso?: string
  /** [start, end) of the time and its date in the line. */
  start: number
  end: number
  /** The zone abbreviation as printed ("IST"), if any. */
  abbreviation?: string
  /** Whether the printed abbreviation is one `zoneForAbbreviation` knows. */
  knownZone: boolean
  /**
   * The line has the shape of a time but no such time exists: `'date'`
   * ("February 30, 2024"), `'hour'` ("13:40 a.m."). There is no `iso` then.
   */
  impossible?: 'date' | 'hour'
}

/**
 * Like `parseClockTime`, but also finds a time printed with an unknown zone
 * abbreviation (two to four capitals: "11:40 a.m. XST, July 10, 2025"): it is
 * returned with its span and `abbreviation`, `knownZone: false` and no `iso`,
 * so a reader can keep it as printed and say which zone it could not place.
 * A time whose date or hour cannot exist ("8:19 p.m. ET, February 30, 2024",
 * "13:40 a.m. ET, …") is returned the same way with `impossible` set, but
 * only when the line holds no possible time. Never throws.
 */
export function findClockTime(
  text: string,
  options: ParseClockTimeOptions = {}
): ClockTimeMatch | undefined {
  if (typeof text !== 'string') return undefined
  const fallbackZone = options.timeZone ?? DEFAULT_ZONE
  const tokens = [...clockTokens(text)].sort((a, b) => a.start - b.start)
  let impossible: ClockTimeMatch | undefined
  for (const token of tokens) {
    const found = completeClockTime(text, token, fallbackZone)
    if (found?.impossible === undefined && found) return found
    impossible ??= found
  }
  return impossible
}

function* clockTokens(text: string): Generator<ClockToken> {
  for (const match of text.matchAll(TWELVE_HOUR)) {
    const hour = Number(match[1])
    const pm = match[3]!.toLowerCase() === 'p'
    const token: ClockToken = {
      start: match.index,
      end: match.index + match[0].length,
      hour: (hour % 12) + (pm ? 12 : 0),
      minute: Number(match[2] ?? 0)
    }
    if (hour < 1 || hour > 12) token.impossible = 'hour'
    yield token
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
): ClockTimeMatch | undefined {
  let end = token.end
  let zone: ZoneAbbreviation | undefined
  let abbreviation: string | undefined
  ZONE_AFTER.lastIndex = end
  const zoneMatch = ZONE_AFTER.exec(text)
  if (zoneMatch) {
    const abbr = zoneMatch[1]!
    const key = abbr.toLowerCase()
    if (Object.hasOwn(ZONES, key)) {
      zone = ZONES[key]
      abbreviation = abbr
      end = ZONE_AFTER.lastIndex
    } else if (abbr.length > 1 && abbr === abbr.toUpperCase() && !NOT_ZONES.has(key)) {
      // An unknown uppercase abbreviation ("XST") is a zone we cannot place.
      abbreviation = abbr
      end = ZONE_AFTER.lastIndex
    }
  }
  // A 24-hour time is only a time with its zone printed.
  if (abbreviation === undefined && !/[ap]\.?\s?m\.?$/i.test(text.slice(token.start, token.end)))
    return undefined

  ASIDE.lastIndex = end
  const afterAside = ASIDE.exec(text) ? ASIDE.lastIndex : end
  const date = dateAfter(text, afterAside) ?? dateBefore(text, token.start)
  if (!date) return undefined
  const span = {start: date.start ?? token.start, end: date.end ?? end}
  const wall = {
    year: date.year,
    month: date.month,
    day: date.day,
    hour: token.hour,
    minute: token.minute
  }
  const impossible = token.impossible ?? (isValidWall(wall) ? undefined : 'date')
  if (impossible) {
    const found: ClockTimeMatch = {...span, knownZone: zone !== undefined, impossible}
    if (abbreviation !== undefined) found.abbreviation = abbreviation
    return found
  }
  if (abbreviation !== undefined && !zone) return {...span, abbreviation, knownZone: false}
  const offset = zone ? printedOffset(zone, date.year) : undefined
  const iso =
    offset === undefined
      ? toIsoInZone(wall, zone ? zone.zone : fallbackZone)
      : toIsoAtOffset(wall, offset)
  if (!iso) return undefined
  const found: ClockTimeMatch = {iso, ...span, knownZone: zone !== undefined}
  if (abbreviation !== undefined) found.abbreviation = abbreviation
  return found
}

// Capitalised words that may follow a time in an all-caps line and are no zone.
const NOT_ZONES = new Set(['on', 'at', 'in', 'of', 'by', 'to', 'and', 'the', 'for', 'from'])

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
