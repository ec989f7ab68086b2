// Issue 12: every feed liveblog writes (RSS 2.0, Atom 1.0, JSON Feed 1.1), for
// the seed, every corpus case and every fixture, read back by independent
// consumers — Python feedparser (bozo must be 0; Debian's 6.0 reads RSS and
// Atom, not JSON Feed, which came in feedparser 6.1), @rowanmanning/feed-parser
// (RSS and Atom) and feedsmith (all three) — with each entry's title, id, link, time (same instant) and
// author names equal to the tree's. JSON Feed is also checked against the
// 1.1 spec's required fields and types.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {type Root, root} from '@liveblog/core'
import {fromCnnText} from '@liveblog/reader-cnn'
import {toAtom} from '@liveblog/writer-atom'
import {toJsonFeed} from '@liveblog/writer-json-feed'
import {toRss} from '@liveblog/writer-rss'
import {Ajv} from 'ajv'
import formats from 'ajv-formats'
import {describe, expect, it} from 'vitest'
import {realisticTree, smallTree} from '../../packages/core/test/fixtures/trees.js'
import {electionNight} from '../../packages/writer-rss/test/fixtures.js'
import {
  expectedPosts,
  feedparserPython,
  type ReadEntry,
  readAtomWithFeedsmith,
  readJsonWithFeedsmith,
  readRssWithFeedsmith,
  readWithFeedparser,
  readWithRowanmanning
} from './feed-consumers.js'
import {jsonFeedSchema} from './json-feed-schema.js'

const shared = fileURLToPath(new URL('../../../shared/', import.meta.url))
const cnnFixtures = fileURLToPath(
  new URL('../../packages/reader-cnn/test/fixtures/', import.meta.url)
)
const URL_BASE = 'https://example.com/live'
const options = {url: URL_BASE, feedUrl: `${URL_BASE}/feed`}
// Relative times on the live-page fixtures resolve against this reading time.
const NOW = '2024-04-03T12:00:00-04:00'

function cases(): Array<{name: string; tree: Root}> {
  const result: Array<{name: string; tree: Root}> = []
  const texts = (folder: string) =>
    existsSync(folder)
      ? readdirSync(folder)
          .filter((name) => name.endsWith('.txt') && name !== 'README.txt')
          .sort()
          .map((name) => ({name, text: readFileSync(folder + name, 'utf8')}))
      : []
  for (const {name, text} of texts(`${shared}seed/`)) {
    result.push({name: `seed/${name}`, tree: fromCnnText(text)})
  }
  for (const {name, text} of texts(`${shared}corpus/`)) {
    result.push({name: `corpus/${name}`, tree: fromCnnText(text, {now: NOW})})
  }
  for (const {name, text} of texts(cnnFixtures)) {
    result.push({name: `reader-cnn/${name}`, tree: fromCnnText(text, {now: NOW})})
  }
  result.push({name: 'writer-rss electionNight', tree: electionNight()})
  result.push({name: 'core realisticTree', tree: realisticTree()})
  result.push({name: 'core smallTree', tree: smallTree()})
  return result
}

const all = cases()
const python = feedparserPython()
// CI installs python3-feedparser (.ci/run): there it must be present.
const needPython = process.env.CI !== undefined

interface Written {
  rss: string
  atom: string
  json: string
}
const written = new Map<string, Written>()
for (const {name, tree} of all) {
  written.set(name, {
    rss: toRss(tree, options),
    atom: toAtom(tree, options),
    json: toJsonFeed(tree, options)
  })
}

const link = (id: string) => `${URL_BASE}#${encodeURIComponent(id)}`

/** Compares what a consumer read with the tree's posts. */
function expectEntries(
  tree: Root,
  read: ReadEntry[],
  format: 'rss' | 'atom' | 'json',
  label: string
): void {
  const posts = expectedPosts(tree)
  expect(read, label).toHaveLength(posts.length)
  expect(new Set(posts.map((post) => post.id)).size, `${label}: ids unique in the tree`).toBe(
    posts.length
  )
  posts.forEach((post, index) => {
    const entry = read[index]!
    const where = `${label} #${index} ${post.id}`
    if (post.headline.trim()) expect(entry.title, where).toBe(post.headline.trim())
    expect(entry.id, where).toBe(format === 'atom' ? link(post.id) : post.id)
    expect(entry.link, where).toBe(link(post.id))
    expect(entry.time ?? null, where).toBe(post.time)
    if (post.authors.length > 0 || format !== 'atom') {
      expect(entry.authors, where).toEqual(post.authors)
    }
  })
}

