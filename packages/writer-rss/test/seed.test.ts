// The real seed page, read by @liveblog/reader-cnn, written as RSS. Needs the
// page (../shared, never copied here): skipped with the reason where it is
// absent, failed in CI.
import {readFileSync} from 'node:fs'
import {fromCnnText} from '@liveblog/reader-cnn'
import {toRss} from '@liveblog/writer-rss'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {requireShared, sharedPath} from '../../../test/reliability/shared.js'
import {readFeed, readXml} from './read-feed.js'

const seed = sharedPath('seed/cnn-2024-02-07.txt')
const gold = sharedPath('seed/cnn-2024-02-07.gold.json')

describe('the CNN seed as RSS', () => {
  it('writes the 19 posts as items titled with their headlines', (context) => {
    requireShared(context, 'seed/cnn-2024-02-07.txt', 'seed/cnn-2024-02-07.gold.json')
    const tree = fromCnnText(readFileSync(seed, 'utf8'))
    const headlines = (
      JSON.parse(readFileSync(gold, 'utf8')) as {posts: Array<{headline: string}>}
    ).posts.map((post) => post.headline)
    const file = new VFile()
    const xml = toRss(tree, {file, feedUrl: 'https://example.com/live/feed.xml'})
    const feed = readFeed(xml)
    expect(headlines).toHaveLength(19)
    expect(feed.items.map((item) => item.title)).toEqual(headlines)
    const guids = feed.items.map((item) => item.id)
    expect(new Set(guids).size).toBe(19)
    expect(readXml(xml).channel.item).toHaveLength(19)
    // Deterministic: a second read and write gives the same bytes.
    expect(
      toRss(fromCnnText(readFileSync(seed, 'utf8')), {
        feedUrl: 'https://example.com/live/feed.xml'
      })
    ).toBe(xml)
    // A valid tree never needs a fatal message.
    expect(file.messages.filter((message) => message.fatal)).toEqual([])
  })
})
