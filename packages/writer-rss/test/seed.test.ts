// The real seed page, read by @liveblog/reader-cnn, written as RSS. Runs once
// both the page (../shared, never copied here) and the reader's
// `fromCnnText` exist.
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Root} from '@liveblog/core'
import * as readerCnn from '@liveblog/reader-cnn'
import {toRss} from '@liveblog/writer-rss'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {readFeed, readXml} from './read-feed.js'

const seed = fileURLToPath(new URL('../../../../shared/seed/cnn-2024-02-07.txt', import.meta.url))
const gold = seed.replace(/\.txt$/, '.gold.json')
const fromCnnText = (readerCnn as unknown as {fromCnnText?: (value: string) => Root}).fromCnnText
const ready = existsSync(seed) && existsSync(gold) && typeof fromCnnText === 'function'

describe('the CNN seed as RSS', () => {
  it('writes the 19 posts as items titled with their headlines', (context) => {
    if (!ready) {
      context.skip('needs ../shared/seed/cnn-2024-02-07.txt and its .gold.json beside the clone')
    }
    const tree = fromCnnText!(readFileSync(seed, 'utf8'))
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
      toRss(fromCnnText!(readFileSync(seed, 'utf8')), {
        feedUrl: 'https://example.com/live/feed.xml'
      })
    ).toBe(xml)
    // A valid tree never needs a fatal message.
    expect(file.messages.filter((message) => message.fatal)).toEqual([])
  })
})
