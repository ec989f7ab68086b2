// XML 1.0 cannot carry every JavaScript string: C0 controls (except tab, line
// feed and carriage return), U+FFFE, U+FFFF and lone surrogates are not
// characters of the document (https://www.w3.org/TR/xml/#charsets). A feed
// holding one is not well formed, so they are dropped before serialising.

// With the `u` flag a surrogate pair is one code point, so `\p{Cs}` only
// matches a lone half.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\p{Cs}]/gu

// Almost all text is clean; this plain (non-Unicode) class finds every
// string that may hold a forbidden character much faster than the exact
// Unicode-aware one, which then runs only on those.
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/

/** `value` without the characters XML 1.0 forbids. */
export function xmlChars(value: string): string {
  return SUSPECT.test(value) ? value.replace(FORBIDDEN, '') : value
}
