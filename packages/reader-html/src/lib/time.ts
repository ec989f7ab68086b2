// Times as pages write them in `datePublished`, `dateModified` and
// `<time datetime>`: ISO 8601 with or without seconds, fractions and an
// offset. Kept with the offset the page wrote (never turned into UTC);
// without an offset a time is placed in `timeZone` when one is given.
import {isIsoDateTime, toIsoInZone} from '@liveblog/core'

// One pass, sequential optional groups: linear.
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/

export type TimeResult =
  | {ok: true; iso: string; guessedZone?: boolean}
  | {ok: false; reason: 'no-offset' | 'date-only' | 'invalid'}

/**
 * `value` as an lbast time (`2024-03-10T07:15:00-04:00`): seconds added when
 * missing, the offset as written (`Z` kept), a fraction kept. A time without
 * offset is read in `timeZone`, else refused (`no-offset`).
 */
export function readTime(value: string, timeZone: string | undefined): TimeResult {
  const text = value.trim()
  if (text.length > 64) return {ok: false, reason: 'invalid'}
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return {ok: false, reason: 'date-only'}
  const match = ISO.exec(text)
  if (!match) return {ok: false, reason: 'invalid'}
  const [, year, month, day, hour, minute, second = '00', fraction = ''] = match
  const date = `${year}-${month}-${day}T${hour}:${minute}:${second}${fraction}`
  if (match[8]) {
    const iso = `${date}Z`
    return isIsoDateTime(iso) ? {ok: true, iso} : {ok: false, reason: 'invalid'}
  }
  if (match[9]) {
    const iso = `${date}${match[9]}${match[10]}:${match[11]}`
    return isIsoDateTime(iso) ? {ok: true, iso} : {ok: false, reason: 'invalid'}
  }
  if (!timeZone) return {ok: false, reason: 'no-offset'}
  if (!isIsoDateTime(`${date}Z`)) return {ok: false, reason: 'invalid'}
  const iso = toIsoInZone(
    {
      year: Number(year),
      month: Number(month),
      day: Number(day),
      hour: Number(hour),
      minute: Number(minute),
      second: Number(second)
    },
    timeZone
  )
  return iso ? {ok: true, iso, guessedZone: true} : {ok: false, reason: 'invalid'}
}
