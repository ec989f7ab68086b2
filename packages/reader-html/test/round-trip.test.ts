// Every corpus case (../shared/corpus, ../shared/seed), every reader-cnn
// and merge fixture, and core's test trees, written as a page by
// writer-html and read back: the posts keep their order, ids, headlines,
// times (as ISO and as printed), bylines, authors and body text. Read from
// the JSON-LD alone (no markup), each update's fields match the tree's.
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {type Post, type Root, validate} from '@liveblog/core'
import {fromCnnText} from '@liveblog/reader-cnn'
import {fromHtml} from '@liveblog/reader-html'
import {toHtml} from '@liveblog/writer-html'
import {toString} from 'mdast-util-to-string'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {eachSharedText} from '../../../test/reliability/shared.js'
import {realisticTree, smallTree} from '../../core/test/fixtures/trees.js'

const URL_ = 'https://news.example/live/page'
const NOW = '2024-04-03T10:56:00Z'
const fixtureDirs = ['../../reader-cnn/test/fixtures', '../../merge/test/fixtures'].map((dir) =>
  path.join(import.meta.dirname, dir)
)

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

function posts(tree: Root): Post[] {
  return tree.children.filter((child): child is Post => child.type === 'post')
}

/** What a page must keep of each post. */
function facts(tree: Root) {
  return posts(tree).map((post) => ({
    id: post.id,
    headline: collapse(post.headline),
    published: post.published,
    updated: post.updated,
    dateline: post.dateline === undefined ? undefined : collapse(post.dateline),
    byline: post.byline === undefined ? undefined : collapse(post.byline),
    // Without a byline, writer-html writes the names only (`By A, B`).
    authors: post.byline ? post.authors : post.authors.map((author) => ({name: author.name}))
  }))
}

/** Body text, white space collapsed (media captions and credits included). */
function bodies(tree: Root): string[] {
  return posts(tree).map((post) =>
    collapse(post.children.map((child) => toString(child)).join(' '))
  )
}

function readBack(html: string): {tree: Root; file: VFile} {
  const file = new VFile({path: 'page.html', value: html})
  const tree = fromHtml(file)
  expect(file.messages.filter((message) => message.fatal)).toEqual([])
  expect(validate(tree)).toEqual([])
  return {tree, file}
}

function check(tree: Root): void {
  expect(posts(tree).length).toBeGreaterThan(0)
  for (const options of [{url: URL_, language: 'en'}, {}, {url: URL_, fragment: true}]) {
    const {tree: back} = readBack(toHtml(tree, {...options, file: new VFile()}))
    expect(facts(back)).toEqual(facts(tree))
    expect(bodies(back)).toEqual(bodies(tree))
  }
}

function read(file: string): Root {
  return fromCnnText(new VFile({path: path.basename(file), value: readFileSync(file, 'utf8')}), {
    now: NOW
  })
}

describe('writer-html → reader-html keeps every post', () => {
  eachSharedText('corpus', 'corpus %s', (file) => check(read(file)))
  eachSharedText('seed', 'seed %s', (file) => check(read(file)))
  for (const dir of fixtureDirs) {
    for (const name of readdirSync(dir).filter((name) => name.endsWith('.txt'))) {
      it(`fixture ${path.basename(path.dirname(dir))}/${name}`, () =>
        check(read(path.join(dir, name))))
    }
  }
  it('core test trees', () => {
    check(smallTree())
    check(realisticTree())
  })
})

describe('JSON-LD alone', () => {
  it('reads each update field by field, in page order', () => {
    const tree = realisticTree()
    const html = toHtml(tree, {url: URL_, language: 'en'})
    // Only the structured data: the markup of the posts is taken away.
    const script = /<script type="application\/ld\+json">[^<]*<\/script>/.exec(html)![0]
    const {tree: back} = readBack(`<!doctype html><title>x</title>${script}`)
    const data = JSON.parse(script.replace(/^<script[^>]*>|<\/script>$/g, ''))
    const original = posts(tree)
    const read = posts(back)
    expect(read).toHaveLength(original.length)
    for (const [index, post] of read.entries()) {
      const update = data.liveBlogUpdate[index]
      expect(post.id).toBe(original[index]!.id)
      expect(post.headline).toBe(update.headline)
      expect(post.headline).toBe(collapse(original[index]!.headline))
      expect(post.published).toBe(update.datePublished)
      expect(post.published).toBe(original[index]!.published)
      expect(post.updated).toBe(update.dateModified)
      expect(post.authors.map((author) => author.name)).toEqual(
        (update.author ?? []).map((person: {name: string}) => person.name)
      )
      expect(collapse(post.children.map((child) => toString(child)).join(' '))).toBe(
        collapse(update.articleBody ?? '')
      )
    }
    const meta = back.children[0]
    expect(meta?.type).toBe('meta')
    if (meta?.type !== 'meta') return
    expect(meta.title).toBe(data.headline)
    expect(meta.url).toBe(URL_)
    expect(meta.language).toBe('en')
    expect(meta.published).toBe(data.datePublished)
    expect(meta.updated).toBe(data.dateModified)
  })
})
