// lbast times are ISO 8601 with an offset; RSS wants RFC 822 dates. The
// conversion keeps the wall time and the offset the source printed
// (`2024-02-07T20:19:00-05:00` → `Wed, 07 Feb 2024 20:19:00 -0500`) instead of
// moving it to UTC, so a reader sees the time the page showed.

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
  const wall = Date.UTC(year, month - 1, day, hour, minute, second)
  // `Date.UTC` rolls 31 February over into March: reject such days.
  if (new Date(wall).getUTCDate() !== day) return undefined
  const offset = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes)
  const zone = `${sign ?? '+'}${pad(offsetHours)}${pad(offsetMinutes)}`
  return {year, month, day, hour, minute, second, offset, zone, instant: wall - offset * 60_000}
}

/** RFC 822 (as RFC 2822 refines it, four-digit year) with the source's offset. */
export function formatRfc822(time: IsoTime): string {
  const weekday = DAYS[new Date(Date.UTC(time.year, time.month - 1, time.day)).getUTCDay()]
  const month = MONTHS[time.month - 1]
  const clock = `${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`
  return `${weekday}, ${pad(time.day)} ${month} ${time.year} ${clock} ${time.zone}`
}

/** RFC 822 for a `Date` (the `now` option): UTC, as a `Date` has no offset. */
export function formatRfc822Utc(date: Date): string {
  return formatRfc822({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    offset: 0,
    zone: '+0000',
    instant: date.getTime()
  })
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
