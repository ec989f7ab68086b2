// Absolute URLs for feeds: feed readers show an item away from its page, so
// a relative `href` or `src` has nothing to resolve against (RSS 2.0 and
// RFC 4287 §3.4 want IRIs a reader can follow). Safety is core's decision
// (`isSafeUrl`); this file only resolves.
import {isSafeUrl} from '@liveblog/core'

/**
 * Whether `value` is an absolute URL (a scheme the WHATWG URL parser
 * accepts, such as `https://example.com/live`) and safe to put in a link.
 */
export function isAbsoluteUrl(value: string): boolean {
  if (!isSafeUrl(value)) return false
  return URL.canParse(value.trim())
}

/** What `resolveUrl` made of a URL. */
export type Resolved =
  | {kind: 'absolute'; url: string}
  | {kind: 'resolved'; url: string}
  | {kind: 'relative'; url: string}
  | {kind: 'unsafe'}

/**
 * `url` made absolute against `base` (an absolute URL, or `undefined`):
 * `absolute` when it already was, `resolved` when `base` made it so,
 * `relative` when it stays relative (no base, or the pair cannot be parsed),
 * `unsafe` when core's `isSafeUrl` refuses it.
 */
export function resolveUrl(url: string, base: string | undefined): Resolved {
  if (!isSafeUrl(url)) return {kind: 'unsafe'}
  const value = url.trim()
  if (URL.canParse(value)) return {kind: 'absolute', url: value}
  if (base && URL.canParse(value, base)) {
    const href = new URL(value, base).href
    // Resolution cannot change the scheme's safety, but check the result,
    // not the input, as a renderer would see it.
    if (isSafeUrl(href)) return {kind: 'resolved', url: href}
    return {kind: 'unsafe'}
  }
  return {kind: 'relative', url: value}
}
