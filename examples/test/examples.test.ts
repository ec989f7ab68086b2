// The examples run as users run them: the build script and the CLI as
// processes (built packages), the plugins from code (sources).
import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import type {Post, Root} from '@liveblog/core'
import readCnnPlugin from '@liveblog/reader-cnn'
import {XMLParser} from 'fast-xml-parser'
import {type Plugin, unified} from 'unified'
import {VFile} from 'vfile'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import writeDigest, {toDigest} from '../plugins/digest.mjs'
import onlyAuthor, {keepAuthor} from '../plugins/only-author.mjs'

const run = promisify(execFile)
const here = fileURLToPath(new URL('..', import.meta.url))
const root = path.join(here, '..')
const bin = path.join(root, 'packages/cli/dist/bin.js')
const input = path.join(here, 'input')
// reader-cnn's own declaration (`(this: Processor<Root>, …) => void`) is not a
// unified `Plugin` to TypeScript; the JavaScript is.
const readCnn = readCnnPlugin as unknown as Plugin<[], string, Root>
let output: string
let names: string[]

async function read(name: string): Promise<{file: VFile; tree: Root}> {
  const file = new VFile({
    path: path.join(input, name),
    value: await readFile(path.join(input, name), 'utf8')
  })
  const tree = unified().use(readCnn).parse(file) as Root
  return {file, tree}
}

function postsOf(tree: Root): Post[] {
  return tree.children.filter((node): node is Post => node.type === 'post')
}

beforeAll(async () => {
  // CI builds before testing; a local run may not have.
  if (!existsSync(bin)) await run('npm', ['run', 'build'], {cwd: root})
  output = await mkdtemp(path.join(tmpdir(), 'liveblog-examples-'))
  names = (await readdir(input)).filter((name) => name.endsWith('.txt')).sort()
})

afterAll(async () => {
  await rm(output, {recursive: true, force: true})
})

describe('build-feeds.mjs', () => {
  it('turns every input into a web page, RSS, Atom, JSON Feed, Markdown and JSON', async () => {
    await run(process.execPath, [path.join(here, 'build-feeds.mjs'), input, output])
    const stems = names.map((name) => name.replace(/\.txt$/, ''))
    const expected = stems.flatMap((stem) =>
      ['.atom', '.feed.json', '.html', '.json', '.md', '.xml'].map((ext) => stem + ext)
    )
    expect((await readdir(output)).sort()).toEqual(expected.sort())

    for (const name of names) {
      const {tree} = await read(name)
      const stem = name.replace(/\.txt$/, '')
      const posts = postsOf(tree)
      const feed = new XMLParser().parse(await readFile(path.join(output, `${stem}.xml`), 'utf8'))
      const items = [feed.rss.channel.item].flat()
      expect(items).toHaveLength(posts.length)
      expect(feed.rss.channel.link).toBe(`https://example.com/live/${stem}`)
      const atom = new XMLParser().parse(await readFile(path.join(output, `${stem}.atom`), 'utf8'))
      expect([atom.feed.entry].flat()).toHaveLength(posts.length)
      const jsonFeed = JSON.parse(await readFile(path.join(output, `${stem}.feed.json`), 'utf8'))
      expect(jsonFeed.version).toBe('https://jsonfeed.org/version/1.1')
      expect(jsonFeed.items.map((item: {id: string}) => item.id).sort()).toEqual(
        posts.map((post) => post.id).sort()
      )
      const json = JSON.parse(await readFile(path.join(output, `${stem}.json`), 'utf8')) as Root
      expect(postsOf(json).map((post) => post.headline)).toEqual(posts.map((post) => post.headline))
      const markdown = await readFile(path.join(output, `${stem}.md`), 'utf8')
      for (const post of posts) expect(markdown).toContain(post.headline.slice(0, 20))

      // The page: one `<article id>` per post, and its LiveBlogPosting's
      // updates at the addresses the feeds link each post to.
      const page = await readFile(path.join(output, `${stem}.html`), 'utf8')
      expect(page.startsWith('<!doctype html><html lang="en">')).toBe(true)
      const ids = Array.from(page.matchAll(/<article id="([^"]+)"/g), (match) => match[1])
      expect(ids).toEqual(posts.map((post) => post.id))
      const script = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(page)
      const data = JSON.parse(script?.[1] ?? 'null')
      expect(data['@type']).toBe('LiveBlogPosting')
      expect(data.url).toBe(`https://example.com/live/${stem}`)
      expect(data.publisher).toEqual({'@type': 'Organization', name: 'Example Live'})
      const links = (data.liveBlogUpdate as Array<{url: string}>).map((update) => update.url)
      expect(links.sort()).toEqual(jsonFeed.items.map((item: {url: string}) => item.url).sort())
    }
  })
})

