// URLs that must not be made live: the `javascript:`, `vbscript:` and `data:`
// schemes run code or smuggle documents when a renderer puts them in an
// `href` or `src`. Browsers ignore tabs and line breaks inside a URL and
// leading controls or spaces (https://url.spec.whatwg.org/#concept-basic-url-parser),
// so the scheme is read the way they read it: `java\tscript:` is `javascript:`.

const IGNORED_ANYWHERE = /[\t\n\r]/g
const LEADING = /^[\u0000-\u0020]+/
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/
const UNSAFE = new Set(['javascript', 'vbscript', 'data'])

/** The scheme a browser would see in `url`, lower case, or `undefined` if relative. */
export function urlScheme(url: string): string | undefined {
  const match = SCHEME.exec(url.replace(IGNORED_ANYWHERE, '').replace(LEADING, ''))
  return match?.[1]?.toLowerCase()
}

/** Whether `url` may be put in an `href` or `src`. */
export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url)
  return scheme === undefined || !UNSAFE.has(scheme)
}
