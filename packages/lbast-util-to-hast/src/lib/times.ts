// lbast times are ISO 8601 with an offset. Feeds print them as RFC 822 (RSS)
// or RFC 3339 (Atom, JSON Feed); both keep the wall time and the offset the
// source printed (`2024-02-07T20:19:00-05:00` → `Wed, 07 Feb 2024 20:19:00
// -0500`) rather than moving them to UTC, so a reader sees the page's time.
import type {Nodes} from '@liveblog/core'
import type {Warn} from './messages.js'

/** A parsed ISO 8601 date-time with its offset. */
export interface IsoTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  /** Minutes east of UTC. */
  offset: number
  /** `+hhmm` / `-hhmm` as written (`Z` is `+0000`). */
  zone: string
  /** Milliseconds since the epoch, for ordering. */
  instant: number
}

// One pass, no nested quantifiers: date, `T` (or space), time, optional
// seconds and fraction, then `Z` or a `±hh:mm` / `±hhmm` offset.
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** Parses an ISO 8601 date-time with offset; `undefined` when it is not one. */
export function parseIsoTime(value: string): IsoTime | undefined {
  const match = ISO.exec(value.trim())
  if (!match) return undefined
  const [, y, mo, d, h, mi, s, z, sign, oh, om] = match
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  const hour = Number(h)
  const minute = Number(mi)
  const second = s === undefined ? 0 : Number(s)
  const offsetHours = z ? 0 : Number(oh)
  const offsetMinutes = z ? 0 : Number(om)
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined
  if (offsetHours > 23 || offsetMinutes > 59) return undefined
  // `Date.UTC` maps years 0–99 to 1900–1999: set the year explicitly.
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second))
  date.setUTCFullYear(year, month - 1, day)
  const wall = date.getTime()
  // `Date` rolls 31 February over into March: reject such days.
  if (date.getUTCDate() !== day) return undefined
  const offset = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes)
  const zone = `${sign ?? '+'}${pad(offsetHours)}${pad(offsetMinutes)}`
  return {year, month, day, hour, minute, second, offset, zone, instant: wall - offset * 60_000}
}

/** A `Date` as an `IsoTime` in UTC (`+0000`), as a `Date` has no offset. */
export function fromDate(date: Date): IsoTime {
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    offset: 0,
    zone: '+0000',
    instant: date.getTime()
  }
}

/**
 * RFC 822 as RFC 2822 §3.3 refines it (four-digit year, zero-padded: year 99
 * is `0099`, never the two-digit `99` readers take for 1999), with the
 * source's offset: `Wed, 07 Feb 2024 20:19:00 -0500`.
 */
export function formatRfc822(time: IsoTime): string {
  const date = new Date(0)
  date.setUTCFullYear(time.year, time.month - 1, time.day)
  const weekday = DAYS[date.getUTCDay()]
  const month = MONTHS[time.month - 1]
  const clock = `${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`
  return `${weekday}, ${pad(time.day)} ${month} ${String(time.year).padStart(4, '0')} ${clock} ${time.zone}`
}

/** RFC 3339 (§5.6) with the source's offset: `2024-02-07T20:19:00-05:00`; UTC as `Z`. */
export function formatRfc3339(time: IsoTime): string {
  const date = `${String(time.year).padStart(4, '0')}-${pad(time.month)}-${pad(time.day)}`
  const clock = `${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`
  const zone = time.offset === 0 ? 'Z' : `${time.zone.slice(0, 3)}:${time.zone.slice(3)}`
  return `${date}T${clock}${zone}`
}

/** Parses an lbast time field; an unreadable one gets a warning (`invalid-date`) and `undefined`. */
export function readTime(
  value: unknown,
  field: string,
  node: Nodes,
  warn: Warn
): IsoTime | undefined {
  if (value === undefined || value === '') return undefined
  const time = typeof value === 'string' ? parseIsoTime(value) : undefined
  if (!time) {
    warn(
      `Cannot read \`${field}\` \`${String(value).slice(0, 40)}\` as an ISO 8601 date-time with offset: left out`,
      node,
      'invalid-date'
    )
  }
  return time
}

/** The later of two times (by instant); either may be missing. */
export function latest(a: IsoTime | undefined, b: IsoTime | undefined): IsoTime | undefined {
  if (!a) return b
  if (!b) return a
  return b.instant > a.instant ? b : a
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
