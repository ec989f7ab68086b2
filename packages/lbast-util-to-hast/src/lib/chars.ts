// Characters a feed cannot carry. XML 1.0 forbids C0 controls (except tab,
// line feed, carriage return), U+FFFE, U+FFFF and lone surrogates
// (https://www.w3.org/TR/xml/#charsets); the C1 controls (U+0080–U+009F) are
// allowed by XML 1.0 but "discouraged" (§2.2) and flagged by the W3C feed
// validator, and JSON Feed readers show them as boxes. They are dropped, and
// the writer says how many with one message per feed.
import type {Nodes} from '@liveblog/core'
import type {Warn} from './messages.js'

// With the `u` flag a surrogate pair is one code point, so `\p{Cs}` only
// matches a lone half.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\p{Cs}]/gu
// A cheap non-Unicode class that finds every string that may hold one, so
// the exact expression runs only on those.
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/

/** `value` without the characters feeds cannot carry (see above). */
export function feedChars(value: string): string {
  return SUSPECT.test(value) ? value.replace(FORBIDDEN, '') : value
}

/** Counts what `clean` drops, for one message at the end. */
export interface CharCleaner {
  /** `value` without forbidden characters; counts them against `node`. */
  clean: (value: string, node?: Nodes) => string
  /** Puts one warning (`control-character`) on the file if anything was dropped. */
  report: (warn: Warn) => void
}

export function charCleaner(): CharCleaner {
  let dropped = 0
  let first: Nodes | undefined
  return {
    clean(value, node) {
      if (!SUSPECT.test(value)) return value
      const result = value.replace(FORBIDDEN, '')
      if (result.length !== value.length) {
        // Code units; a lone surrogate is one, as is each control.
        dropped += value.length - result.length
        first ??= node
      }
      return result
    },
    report(warn) {
      if (dropped === 0) return
      warn(
        `Dropped ${dropped} control character${dropped === 1 ? '' : 's'} (NUL, C0/C1 controls, lone surrogates, U+FFFE/U+FFFF) that feeds cannot carry`,
        first,
        'control-character'
      )
    }
  }
}
