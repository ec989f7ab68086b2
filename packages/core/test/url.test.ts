import {isSafeUrl, SAFE_URL_SCHEMES, urlScheme} from '@liveblog/core'
import {describe, expect, it} from 'vitest'

// Every way we know to spell a scheme so that a renderer or browser still
// reads it: built around `javascript:` and expanded over the other refused
// schemes below.
function spellings(scheme: string): string[] {
  const upper = scheme.toUpperCase()
  const mixed = [...scheme].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join('')
  const [first, ...rest] = scheme
  const tail = rest.join('')
  const fullWidth = [...scheme]
    .map((c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0))
    .join('')
  return [
    `${scheme}:x`,
    `${upper}:x`,
    `${mixed}:x`,
    // Leading white space and invisible characters, as renderers trim them.
    ...[
      ' ',
      '\u0001',
      '\t',
      '\u00a0',
      '\u1680',
      '\u2000',
      '\u200a',
      '\u200b',
      '\u200d',
      '\u2028',
      '\u2029',
      '\u202f',
      '\u205f',
      '\u2060',
      '\u3000',
      '\ufeff',
      '\u00ad',
      '\u034f',
      '\u180e',
      '\u202e',
      '\u2066',
      '\ufe0f',
      '\u0085',
      '\u009f',
      ' \u00a0\ufeff\u3000'
    ].map((prefix) => `${prefix}${scheme}:x`),
    // Tabs and line breaks inside the scheme (the URL parser drops them).
    `${first}\t${tail}:x`,
    `${first}\n${tail}:x`,
    `${first}\r\n${tail}:x`,
    `${first}\u00a0${tail}:x`,
    // Character references, named, decimal, hexadecimal, nested.
    `${scheme}&colon;x`,
    `${scheme}&#58;x`,
    `${scheme}&#x3a;x`,
    `${scheme}&#X3A;x`,
    `${scheme}&#0000058;x`,
    `&#${first!.codePointAt(0)};${tail}:x`,
    `&#x${first!.codePointAt(0)!.toString(16)};${tail}&colon;x`,
    `${first}&Tab;${tail}:x`,
    `${first}&NewLine;${tail}:x`,
    `&nbsp;${scheme}:x`,
    `${scheme}&amp;colon;x`,
    `${scheme}&amp;amp;colon;x`,
    // Percent-encoded colon or first letter.
    `${scheme}%3ax`,
    `%${first!.codePointAt(0)!.toString(16)}${tail}:x`,
    // Full-width letters and colon.
    `${fullWidth}\uff1ax`,
    // Trailing spaces around the colon.
    `${scheme}\u200b:x`,
    `${scheme} :x`
  ]
}

const REFUSED = [
  'javascript',
  'vbscript',
  'data',
  'livescript',
  'file',
  'blob',
  'ftp',
  'chrome',
  'x-unknown'
]

describe('isSafeUrl', () => {
  it.each([
    'https://example.com/live#post-1',
    'http://example.com',
    'HTTPS://EXAMPLE.COM',
    '  https://example.com  ',
    '\u00a0https://example.com',
    'mailto:desk@example.com',
    'tel:+15555550100',
    '//example.com/live',
    '/live/storm',
    '/live/a:b',
    '?page=2',
    '#post-1',
    '',
    'storm.html',
    'javascript-guide.html',
    'notes/javascript:alert(1)',
    '#javascript:alert(1)',
    '?x=javascript:alert(1)',
    'https://example.com/?next=javascript:alert(1)',
    'https&colon;//example.com',
    'http://example.com/a&amp;b'
  ])('accepts %j', (url) => {
    expect(isSafeUrl(url)).toBe(true)
  })

  for (const scheme of REFUSED) {
    it.each(spellings(scheme))(`refuses ${scheme} spelt %j`, (url) => {
      expect(isSafeUrl(url)).toBe(false)
    })
  }

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml;base64,PHN2Zz4=',
    'file:///etc/passwd',
    'blob:https://example.com/0c1e',
    'livescript:alert(1)',
    'vbscript:msgbox(1)',
    'view-source:https://example.com',
    'jar:https://example.com/a.jar!/',
    'ms-its:mhtml:file://c:/a.mht',
    'localhost:8080'
  ])('refuses %j (allow-list, not block-list)', (url) => {
    expect(isSafeUrl(url)).toBe(false)
  })

  it('refuses what is not a string', () => {
    expect(isSafeUrl(42 as unknown as string)).toBe(false)
    expect(isSafeUrl(undefined as unknown as string)).toBe(false)
  })

  it('keeps its allow-list to the four schemes', () => {
    expect([...SAFE_URL_SCHEMES].sort()).toEqual(['http', 'https', 'mailto', 'tel'])
  })

  it('reads megabyte URLs', () => {
    const long = `${'&amp;'.repeat(200_000)}javascript:x`
    expect(isSafeUrl(long)).toBe(true)
    expect(isSafeUrl(`${'\u00a0'.repeat(1_000_000)}javascript:x`)).toBe(false)
  })
})

describe('urlScheme', () => {
  it('reads the scheme as a renderer or browser does', () => {
    expect(urlScheme('HTTPS://example.com')).toBe('https')
    expect(urlScheme('java\r\nscript:x')).toBe('javascript')
    expect(urlScheme('\u3000\ufeffjavascript:x')).toBe('javascript')
    expect(urlScheme('javascript&colon;x')).toBe('javascript')
    expect(urlScheme('&#x6A;avascript:x')).toBe('javascript')
    expect(urlScheme('/relative:path')).toBeUndefined()
    expect(urlScheme('#a:b')).toBeUndefined()
    expect(urlScheme('storm.html')).toBeUndefined()
  })
})
