// GFM footnotes through every format: Markdown → lbast → JSON → lbast, and
// lbast → RSS, where each item carries its own notes list with back-links.
import {validate} from '@liveblog/core'
import {fromJson} from '@liveblog/reader-json'
import {fromMarkdown} from '@liveblog/reader-markdown'
import {toJson} from '@liveblog/writer-json'
import {toMarkdown} from '@liveblog/writer-markdown'
import {toRss} from '@liveblog/writer-rss'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

const markdown = [
  '## Crowds gather at the harbour',
  '',
  'Visitors[^gate] lined the quay.',
  '',
  '## Ferries resume',
  '',
  'The first ferry left at noon[^time].',
  '',
  '[^gate]: From the gate scanners.',
  '',
  '[^time]: Harbour master’s log.',
  ''
].join('\n')

const strip = (value: unknown) =>
  JSON.parse(JSON.stringify(value, (key, field) => (key === 'position' ? undefined : field)))

describe('footnotes across formats', () => {
  it('survive Markdown → lbast → JSON → lbast → Markdown', () => {
    const tree = fromMarkdown(markdown)
    expect(validate(tree)).toEqual([])
    const file = new VFile(toJson(tree))
    const back = fromJson(file)
    expect(file.messages.map(String)).toEqual([])
    expect(strip(back)).toEqual(strip(tree))
    expect(toMarkdown(back)).toBe(toMarkdown(tree))
    expect(toJson(tree)).toContain('"type":"footnoteDefinition","identifier":"gate"')
  })

  // Each post is rendered on its own through mdast-util-to-hast
  // (lbast-util-to-hast), which writes a notes list per item.
  it('are in the RSS item of their post, as a notes list with back-links', () => {
    const rss = toRss(fromMarkdown(markdown), {url: 'https://example.com/live'})
    const items = [...rss.matchAll(/<content:encoded>([\s\S]*?)<\/content:encoded>/g)].map(
      ([, html]) => html!.replaceAll('&#x3C;', '<').replaceAll('&lt;', '<').replaceAll('&amp;', '&')
    )
    expect(items).toHaveLength(2)
    const [crowds, ferries] = items as [string, string]
    expect(crowds).toMatch(/<a href="#[^"]*fn-gate"[^>]*data-footnote-ref/)
    expect(crowds).toMatch(/<li id="[^"]*fn-gate">[\s\S]*From the gate scanners\./)
    expect(crowds).toMatch(/<a href="#[^"]*fnref-gate"[^>]*data-footnote-backref/)
    expect(crowds).not.toContain('Harbour master')
    expect(ferries).toMatch(/<li id="[^"]*fn-time">[\s\S]*Harbour master’s log\./)
    expect(ferries).toMatch(/data-footnote-backref/)
    expect(ferries).not.toContain('gate scanners')
  })
})
