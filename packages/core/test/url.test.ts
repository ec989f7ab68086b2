import {isSafeUrl, urlScheme} from '@liveblog/core'
import {describe, expect, it} from 'vitest'

describe('isSafeUrl', () => {
  it.each([
    'https://example.com/live#post-1',
    'http://example.com',
    'mailto:desk@example.com',
    '/live/storm',
    '#post-1',
    'storm.html',
    'javascript-guide.html'
  ])('accepts %s', (url) => {
    expect(isSafeUrl(url)).toBe(true)
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' \u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>'
  ])('refuses %j', (url) => {
    expect(isSafeUrl(url)).toBe(false)
  })

  it('reads the scheme as a browser does', () => {
    expect(urlScheme('HTTPS://example.com')).toBe('https')
    expect(urlScheme('java\r\nscript:x')).toBe('javascript')
    expect(urlScheme('/relative:path')).toBeUndefined()
  })
})
