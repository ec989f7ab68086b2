// examples/follow-blog.sh as a user runs it: four copies of one invented blog
// merged into an archive, a feed rebuilt from it each time.
import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {XMLParser} from 'fast-xml-parser'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const run = promisify(execFile)
const here = fileURLToPath(new URL('..', import.meta.url))
const root = path.join(here, '..')
let output: string

beforeAll(async () => {
  if (!existsSync(path.join(root, 'packages/cli/dist/bin.js'))) {
    await run('npm', ['run', 'build'], {cwd: root})
  }
  output = await mkdtemp(path.join(tmpdir(), 'liveblog-follow-'))
})

afterAll(async () => {
  await rm(output, {recursive: true, force: true})
})

describe('follow-blog.sh', () => {
  it('builds one archive and a feed of every post seen, and the new posts of each copy', async () => {
    const {stdout} = await run('sh', [path.join(here, 'follow-blog.sh'), output], {cwd: root})
    expect(stdout.trim()).toBe(`Wrote ${output}/marrow-bay.json and ${output}/feed.xml`)

    const feed = new XMLParser().parse(await readFile(path.join(output, 'feed.xml'), 'utf8')) as {
      rss: {channel: {item: Array<{title: string; guid: string}>}}
    }
    const titles = feed.rss.channel.item.map((item) => item.title)
    // The last two copies lack the two oldest posts; the feed keeps them.
    expect(titles).toContain('Seawall overtopped near the harbor')
    expect(titles).toContain('Ferry terminals close until Thursday')
    expect(titles.filter((title) => title === 'What we know so far')).toHaveLength(2)
    expect(new Set(feed.rss.channel.item.map((item) => item.guid)).size).toBe(7)

    const headings = async (n: number) =>
      (await readFile(path.join(output, `new-${n}.md`), 'utf8')).match(/^## .*$/gm)
    expect(await headings(1)).toHaveLength(3)
    expect(await headings(2)).toEqual(['## Schools in the lower town dismiss early'])
    expect(await headings(3)).toEqual([
      '## What we know so far',
      '## Power cut to about 4,000 homes'
    ])
  })
})
