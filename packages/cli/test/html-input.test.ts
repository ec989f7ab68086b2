// `--from html` through the built binary: a page written by `--to html` reads
// back to the same posts; `.html`/`.htm` and a page on standard input are
// recognised without `--from`; a page with no live blog fails (exit 1) with
// the reader's message and its place.
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {Post, Root} from '@liveblog/core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cli, ensureBuilt, examples} from './run-cli.js'

const storm = path.join(examples, 'input', 'winter-storm-2024-01-16.txt')
let work = ''

beforeAll(async () => {
  ensureBuilt()
  work = await mkdtemp(path.join(tmpdir(), 'liveblog-html-input-'))
})
afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

function posts(json: string): Array<Pick<Post, 'id' | 'headline' | 'published' | 'authors'>> {
  const tree = JSON.parse(json) as Root
  return tree.children
    .filter((child): child is Post => child.type === 'post')
    .map(({id, headline, published, authors}) => ({id, headline, published, authors}))
}

describe('--from html', () => {
  it('reads a page written by --to html back to the same posts', async () => {
    const original = await cli(['--from', 'cnn', '--to', 'json', '--no-positions', storm])
    expect(original.code).toBe(0)
    const page = await cli([storm, '--to', 'html', '--url', 'https://news.example/live/storm'])
    expect(page.code).toBe(0)
    const file = path.join(work, 'storm.html')
    await writeFile(file, page.stdout)
    const back = await cli([file, '--to', 'json', '--no-positions'])
    expect(back.code).toBe(0)
    expect(posts(back.stdout)).toEqual(posts(original.stdout))
    expect(posts(back.stdout).length).toBeGreaterThan(5)

    const htm = path.join(work, 'storm.htm')
    await writeFile(htm, page.stdout)
    expect(posts((await cli([htm, '--to', 'json'])).stdout)).toEqual(posts(original.stdout))
  })

  it('recognises a page on standard input', async () => {
    const page = await cli([storm, '--to', 'html'])
    const result = await cli(['--to', 'json', '--verbose'], {input: page.stdout})
    expect(result.code).toBe(0)
    expect(posts(result.stdout).length).toBeGreaterThan(5)
    expect(result.stderr).toContain('Reading as `html`')
  })

  it('fails a page without a live blog, saying where', async () => {
    const file = path.join(work, 'recipe.html')
    await writeFile(file, '<!doctype html>\n<title>Soup</title><p>Stir.</p>\n')
    const result = await cli([file, '--to', 'json'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/1:1\s+error\s+Cannot find a live blog/)
    expect(result.stderr).toContain('no-live-blog')
    expect(await readFile(file, 'utf8')).toContain('Soup')
  })
})
