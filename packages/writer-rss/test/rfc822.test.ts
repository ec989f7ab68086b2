import {meta, post, root} from '@liveblog/core'
import {toRss} from '@liveblog/writer-rss'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {readFeed, readXml} from './read-feed.js'

/** The pubDate the writer gives a post published at `iso`. */
function pubDate(iso: string): string | undefined {
  const tree = root([
    meta({title: 'T', url: 'https://x.example/', description: 'D'}),
    post({id: 'a', headline: 'A', published: iso})
  ])
  return readXml(toRss(tree)).channel.item?.[0]?.pubDate
}

describe('pubDate', () => {
  it('keeps the wall time and offset of EST and EDT times', () => {
    expect(pubDate('2024-02-07T20:19:00-05:00')).toBe('Wed, 07 Feb 2024 20:19:00 -0500')
    expect(pubDate('2024-07-18T06:05:00-04:00')).toBe('Thu, 18 Jul 2024 06:05:00 -0400')
  })

  it('writes UTC as +0000', () => {
    expect(pubDate('2024-02-08T05:20:00Z')).toBe('Thu, 08 Feb 2024 05:20:00 +0000')
    expect(pubDate('2024-02-08T05:20:00+00:00')).toBe('Thu, 08 Feb 2024 05:20:00 +0000')
  })

  it('reads times without seconds, with fractions and other offsets', () => {
    expect(pubDate('2024-02-29T23:59-08:00')).toBe('Thu, 29 Feb 2024 23:59:00 -0800')
    expect(pubDate('2023-08-14T07:45:12.500+05:30')).toBe('Mon, 14 Aug 2023 07:45:12 +0530')
    expect(pubDate('2024-12-31T00:00:00+1400')).toBe('Tue, 31 Dec 2024 00:00:00 +1400')
  })

  it('leaves out what is not an ISO date-time with offset', () => {
    for (const value of [
      '2024-02-07T20:19:00',
      '2024-02-07',
      '2024-02-30T10:00:00Z',
      '2024-13-01T10:00:00Z',
      '2024-02-07T24:00:00Z',
      '8:19 p.m. ET, February 7, 2024',
      ''
    ]) {
      expect(pubDate(value)).toBeUndefined()
    }
  })

  it('denotes the same instant as the ISO string, for any time and offset', () => {
    const iso = fc
      .record({
        time: fc.integer({min: Date.UTC(1970, 0, 1), max: Date.UTC(2099, 11, 31)}),
        offset: fc.integer({min: -12 * 60, max: 14 * 60})
      })
      .map(({time, offset}) => {
        const wall = new Date(Math.floor(time / 1000) * 1000 + offset * 60_000)
          .toISOString()
          .slice(0, 19)
        const sign = offset < 0 ? '-' : '+'
        const abs = Math.abs(offset)
        const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
        return `${wall}${zone}`
      })
    fc.assert(
      fc.property(iso, (value) => {
        const rfc = pubDate(value)
        expect(rfc).toBeDefined()
        expect(Date.parse(rfc!)).toBe(Date.parse(value))
        // The wall clock is the one in the ISO string.
        expect(rfc!.slice(17, 25)).toBe(value.slice(11, 19))
      }),
      {numRuns: 200}
    )
  })

  it('reads back through a feed parser as the same instant', () => {
    const tree = root([
      meta({title: 'T', url: 'https://x.example/', description: 'D'}),
      post({id: 'a', headline: 'A', published: '2024-02-07T20:19:00-05:00'}),
      post({id: 'b', headline: 'B', published: '2024-07-18T06:05:00-04:00'})
    ])
    const feed = readFeed(toRss(tree))
    expect(feed.items.map((item) => item.published?.toISOString())).toEqual([
      '2024-02-08T01:19:00.000Z',
      '2024-07-18T10:05:00.000Z'
    ])
  })
})