describe('feeds read back by independent consumers', () => {
  it('has the seed, the corpus and the fixtures to read', () => {
    if (existsSync(`${shared}seed`)) {
      expect(all.filter((c) => c.name.startsWith('seed/')).length).toBeGreaterThanOrEqual(1)
      expect(all.filter((c) => c.name.startsWith('corpus/')).length).toBeGreaterThanOrEqual(5)
    }
    expect(all.filter((c) => c.name.startsWith('reader-cnn/')).length).toBeGreaterThanOrEqual(6)
    // Real posts, with times and authors to compare.
    const posts = all.flatMap((c) => expectedPosts(c.tree))
    expect(posts.length).toBeGreaterThan(50)
    expect(posts.filter((post) => post.time !== null).length).toBeGreaterThan(30)
    expect(posts.filter((post) => post.authors.length > 0).length).toBeGreaterThan(20)
  })

  it.skipIf(!python && !needPython)(
    'Python feedparser reads every feed without bozo, entries equal to the tree',
    () => {
      expect(python, 'python3-feedparser is installed (see .ci/run)').toBeDefined()
      const documents = new Map<string, string>()
      for (const [name, feeds] of written) {
        documents.set(`${name}.rss.xml`, feeds.rss)
        documents.set(`${name}.atom`, feeds.atom)
      }
      const results = readWithFeedparser(python!, documents)
      for (const {name, tree} of all) {
        for (const [suffix, format, version] of [
          ['.rss.xml', 'rss', 'rss20'],
          ['.atom', 'atom', 'atom10']
        ] as const) {
          const feed = results.get(name + suffix)!
          const label = `feedparser ${name}${suffix}`
          expect(feed.bozo, `${label}: ${feed.bozo_exception}`).toBeFalsy()
          expect(feed.version, label).toBe(version)
          expectEntries(tree, feed.entries, format, label)
        }
      }
    }
  )

  it('@rowanmanning/feed-parser reads every RSS and Atom feed, entries equal to the tree', () => {
    for (const {name, tree} of all) {
      const feeds = written.get(name)!
      expectEntries(tree, readWithRowanmanning(feeds.rss), 'rss', `rowanmanning ${name} rss`)
      expectEntries(tree, readWithRowanmanning(feeds.atom), 'atom', `rowanmanning ${name} atom`)
    }
  })

  it('feedsmith reads every RSS, Atom and JSON feed, entries equal to the tree', () => {
    for (const {name, tree} of all) {
      const feeds = written.get(name)!
      expectEntries(tree, readRssWithFeedsmith(feeds.rss), 'rss', `feedsmith ${name} rss`)
      expectEntries(tree, readAtomWithFeedsmith(feeds.atom), 'atom', `feedsmith ${name} atom`)
      expectEntries(tree, readJsonWithFeedsmith(feeds.json), 'json', `feedsmith ${name} json`)
    }
  })

  it('every JSON Feed has the required fields and types of JSON Feed 1.1', () => {
    const ajv = new Ajv({allErrors: true, strict: false})
    // ajv-formats is CommonJS: under NodeNext its default export is `module.exports`.
    formats.default(ajv)
    const validate = ajv.compile(jsonFeedSchema)
    for (const [name, feeds] of written) {
      const value = JSON.parse(feeds.json)
      expect(validate(value), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true)
    }
    // The schema is not vacuous: a feed without items or an item without id fails.
    expect(validate({version: 'https://jsonfeed.org/version/1.1', title: 'T'})).toBe(false)
    expect(
      validate({version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{title: 'x'}]})
    ).toBe(false)
    expect(JSON.parse(toJsonFeed(root([]), options)).items).toEqual([])
  })
})
