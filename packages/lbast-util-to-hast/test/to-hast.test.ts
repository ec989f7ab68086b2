import {
  author,
  link,
  list,
  listItem,
  media,
  meta,
  notice,
  paragraph,
  post,
  root,
  summary,
  text,
  update
} from '@liveblog/core'
import {feedHtml, postsToHast, toHast} from '@liveblog/lbast-util-to-hast'
import {toHtml} from 'hast-util-to-html'
import {toHast as mdastToHast} from 'mdast-util-to-hast'
import {describe, expect, it} from 'vitest'

describe('toHast', () => {
  it('has a handler for every lbast node', () => {
    const tree = root([
      meta({title: 'Storm', url: 'https://example.com/live'}),
      summary('Key points', [list([listItem([paragraph('Roads closed.')])])]),
      notice(['Coverage has moved.']),
      post(
        {
          id: 'roads',
          headline: 'Roads close',
          authors: [author('Ana Ruiz')],
          byline: 'By Ana Ruiz',
          published: '2024-01-16T08:00:00-05:00',
          dateline: '8:00 a.m. ET'
        },
        [
          paragraph('Route 9 is shut.'),
          media({kind: 'video', title: 'Plows', duration: 'PT1M5S'}),
          update('correction', 'Fixed the route number.')
        ]
      )
    ])
    expect(toHtml(toHast(tree))).toBe(
      '<section class="summary">\n<h2>Key points</h2>\n<ul>\n<li>Roads closed.</li>\n</ul>\n</section>\n' +
        '<p class="notice">Coverage has moved.</p>\n' +
        '<article id="roads" class="post">\n<header>\n<h2>Roads close</h2>\n<p class="dateline"><time datetime="2024-01-16T08:00:00-05:00">8:00 a.m. ET</time></p>\n<p class="byline">By Ana Ruiz</p>\n</header>\n' +
        '<p>Route 9 is shut.</p>\n<figure class="media video"><p class="media-title"><strong>Plows</strong> (<time datetime="PT1M5S">1:05</time>)</p></figure>\n<p class="update correction">Fixed the route number.</p>\n</article>'
    )
  })

  it('resolves relative URLs against the base, drops unsafe ones, warns', () => {
    const warnings: string[] = []
    const tree = paragraph([
      link('/maps', 'map'),
      link('javascript:alert(1)', 'bad'),
      {type: 'image', url: 'img/a.jpg', alt: 'A'}
    ])
    const html = toHtml(
      toHast(tree, {base: 'https://example.com/live/', warn: (_r, _n, rule) => warnings.push(rule)})
    )
    expect(html).toBe(
      '<p><a href="https://example.com/maps">map</a>bad<img src="https://example.com/live/img/a.jpg" alt="A"></p>'
    )
    expect(warnings).toEqual(['unsafe-url'])
    const relative: string[] = []
    toHast(tree, {warn: (_r, _n, rule) => relative.push(rule)})
    expect(relative).toEqual(['relative-url', 'unsafe-url', 'relative-url'])
  })

  it('drops an image with an empty URL (no `<img src="">`, not the page), keeping its alt', () => {
    for (const url of ['', '  ']) {
      const warnings: string[] = []
      const tree = paragraph([text('Before '), {type: 'image', url, alt: 'Crowd at the pier'}])
      const html = toHtml(
        toHast(tree, {base: 'https://example.com/live/', warn: (_r, _n, r) => warnings.push(r)})
      )
      expect(html).toBe('<p>Before Crowd at the pier</p>')
      expect(warnings).toEqual(['empty-url'])
    }
    const unsafe: string[] = []
    const html = toHtml(
      toHast(paragraph([{type: 'image', url: 'data:image/png;base64,AAAA', alt: 'Chart'}]), {
        warn: (_r, _n, rule) => unsafe.push(rule)
      })
    )
    expect(html).toBe('<p>Chart</p>')
    expect(unsafe).toEqual(['unsafe-url'])
  })

  it('writes raw HTML as text', () => {
    const html = feedHtml(toHast(paragraph([text('a '), {type: 'html', value: '<b>'}])))
    expect(html).toBe('<p>a &#x3C;b></p>')
  })

  it('gives lists the same HTML as mdast-util-to-hast, tight and loose', () => {
    for (const spread of [false, true]) {
      const items = [listItem([paragraph('one')]), listItem([paragraph('two'), paragraph('more')])]
      for (const item of items) item.spread = spread && item.children.length > 1
      const tree = list(items)
      expect(toHtml(toHast(tree))).toBe(toHtml(mdastToHast(tree as never)))
    }
  })
})

describe('postsToHast', () => {
  it('converts many bodies at once, each against its own base, warnings held per body', () => {
    const warnings: string[] = []
    const result = postsToHast(
      [
        {children: [paragraph([link('a', 'x')])], base: 'https://example.com/p/1/'},
        {children: [paragraph([link('a', 'y')])]}
      ],
      {warn: (reason) => warnings.push(reason)}
    )
    expect(result.map((body) => toHtml(body.tree))).toEqual([
      '<p><a href="https://example.com/p/1/a">x</a></p>',
      '<p><a href="a">y</a></p>'
    ])
    expect(warnings).toEqual([])
    result[1]?.report()
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^Relative URL `a`/)
  })
})
