import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {
  author,
  blockquote,
  emphasis,
  labelledItem,
  link,
  list,
  listItem,
  media,
  meta,
  notice,
  paragraph,
  post,
  type Root,
  root,
  strong,
  summary,
  update,
  validate
} from '@liveblog/core'
import * as cnn from '@liveblog/reader-cnn'
import {fromMarkdown} from '@liveblog/reader-markdown'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {toMarkdown} from '../src/index.js'
import {withoutPositions} from './util.js'

const shared = new URL('../../../../shared/', import.meta.url)
const corpus = new URL('corpus/', shared)
const seed = new URL('seed/cnn-2024-02-07.txt', shared)
const fromCnnText = (cnn as Record<string, unknown>).fromCnnText as
  | ((value: string) => Root)
  | undefined

/** Writes, reads back and writes again; the tree and the bytes must not change. */
function roundTrip(tree: Root) {
  const markdown = toMarkdown(tree)
  const file = new VFile(markdown)
  const back = fromMarkdown(file)
  expect(withoutPositions(back)).toEqual(withoutPositions(tree))
  expect(file.messages.map(String)).toEqual([])
  expect(toMarkdown(back)).toBe(markdown)
  return markdown
}

const storm = root([
  meta({
    title: 'Winter storm: live updates',
    byline: 'By Dana Whitlock and Jonah Whitcombe, CNN',
    authors: [author('Dana Whitlock', 'CNN'), author('Jonah Whitcombe', 'CNN')],
    updated: '2024-01-17T00:20:00-05:00',
    dateline: 'Updated 12:20 a.m. ET, January 17, 2024',
    postCount: 3
  }),
  media({
    kind: 'video',
    title: 'Watch: Snowplow crews work through the night',
    duration: 'PT2M47S'
  }),
  summary('What we covered here', [
    list([
      labelledItem('Roads', 'Route 9 reopened.'),
      labelledItem('Power', 'Most homes have power.')
    ])
  ]),
  notice('Our live coverage of the winter storm has moved here.'),
  post(
    {
      headline: 'Route 9 reopens in both directions',
      byline: "From CNN's Dana Whitlock in Marrow Falls",
      authors: [author('Dana Whitlock', 'CNN', 'Marrow Falls')],
      dateline: '8:19 p.m. ET, January 16, 2024',
      published: '2024-01-16T20:19:00-05:00'
    },
    [
      paragraph([
        'State road crews said ',
        strong('Route 9'),
        ' had reopened after a 14-hour closure.'
      ]),
      media({credit: 'Kim Lee/AP'}, 'A plow clears Route 9 near Marrow Falls on January 16.'),
      paragraph('Here’s what else you should know:'),
      list([
        labelledItem('Power outages', 'About 71,000 customers remain without electricity.'),
        labelledItem('Schools closed', ['All 11 districts ', emphasis('canceled'), ' classes.'])
      ]),
      update('update', 'This post has been updated with the latest outage figures.')
    ]
  ),
  post({headline: 'How much snow fell?', dateline: '21 min ago'}, [
    paragraph(['See the ', link('https://example.com/totals', 'preliminary totals'), '.']),
    media(
      {url: 'https://example.com/radar.png', credit: 'Regional Weather Service'},
      'A radar image.'
    ),
    update('correction', 'Correction: An earlier version misstated the totals.')
  ]),
  post({headline: 'Mayor: warming centers stay open', authors: []}, [
    paragraph('Four centers remain open.')
  ])
])

describe('round trip', () => {
  it('keeps a realistic tree built with the core builders', () => {
    expect(validate(storm)).toEqual([])
    const markdown = roundTrip(storm)
    expect(markdown).toContain('## Route 9 reopens in both directions')
    expect(markdown).toContain(
      "*From CNN's Dana Whitlock in Marrow Falls*\\\n*8:19 p.m. ET, January 16, 2024*"
    )
    expect(markdown).toContain('- **Power outages:** About 71,000 customers')
  })

  it('writes a video caption that repeats its title once', () => {
    const title = 'Crews clear the flooded underpass'
    const video = media(
      {kind: 'video', slug: 'underpass', title, duration: 'PT1M23S', source: 'CNN'},
      title
    )
    const tree = root([
      post({headline: 'Water recedes'}, [video, paragraph('Crews worked overnight.')])
    ])
    const markdown = roundTrip(tree)
    expect(markdown.split(title).length - 1).toBe(1)
    expect(markdown).toContain('caption')
  })

  it('keeps a list followed by a list or a quote inside a quote tight', () => {
    const quote = blockquote([
      list([listItem('a')]),
      list([listItem('b')]),
      blockquote([paragraph('c')])
    ])
    roundTrip(root([post({id: 'q', headline: 'Quote'}, [quote])]))
  })

  // mdast-util-to-markdown 2.2 leaves the `_` of `🙂_word` unescaped when it
  // picks `_` for an emphasis beside it, and the two pair up. Upstream; this
  // test says when it is fixed. Random trees meet it rarely (see the
  // reliability suite's fixed seed).
  it.fails('keeps `_` after an emoji beside emphasis (upstream bug)', () => {
    const children = [strong(['🙂_word', emphasis('🙂_word')])]
    roundTrip(root([post({id: 'u', headline: 'Underscore'}, [update(undefined, children)])]))
  })

  it('keeps list markers on consecutive lines of text as text', () => {
    const value = 'Counts\n-\n- a\n+\n+ b\n1.\n1. c\n-\n-\n- d'
    roundTrip(root([post({id: 'l', headline: 'Lines'}, [paragraph(value)])]))
  })

  it('keeps long front matter strings that start with spaces and line breaks', () => {
    roundTrip(
      root([meta({title: ` \n \n${'y '.repeat(20)}`, description: `${'a\\ '.repeat(30)}\n`})])
    )
  })

  it('keeps a caption equal to the title of an image with a link', () => {
    const title = 'Sandbags on Main Street'
    const image = media({url: 'https://example.com/a.jpg', title}, title)
    roundTrip(root([post({headline: 'Sandbags'}, [image])]))
  })

  const cases = existsSync(corpus)
    ? readdirSync(corpus).filter((name) => name.endsWith('.txt'))
    : []
  it.runIf(!fromCnnText || cases.length === 0)('keeps the corpus', (context) => {
    context.skip('needs ../shared/corpus/*.txt beside the clone')
  })
  it.skipIf(!fromCnnText || cases.length === 0).each(cases)('keeps corpus case %s', (name) => {
    const tree = fromCnnText!(readFileSync(new URL(name, corpus), 'utf8'))
    expect(tree.children.filter((child) => child.type === 'post').length).toBeGreaterThan(0)
    roundTrip(tree)
  })

  it('keeps the seed page', (context) => {
    if (!fromCnnText || !existsSync(seed)) {
      context.skip('needs ../shared/seed/cnn-2024-02-07.txt beside the clone')
    }
    roundTrip(fromCnnText!(readFileSync(seed, 'utf8')))
  })
})
