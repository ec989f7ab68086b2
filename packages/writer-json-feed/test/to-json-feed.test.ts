import {author, media, meta, paragraph, post, root} from '@liveblog/core'
import toJsonFeedPlugin, {
  toJsonFeed,
  toJsonFeedObject,
  writeJsonFeed
} from '@liveblog/writer-json-feed'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

const tree = () =>
  root([
    meta({
      title: 'Harbor strike',
      url: 'https://news.example/live/strike',
      language: 'en',
      description: 'Transit workers walk out.',
      authors: [author('Metro Desk')]
    }),
    post(
      {
        id: 'walkout',
        headline: 'Workers walk out at dawn',
        authors: [author('Lena Park'), author('Omar Haddad')],
        published: '2024-07-18T06:00:00-04:00',
        updated: '2024-07-18T06:30:00+00:00'
      },
      [paragraph('Buses stayed in the depot.'), media({url: '/img/a.jpg'}, 'Depot.')]
    )
  ])

describe('toJsonFeed', () => {
  it('writes a JSON Feed 1.1', () => {
    const feed = toJsonFeedObject(tree(), {feedUrl: 'https://news.example/live/strike.json'})
    expect(feed).toEqual({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Harbor strike',
      home_page_url: 'https://news.example/live/strike',
      feed_url: 'https://news.example/live/strike.json',
      description: 'Transit workers walk out.',
      language: 'en',
      authors: [{name: 'Metro Desk'}],
      items: [
        {
          id: 'walkout',
          url: 'https://news.example/live/strike#walkout',
          title: 'Workers walk out at dawn',
          content_html:
            '<p>Buses stayed in the depot.</p>\n<figure class="media image"><img src="https://news.example/img/a.jpg" alt="Depot." /><figcaption>Depot.</figcaption></figure>',
          content_text: 'Buses stayed in the depot. Depot.',
          summary: 'Buses stayed in the depot.',
          image: 'https://news.example/img/a.jpg',
          date_published: '2024-07-18T06:00:00-04:00',
          date_modified: '2024-07-18T06:30:00Z',
          authors: [{name: 'Lena Park'}, {name: 'Omar Haddad'}]
        }
      ]
    })
  })

  it('serialises with two spaces by default, `space` to change it', () => {
    const text = toJsonFeed(tree())
    expect(text.endsWith('}\n')).toBe(true)
    expect(text).toContain('\n  "version"')
    expect(toJsonFeed(tree(), {space: 0}).split('\n')).toHaveLength(2)
    expect(JSON.parse(text)).toEqual(toJsonFeedObject(tree()))
  })

  it('is a unified compiler, exported by name and as default', () => {
    expect(toJsonFeedPlugin).toBe(writeJsonFeed)
    const file = new VFile()
    const json = unified().use(writeJsonFeed).stringify(tree(), file)
    expect(JSON.parse(String(json)).items).toHaveLength(1)
    const bad = new VFile()
    unified().use(writeJsonFeed, {postUrl: 'p/{id}'}).stringify(tree(), bad)
    expect(bad.messages.filter((m) => m.fatal).map((m) => m.ruleId)).toEqual(['invalid-option'])
  })
})
