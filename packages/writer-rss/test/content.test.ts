import {
  blockquote,
  labelledItem,
  link,
  list,
  media,
  meta,
  type PostContent,
  paragraph,
  post,
  root,
  text,
  toString,
  update
} from '@liveblog/core'
import {toRss} from '@liveblog/writer-rss'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {electionNight} from './fixtures.js'
import {htmlText, readFeed} from './read-feed.js'

/** content:encoded of a one-post feed, as a feed reader gets it, and the messages. */
function content(children: PostContent[]) {
  const file = new VFile()
  const tree = root([
    meta({title: 'T', url: 'https://x.example/', description: 'D'}),
    post({id: 'a', headline: 'A'}, children)
  ])
  const html = readFeed(toRss(tree, {file})).items[0]?.content ?? ''
  return {html, text: htmlText(html), rules: file.messages.map((m) => m.ruleId)}
}

describe('content:encoded', () => {
  it('holds the whole post as HTML', () => {
    const tree = electionNight()
    const feed = readFeed(toRss(tree))
    const [first, second, third] = feed.items.map((item) => item.content ?? '')
    expect(first).toContain(
      '<p>Officials said counting would begin at once, <a href="https://news.example/explainer">as our explainer sets out</a>.</p>'
    )
    expect(first).toContain(
      '<figure class="media image"><img src="https://img.news.example/lines.jpg" alt="Voters wait outside a polling station in the capital." /><figcaption>Voters wait outside a polling station in the capital. <small class="credit">Ana Ruiz/Example Photo</small></figcaption></figure>'
    )
    expect(second).toContain(
      '<li><strong>Capital:</strong> Seventy-eight percent of voters cast a ballot.</li>'
    )
    expect(second).toContain('<p class="update">This post was updated with regional figures.</p>')
    expect(third).toContain(
      '<blockquote>\n<p>We are cautious, but the trend is clear.</p>\n</blockquote>'
    )
    expect(third).toContain(
      '<p class="media-title"><strong>Supporters cheer as the first results come in</strong> (<time datetime="PT2M14S">2:14</time>)</p>'
    )
    expect(third).toContain('<small class="source">Source: Example TV</small>')
    expect(third).toContain('<p class="update correction">An earlier version')
  })

  it('keeps every text of the tree', () => {
    const tree = electionNight()
    const feed = readFeed(toRss(tree))
    const bodies = tree.children.filter((child) => child.type === 'post')
    bodies.forEach((body, index) => {
      const read = htmlText(feed.items[index]?.content ?? '')
      let count = 0
      visit(body, ['paragraph', 'update', 'media'], (node) => {
        count++
        expect(read).toContain(toString(node))
      })
      expect(count).toBeGreaterThan(0)
    })
  })

  it('links a video title to its URL and shows hours in long durations', () => {
    const {html} = content([
      media({
        kind: 'video',
        url: 'https://video.example/v/1',
        title: 'Briefing',
        duration: 'PT1H2M5S'
      })
    ])
    expect(html).toBe(
      '<figure class="media video"><p class="media-title"><a href="https://video.example/v/1">Briefing</a> (<time datetime="PT1H2M5S">1:02:05</time>)</p></figure>'
    )
  })

  it('writes an image without URL as its caption only', () => {
    const {html} = content([media({credit: 'Pool'}, 'The stage before the speech.')])
    expect(html).toBe(
      '<figure class="media image"><figcaption>The stage before the speech. <small class="credit">Pool</small></figcaption></figure>'
    )
  })

  it('writes raw HTML as text, never as markup, with a warning', () => {
    const {
      html,
      text: read,
      rules
    } = content([
      {type: 'html', value: '<script>alert(1)</script>'},
      paragraph(['Before ', {type: 'html', value: '<img src=x onerror=alert(1)>'}, ' after'])
    ])
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<img')
    expect(read).toContain('<script>alert(1)</script>')
    expect(read).toContain('Before <img src=x onerror=alert(1)> after')
    expect(rules).toEqual(['raw-html', 'raw-html'])
  })

  it('drops javascript:, vbscript: and data: URLs, keeping the text', () => {
    const hostile = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' \u0001java\tscript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>'
    ]
    const {
      html,
      text: read,
      rules
    } = content([
      paragraph(hostile.flatMap((url, i) => [link(url, `link ${i}`), text(' ')])),
      paragraph([{type: 'image', url: 'data:image/png;base64,AAAA', alt: 'a pixel'}]),
      media({url: 'javascript:alert(2)'}, 'Caption kept.'),
      media({kind: 'video', url: 'vbscript:x', title: 'Clip'})
    ])
    expect(html).not.toMatch(/script:|data:/i)
    expect(html).not.toContain('href')
    expect(html).not.toContain('src')
    for (let i = 0; i < hostile.length; i++) expect(read).toContain(`link ${i}`)
    expect(read).toContain('a pixel')
    expect(read).toContain('Caption kept.')
    expect(read).toContain('Clip')
    expect(rules).toEqual(Array(8).fill('unsafe-url'))
  })

  it('keeps http, https and mailto URLs, and resolves relative ones against the page', () => {
    const urls = [
      'http://a.example/',
      'https://b.example/x?y=1&z=2',
      'mailto:desk@news.example',
      '/live/1',
      '#top'
    ]
    const {html, rules} = content([paragraph(urls.map((url, i) => link(url, `l${i}`)))])
    expect(html).toBe(
      '<p><a href="http://a.example/">l0</a><a href="https://b.example/x?y=1&#x26;z=2">l1</a><a href="mailto:desk@news.example">l2</a><a href="https://x.example/live/1">l3</a><a href="https://x.example/#top">l4</a></p>'
    )
    expect(rules).toEqual([])
  })

  it('writes labelled lists with the label in strong', () => {
    const {html} = content([list([labelledItem('Iran denial', 'The ambassador denied it.')], true)])
    expect(html).toBe(
      '<ol>\n<li><strong>Iran denial:</strong> The ambassador denied it.</li>\n</ol>'
    )
  })

  it('writes blockquotes and update notes', () => {
    const {html} = content([blockquote([paragraph('Quoted.')]), update(undefined, 'Updated.')])
    expect(html).toBe('<blockquote>\n<p>Quoted.</p>\n</blockquote>\n<p class="update">Updated.</p>')
  })
})
