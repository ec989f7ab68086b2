// Front-matter dates as static site generators write them, to lbast's ISO
// 8601 date-time with offset. Jekyll writes `2025-03-09 10:00:00 +0100`,
// Hugo `2025-03-09T10:00:00+01:00`; both also take a bare `2025-03-10`,
// times without seconds and times without a zone (YAML 1.1 timestamps,
// https://yaml.org/type/timestamp.html, are the common ground).
//
// - The offset is kept as written (`+0100` is `+01:00`, `Z` stays `Z`).
// - A time without a zone is read in `timeZone` (default UTC, as Hugo does).
// - A bare date is a day, not an instant: stored as that day at `00:00:00Z`,
//   which the writer prints back as the bare date.
import {isIsoDateTime, toIsoInZone} from '@liveblog/core'

const DATE_TIME =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:[ \t]*(?:([Zz])|([+-])(\d{1,2})(?::?(\d{2}))?)(?:[ \t]+[A-Z]{3,5})?)?)?$/

export interface FrontMatterDate {
  /** ISO 8601 with seconds and offset (`Z` for a bare date). */
  iso: string
  /** Set when the text had a time but no zone: the zone it was read in. */
  assumedZone?: string
}

/** Reads a front-matter date, or `undefined` when the text is not one. */
export function readFrontMatterDate(value: string, timeZone = 'UTC'): FrontMatterDate | undefined {
  const text = value.trim()
  if (text.length > 64) return undefined
  const match = DATE_TIME.exec(text)
  if (!match) return undefined
  const [, year, month, day, hour, minute, second, fraction, zulu, sign, offsetHour, offsetMinute] =
    match
  const date = `${year}-${pad(month!)}-${pad(day!)}`
  if (hour === undefined) return checked({iso: `${date}T00:00:00Z`})
  const time = `${pad(hour)}:${minute}:${second ?? '00'}${second === undefined ? '' : (fraction ?? '')}`
  if (zulu) return checked({iso: `${date}T${time}Z`})
  if (sign)
    return checked({iso: `${date}T${time}${sign}${pad(offsetHour!)}:${offsetMinute ?? '00'}`})
  const iso = toIsoInZone(
    {
      year: Number(year),
      month: Number(month),
      day: Number(day),
      hour: Number(hour),
      minute: Number(minute),
      second: Number(second ?? 0)
    },
    timeZone
  )
  return iso ? checked({iso, assumedZone: timeZone}) : undefined
}

/** Whether an ISO value is the form a bare date is stored in. */
export function isBareDate(iso: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T00:00:00Z$/.test(iso)
}

function checked(date: FrontMatterDate): FrontMatterDate | undefined {
  return isIsoDateTime(date.iso) ? date : undefined
}

function pad(value: string): string {
  return value.padStart(2, '0')
}
