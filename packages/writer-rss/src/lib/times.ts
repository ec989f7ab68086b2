// Reading the tree's times: each parsed once, bad ones reported once.
import type {Nodes} from '@liveblog/core'
import type {Warn} from './messages.js'
import {type IsoTime, parseIsoTime} from './rfc822.js'

/** Parses an lbast time field; an unreadable one gets a warning and `undefined`. */
export function readTime(
  value: string | undefined,
  field: string,
  node: Nodes,
  warn: Warn
): IsoTime | undefined {
  if (value === undefined || value === '') return undefined
  const time = parseIsoTime(value)
  if (!time) {
    warn(
      `Cannot read \`${field}\` \`${value.slice(0, 40)}\` as an ISO 8601 date-time with offset: left out`,
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