describe('plugins/only-author.mjs', () => {
  it('keeps only the posts an author wrote or co-wrote, and tags them', async () => {
    const {tree} = await read('winter-storm-2024-01-16.txt')
    const author = postsOf(tree).flatMap((post) => post.authors)[2]!.name
    const wrote = postsOf(tree).filter((post) =>
      post.authors.some((person) => person.name === author)
    )
    const file = new VFile({
      path: 'page.txt',
      value: await readFile(path.join(input, 'winter-storm-2024-01-16.txt'), 'utf8')
    })
    const processor = unified()
      .use(readCnn)
      .use(onlyAuthor, {author: ` ${author.toUpperCase()} `, tag: 'mine'})
    const result = (await processor.run(processor.parse(file), file)) as Root
    expect(postsOf(result).map((post) => post.id)).toEqual(wrote.map((post) => post.id))
    expect(
      postsOf(result).every((post) => (post.data as {tags?: string[]}).tags?.includes('mine'))
    ).toBe(true)
    // Page-level nodes stay.
    expect(result.children.filter((node) => node.type !== 'post')).toEqual(
      tree.children.filter((node) => node.type !== 'post')
    )
    expect(keepAuthor(tree, 'Nobody at all').children.some((node) => node.type === 'post')).toBe(
      false
    )
  })

  it('warns instead of failing when the author is missing or wrote nothing', async () => {
    const {tree} = await read('ostravia-election-2024-03-10.txt')
    for (const options of [undefined, {author: 'Nobody at all'}]) {
      const file = new VFile()
      await unified().use(onlyAuthor, options).run(structuredClone(tree), file)
      expect(file.messages).toHaveLength(1)
      expect(file.messages[0]).toMatchObject({fatal: false, source: 'only-author'})
    }
  })
})

describe('plugins/digest.mjs', () => {
  it('writes one list item per post, with its headline, from code', async () => {
    const {tree} = await read('ostravia-election-2024-03-10.txt')
    const html = toDigest(tree, {title: 'Election digest'})
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).toContain('<title>Election digest</title>')
    expect(html.match(/<li /g)).toHaveLength(postsOf(tree).length)
    const file = await unified()
      .use(readCnn)
      .use(writeDigest)
      .process(await readFile(path.join(input, 'ostravia-election-2024-03-10.txt'), 'utf8'))
    expect(String(file)).toBe(toDigest(tree))
  })

  it('is a --to writer and only-author a --use plugin for the CLI', async () => {
    const {tree} = await read('winter-storm-2024-01-16.txt')
    const author = postsOf(tree)[1]!.authors[0]!.name
    const {stdout} = await run(process.execPath, [
      bin,
      path.join(input, 'winter-storm-2024-01-16.txt'),
      '--use',
      `${path.join(here, 'plugins/only-author.mjs')}=author:${author}`,
      '--to',
      path.join(here, 'plugins/digest.mjs'),
      '--quiet'
    ])
    const wrote = postsOf(tree).filter((post) =>
      post.authors.some((person) => person.name === author)
    )
    expect(stdout.match(/<li /g)).toHaveLength(wrote.length)
  })
})
