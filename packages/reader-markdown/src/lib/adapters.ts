// The shared byline and time parsers of @liveblog/core, in one place.
import {type Author, parseByline, parseClockTime} from '@liveblog/core'

/** The authors of a printed byline, or `undefined` when it does not read as one. */
export function bylineAuthors(value: string): Author[] | undefined {
  return parseByline(value)?.authors
}

/** The ISO time of a printed time, when it has a date. */
export function clockTime(value: string, timeZone: string | undefined): string | undefined {
  return parseClockTime(value, timeZone ? {timeZone} : {})?.iso
}
