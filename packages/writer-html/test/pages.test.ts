// Every corpus case (../shared/corpus) and every reader-cnn fixture, read by
// the CNN reader and written as a page: each post is there with its id,
// headline, time (machine-readable and as printed) and authors; the JSON-LD
// agrees with the tree field by field; html-validate's standard preset finds
// nothing wrong.
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {Post, Root} from '@liveblog/core'
import {fromCnnText} from '@liveblog/reader-cnn'
import {toHtml} from '@liveblog/writer-html'
import type {Element} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {select, selectAll} from 'hast-util-select'
import {toString as hastToString} from 'hast-util-to-string'
import {HtmlValidate} from 'html-validate'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {eachSharedText} from '../../../test/reliability/shared.js'

const URL_ = 'https://news.example/live/page'
const validator = new HtmlValidate({extends: ['html-validate:standard']})
const fixtures = path.join(import.meta.dirname, '../../reader-cnn/test/fixtures')

function read(file: string): Root {
  return fromCnnText(new VFile({path: path.basename(file), value: readFileSync(file, 'utf8')}))
}

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

async function check(tree: Root): Promise<void> {
  const posts = tree.children.filter((child): child is Post => child.type === 'post')
  expect(posts.length).toBeGreaterThan(0)
  const file = new VFile()
  const html = toHtml(tree, {url: URL_, language: 'en', file})
  expect(file.messages.filter((message) => message.fatal)).toEqual([])
  const page = fromHtml(html)

  // Key points and notices, before the posts.
  const count = (type: string) => tree.children.filter((child) => child.type === type).length
  expect(selectAll('main > section.summary', page)).toHaveLength(count('summary'))
  expect(selectAll('main > p.notice', page)).toHaveLength(count('notice'))
  const articles = selectAll('article', page)
  expect(articles.map((article) => article.properties.id)).toEqual(posts.map((post) => post.id))
  for (const [index, post] of posts.entries()) {
    const article = articles[index] as Element
    expect(hastToString(select('h2', article) as Element)).toBe(collapse(post.headline))
    const time = select('header time', article)
    if (post.published) {
      expect(time, post.id).toBeDefined()
      const datetime = String(time?.properties.dateTime)
      expect(Date.parse(datetime)).toBe(Date.parse(post.published))
      if (post.dateline) expect(hastToString(time as Element)).toBe(collapse(post.dateline))
    }
    const byline = select('header .byline', article)
    for (const author of post.authors) {
      expect(hastToString(byline as Element)).toContain(collapse(author.name))
    }
    const link = select('.permalink a', article)
    expect(link?.properties.href).toBe(`#${encodeURIComponent(post.id)}`)
  }

  // The structured data, field by field against the tree.
  const scripts = selectAll('script', page)
  expect(scripts).toHaveLength(1)
  expect(scripts[0]?.properties.type).toBe('application/ld+json')
  const data = JSON.parse(hastToString(scripts[0] as Element))
  expect(data['@context']).toBe('https://schema.org')
  expect(data['@type']).toBe('LiveBlogPosting')
  expect(data.url).toBe(URL_)
  expect(data.inLanguage).toBe('en')
  expect(data.headline).toBe(hastToString(select('title', page) as Element))
  expect(data.description).toBe(select('meta[name=description]', page)?.properties.content)
  const times = posts.flatMap((post) => (post.published ? [Date.parse(post.published)] : []))
  const meta = tree.children.find((child) => child.type === 'meta')
  if (times.length > 0) {
    expect(Date.parse(data.coverageStartTime)).toBe(Math.min(...times))
  } else expect(data.coverageStartTime).toBeUndefined()
  // Not said to have ended (no `coverageEndTime` option).
  expect(data.coverageEndTime).toBeUndefined()
  const published = meta?.published ? Date.parse(meta.published) : Math.min(...times)
  if (meta?.published || times.length > 0) {
    expect(Date.parse(data.datePublished)).toBe(published)
  } else expect(data.datePublished).toBeUndefined()
  const changes = posts.flatMap((post) =>
    [post.published, post.updated].flatMap((time) => (time ? [Date.parse(time)] : []))
  )
  const modified = meta?.updated ? Date.parse(meta.updated) : Math.max(...changes)
  if (meta?.updated || changes.length > 0) {
    expect(Date.parse(data.dateModified)).toBe(modified)
  } else expect(data.dateModified).toBeUndefined()
  const pageAuthors = (meta?.authors ?? []).map((one) => collapse(one.name)).filter(Boolean)
  if (pageAuthors.length > 0) {
    expect(data.author).toEqual(pageAuthors.map((name) => ({'@type': 'Person', name})))
  } else expect(data.author).toBeUndefined()
  if (meta?.site) {
    expect(data.publisher).toEqual({'@type': 'Organization', name: collapse(meta.site)})
  } else expect(data.publisher).toBeUndefined()
  expect(data.liveBlogUpdate).toHaveLength(posts.length)
  for (const [index, post] of posts.entries()) {
    const update = data.liveBlogUpdate[index]
    expect(update['@type']).toBe('BlogPosting')
    expect(update.headline).toBe(post.headline)
    expect(update.url).toBe(`${URL_}#${encodeURIComponent(post.id)}`)
    if (post.published) expect(Date.parse(update.datePublished)).toBe(Date.parse(post.published))
    else expect(update.datePublished).toBeUndefined()
    if (post.updated) expect(Date.parse(update.dateModified)).toBe(Date.parse(post.updated))
    const names = post.authors.map((author) => collapse(author.name)).filter(Boolean)
    if (names.length > 0) {
      expect(update.author).toEqual(names.map((name) => ({'@type': 'Person', name})))
    } else expect(update.author).toBeUndefined()
    const body = collapse(hastToString(articles[index] as Element))
    if (update.articleBody) expect(body).toContain(update.articleBody.slice(0, 40))
    // `image` only for an image the page shows (CNN text has no image URLs).
    const img = select('img', articles[index] as Element)
    if (update.image) expect(img?.properties.src).toBe(update.image)
    else expect(img).toBeUndefined()
  }

  const report = await validator.validateString(html)
  const problems = report.results.flatMap((result) =>
    result.messages.map(
      (message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`
    )
  )
  expect(problems).toEqual([])
}

describe('corpus → html', () => {
  eachSharedText('corpus', '%s', async (file) => {
    await check(read(file))
  })
})

describe('reader-cnn fixtures → html', () => {
  const names = readdirSync(fixtures).filter((name) => name.endsWith('.txt'))
  it('has fixtures', () => {
    expect(names.length).toBeGreaterThan(0)
  })
  for (const name of names) {
    it(name, async () => {
      await check(read(path.join(fixtures, name)))
    })
  }
})
