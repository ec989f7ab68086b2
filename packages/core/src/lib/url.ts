// Which URLs may be made live in an `href` or `src`: an allow-list of schemes
// (`http`, `https`, `mailto`, `tel`) and relative URLs; every other scheme
// (`javascript:`, `vbscript:`, `data:`, `livescript:`, `file:`, `blob:`, …) is
// refused, known or not.
//
// The scheme is read the way the programs downstream read it, so that no
// spelling slips through:
// - CommonMark renderers decode character references in a link destination
//   (CommonMark 0.31 §6.2, §2.5): `javascript&colon;` is `javascript:`.
//   Nested references (`&amp;colon;`) are decoded until nothing changes, in
//   case a pipeline decodes twice.
// - Browsers drop leading and trailing C0 controls and spaces and every tab
//   and line break (https://url.spec.whatwg.org/#concept-basic-url-parser),
//   and some renderers trim all Unicode white space: so every white space,
//   control, format and default-ignorable character (U+00A0, U+FEFF, U+200B,
//   U+2028, U+3000, …) is dropped before the scheme is read.
// - Schemes are case-insensitive (RFC 3986 §3.1); compatibility forms
//   (full-width letters) are folded (NFKC), and a percent-encoded reading is
//   checked too. Refusing a strange relative URL is cheaper than passing a
//   live script.
import {parseEntities} from 'parse-entities'

/** Schemes that may be made live; anything else with a scheme is refused. */
export const SAFE_URL_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel'])

// Everything a reader of the URL may ignore: white space (\s covers U+00A0,
// U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF),
// controls (Cc), format characters (Cf: U+200B–U+200F, U+2060–U+2064, bidi
// controls, U+FEFF) and other default-ignorable code points (U+034F, U+115F,
// U+3164, variation selectors, …).
const INVISIBLE = /[\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]+/gu
// Where the scheme (if any) has ended for sure: the path, query or fragment.
const SCHEME_END = /[/\\?#]/
const SCHEME = /^([a-z][a-z0-9+.-]*):/
const PERCENT = /%([0-9a-f]{2})/gi
/** A URL is decoded at most this many times: `&amp;amp;colon;` is already absurd. */
const MAX_DECODES = 4

/**
 * The scheme a renderer or browser would see in `url`, lower case
 * (`'javascript'` for `' java\tscript&colon;alert(1)'`), or `undefined` for a
 * relative URL (`'/live'`, `'#post-1'`, `'storm.html'`).
 */
export function urlScheme(url: string): string | undefined {
  if (typeof url !== 'string') return undefined
  return schemeOf(decodeReferences(url))
}

/**
 * Whether `url` may be put in an `href` or `src`: relative, or with a scheme
 * in `SAFE_URL_SCHEMES` however it is spelt. `false` for anything else,
 * including a value that is not a string.
 */
export function isSafeUrl(url: string): boolean {
  if (typeof url !== 'string') return false
  const decoded = decodeReferences(url)
  for (const view of [decoded, decoded.replace(PERCENT, fromHex)]) {
    const scheme = schemeOf(view)
    if (scheme !== undefined && !SAFE_URL_SCHEMES.has(scheme)) return false
  }
  return true
}

function schemeOf(url: string): string | undefined {
  const end = url.search(SCHEME_END)
  const head = (end === -1 ? url : url.slice(0, end)).normalize('NFKC').replace(INVISIBLE, '')
  return SCHEME.exec(head.toLowerCase())?.[1]
}

function decodeReferences(url: string): string {
  let value = url
  for (let round = 0; round < MAX_DECODES && value.includes('&'); round++) {
    const next = parseEntities(value)
    if (next === value) break
    value = next
  }
  return value
}

function fromHex(_: string, hex: string): string {
  return String.fromCharCode(Number.parseInt(hex, 16))
}
