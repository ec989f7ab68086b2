// Feeds read back by independent consumers: Python feedparser (in one
// process for many files), @rowanmanning/feed-parser and feedsmith. Each
// consumer's view is reduced to the same shape (title, id, link, time as an
// instant in seconds, author names) to compare with the tree.
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Root} from '@liveblog/core'
import {parseFeed} from '@rowanmanning/feed-parser'
import {parseAtomFeed, parseJsonFeed, parseRssFeed} from 'feedsmith'

export interface ReadEntry {
  title: string | null | undefined
  id: string | null | undefined
  link: string | null | undefined
  /** Seconds since the epoch, or null. */
  time: number | null | undefined
  authors: string[]
}

export interface PythonFeed {
  bozo: boolean | number
  bozo_exception: string
  version: string
  title: string | null
  entries: Array<ReadEntry & {title_type: string | null}>
}

const script = fileURLToPath(new URL('feed-consumers.py', import.meta.url))

/** A Python 3 with feedparser (Debian `python3-feedparser`), or undefined. */
export function feedparserPython(): string | undefined {
  for (const python of ['/usr/bin/python3', 'python3']) {
    const probe = spawnSync(python, ['-c', 'import feedparser'], {stdio: 'ignore'})
    if (probe.status === 0) return python
  }
  return undefined
}

/** Each document (by name) as feedparser reads it, in one Python process. */
export function readWithFeedparser(
  python: string,
  documents: Map<string, string>
): Map<string, PythonFeed> {
  const folder = mkdtempSync(path.join(tmpdir(), 'liveblog-feeds-'))
  try {
    const files: string[] = []
    const names = new Map<string, string>()
    let index = 0
    for (const [name, value] of documents) {
      const file = path.join(folder, `${index++}${path.extname(name)}`)
      writeFileSync(file, value)
      files.push(file)
      names.set(file, name)
    }
    const output = execFileSync(python, [script, ...files], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024
    })
    const parsed = JSON.parse(output) as Record<string, PythonFeed>
    return new Map(Object.entries(parsed).map(([file, feed]) => [names.get(file)!, feed]))
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

const seconds = (value: Date | string | null | undefined): number | null => {
  if (!value) return null
  const time = typeof value === 'string' ? Date.parse(value) : value.getTime()
  return Number.isNaN(time) ? null : Math.floor(time / 1000)
}

/** RSS or Atom as `@rowanmanning/feed-parser` reads it. */
export function readWithRowanmanning(xml: string): ReadEntry[] {
  return parseFeed(xml).items.map((item) => ({
    title: item.title,
    id: item.id,
    link: item.url,
    time: seconds(item.published),
    authors: item.authors.map((author) => author.name ?? '').filter(Boolean)
  }))
}

/** RSS as feedsmith reads it. */
export function readRssWithFeedsmith(xml: string): ReadEntry[] {
  return (parseRssFeed(xml).items ?? []).map((item) => ({
    title: item.title,
    id: item.guid?.value,
    link: item.link,
    time: seconds(item.pubDate),
    authors: item.dc?.creators ?? []
  }))
}

/** Atom as feedsmith reads it. */
export function readAtomWithFeedsmith(xml: string): ReadEntry[] {
  return (parseAtomFeed(xml).entries ?? []).map((entry) => ({
    // A text construct: `{value, type}` when the element has a `type`.
    title: typeof entry.title === 'object' ? (entry.title as {value?: string})?.value : entry.title,
    id: entry.id,
    link: entry.links?.find((link) => link.rel === 'alternate')?.href,
    time: seconds(entry.published),
    authors: (entry.authors ?? []).map((author) => author.name ?? '').filter(Boolean)
  }))
}

/** JSON Feed as feedsmith reads it. */
export function readJsonWithFeedsmith(json: string): ReadEntry[] {
  return (parseJsonFeed(JSON.parse(json)).items ?? []).map((item) => ({
    title: item.title,
    id: item.id,
    link: item.url,
    time: seconds(item.date_published),
    authors: (item.authors ?? []).map((author) => author.name ?? '').filter(Boolean)
  }))
}

/** What the tree says of each post, in tree order. */
export function expectedPosts(tree: Root): Array<{
  id: string
  headline: string
  time: number | null
  authors: string[]
}> {
  return tree.children.flatMap((child) =>
    child.type === 'post'
      ? [
          {
            id: child.id,
            headline: child.headline,
            time: seconds(child.published),
            authors: child.authors.map((author) => author.name.replace(/\s+/g, ' ').trim())
          }
        ]
      : []
  )
}
