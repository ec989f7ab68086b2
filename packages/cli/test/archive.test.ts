// `--archive` and `--only-new`, run as users run them: the built binary over
// four copies of one invented live blog (examples/input/marrow-bay/).
import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {XMLParser} from 'fast-xml-parser'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {bin, cli, ensureBuilt, examples} from './run-cli.js'

const copies = path.join(examples, 'input', 'marrow-bay')
/** When each copy was taken. */
const taken = [
  '2025-11-12T08:30:00-05:00',
  '2025-11-12T09:40:00-05:00',
  '2025-11-12T12:35:00-05:00',
  '2025-11-12T15:15:00-05:00'
]
const url = 'https://example.com/live/marrow-bay'
let work: string

function copy(n: number): string {
  return path.join(copies, `marrow-bay-${n}.txt`)
}

function guids(xml: string): string[] {
  const feed = new XMLParser().parse(xml) as {rss: {channel: {item?: unknown}}}
  const items = feed.rss.channel.item
  const list = (Array.isArray(items) ? items : items ? [items] : []) as Array<{guid: string}>
  return list.map((item) => String(item.guid))
}

/** The summary line an archive run prints last on standard error. */
function summaryLine(stderr: string): string {
  return stderr.trimEnd().split('\n').at(-1)!
}

async function dir(name: string): Promise<string> {
  const folder = path.join(work, name)
  await mkdir(folder, {recursive: true})
  return folder
}

beforeAll(async () => {
  ensureBuilt()
  work = await mkdtemp(path.join(tmpdir(), 'liveblog-archive-'))
})

afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

describe('--archive', () => {
  it('follows a blog across four copies: summaries, guids kept, new posts only', async () => {
    const cwd = await dir('sequence')
    const expected = [
      'blog.json: 3 new, 0 updated, 0 unchanged',
      'blog.json: 1 new, 2 updated, 1 unchanged',
      'blog.json: 2 new, 2 updated, 0 unchanged',
      'blog.json: 1 new, 1 updated, 1 unchanged'
    ]
    let previous: string[] = []
    for (let n = 1; n <= 4; n++) {
      const run = await cli(
        [
          copy(n),
          '--archive',
          'blog.json',
          '--now',
          taken[n - 1]!,
          '--to',
          'rss',
          '--url',
          url,
          '-o',
          'feed.xml'
        ],
        {cwd}
      )
      expect(run.code).toBe(0)
      expect(summaryLine(run.stderr)).toBe(expected[n - 1])
      const current = guids(await readFile(path.join(cwd, 'feed.xml'), 'utf8'))
      // Every guid a feed reader has seen is still there, unchanged.
      for (const guid of previous) expect(current).toContain(guid)
      expect(new Set(current).size).toBe(current.length)
      previous = current
    }
    expect(previous).toHaveLength(7)

    const archive = JSON.parse(await readFile(path.join(cwd, 'blog.json'), 'utf8')) as {
      lbast: string
      children: Array<{type: string; headline?: string}>
    }
    expect(archive.lbast).toMatch(/^\d+\.\d+\.\d+$/)
    expect(archive.children.filter((node) => node.type === 'post')).toHaveLength(7)
    expect((await readdir(cwd)).sort()).toEqual(['blog.json', 'feed.xml'])
  })

  it('--only-new writes only what the archive did not hold; the archive gets everything', async () => {
    const cwd = await dir('only-new')
    await cli([copy(1), '--archive', 'blog.json', '--now', taken[0]!], {cwd})
    const run = await cli(
      [
        copy(2),
        '--archive',
        'blog.json',
        '--now',
        taken[1]!,
        '--only-new',
        '--to',
        'rss',
        '--url',
        url
      ],
      {cwd}
    )
    expect(run.code).toBe(0)
    const feed = new XMLParser().parse(run.stdout) as {rss: {channel: {item: {title: string}}}}
    expect(feed.rss.channel.item.title).toBe('Schools in the lower town dismiss early')
    const archive = await readFile(path.join(cwd, 'blog.json'), 'utf8')
    expect(archive).toContain('Ferry terminals close until Thursday')

    const again = await cli(
      [
        copy(2),
        '--archive',
        'blog.json',
        '--now',
        taken[1]!,
        '--only-new',
        '--to',
        'rss',
        '--url',
        url
      ],
      {cwd}
    )
    expect(guids(again.stdout)).toEqual([])
  })

  it('changes nothing when the same copy is merged again', async () => {
    const cwd = await dir('idempotent')
    await cli([copy(1), '--archive', 'blog.json', '--now', taken[0]!], {cwd})
    await cli([copy(2), '--archive', 'blog.json', '--now', taken[1]!], {cwd})
    const before = await readFile(path.join(cwd, 'blog.json'), 'utf8')
    const again = await cli(
      [copy(2), '--archive', 'blog.json', '--now', '2025-11-12T09:50:00-05:00'],
      {
        cwd
      }
    )
    expect(summaryLine(again.stderr)).toBe('blog.json: 0 new, 0 updated, 4 unchanged')
    expect(await readFile(path.join(cwd, 'blog.json'), 'utf8')).toBe(before)
  })

  it('merges many inputs in the order given, into one output', async () => {
    const cwd = await dir('batch')
    const run = await cli(
      [copy(1), copy(2), copy(3), '--archive', 'blog.json', '--now', taken[2]!, '--to', 'markdown'],
      {cwd}
    )
    expect(run.code).toBe(0)
    expect(summaryLine(run.stderr)).toMatch(/^blog\.json: \d+ new, \d+ updated, \d+ unchanged$/)
    expect(run.stdout.match(/^## /gm)?.length).toBeGreaterThanOrEqual(6)
  })

  it('reads relative times against the file’s modification time, and says so', async () => {
    const cwd = await dir('mtime')
    const file = path.join(cwd, 'copy.txt')
    await writeFile(file, await readFile(copy(1)))
    const when = new Date(taken[0]!)
    await utimes(file, when, when)
    const run = await cli(['copy.txt', '--archive', 'blog.json'], {cwd})
    expect(run.code).toBe(0)
    expect(run.stderr).toContain(
      'Reading relative times (“21 min ago”) against the file’s modification time, 2025-11-12T13:30:00+00:00; pass `--now` to set when the page was copied'
    )
    const archive = await readFile(path.join(cwd, 'blog.json'), 'utf8')
    expect(archive).toContain('"published": "2025-11-12T08:25:00-05:00"')
  })
})

describe('--archive with bad input leaves the archive untouched', () => {
  async function attempt(name: string, content: string | undefined, args: string[] = []) {
    const cwd = await dir(name)
    if (content !== undefined) await writeFile(path.join(cwd, 'blog.json'), content)
    const run = await cli([copy(1), '--archive', 'blog.json', '--now', taken[0]!, ...args], {cwd})
    const after = existsSync(path.join(cwd, 'blog.json'))
      ? await readFile(path.join(cwd, 'blog.json'), 'utf8')
      : undefined
    return {run, after, cwd}
  }

  it('an archive that is not JSON: file, line and column', async () => {
    const bad = '{"type": "root",\n  "children": [\n'
    const {run, after} = await attempt('not-json', bad)
    expect(run.code).toBe(1)
    expect(run.stderr.split('\n')[0]).toMatch(
      /^liveblog: Cannot use archive `blog\.json:3:1`: Cannot parse JSON/
    )
    expect(run.stdout).toBe('')
    expect(after).toBe(bad)
  })

  it('JSON that is not lbast', async () => {
    const bad = '{"type": "root", "children": [{"type": "post"}]}\n'
    const {run, after} = await attempt('not-lbast', bad)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^liveblog: Cannot use archive `blog\.json:1:\d+`: /)
    expect(after).toBe(bad)
  })

  it('an archive written by a newer lbast', async () => {
    const newer = '{"type": "root", "lbast": "9.0.0", "children": []}\n'
    const {run, after} = await attempt('newer', newer)
    expect(run.code).toBe(1)
    expect(run.stderr.split('\n')[0]).toBe(
      'liveblog: Cannot use archive `blog.json:1:27`: Cannot read this tree: written with lbast 9.0.0, this reader understands 1.x'
    )
    expect(after).toBe(newer)
  })

  it('an archive that cannot be read', async () => {
    const cwd = await dir('unreadable')
    await mkdir(path.join(cwd, 'blog.json'))
    const run = await cli([copy(1), '--archive', 'blog.json'], {cwd})
    expect(run.code).toBe(1)
    expect(run.stderr.split('\n')[0]).toBe(
      'liveblog: Cannot read archive `blog.json`: it is a folder'
    )
  })

  it('an archive another run holds', async () => {
    const cwd = await dir('locked')
    await writeFile(path.join(cwd, 'blog.json'), '{"type": "root", "children": []}\n')
    await mkdir(path.join(cwd, 'blog.json.lock'))
    const run = await cli([copy(1), '--archive', 'blog.json'], {cwd})
    expect(run.code).toBe(1)
    expect(run.stderr.split('\n')[0]).toBe(
      'liveblog: Archive `blog.json` is in use by another liveblog run (lock `blog.json.lock`); try again when it ends'
    )
    expect(await readFile(path.join(cwd, 'blog.json'), 'utf8')).toBe(
      '{"type": "root", "children": []}\n'
    )
  })

  it('two runs at once never interleave: one waits its turn or is refused, the archive stays whole', async () => {
    const cwd = await dir('race')
    const runs = await Promise.all([
      cli([copy(1), '--archive', 'blog.json', '--now', taken[0]!], {cwd}),
      cli([copy(2), '--archive', 'blog.json', '--now', taken[1]!], {cwd})
    ])
    for (const run of runs) {
      if (run.code !== 0) expect(run.stderr).toContain('is in use by another liveblog run')
    }
    expect(runs.some((run) => run.code === 0)).toBe(true)
    const archive = JSON.parse(await readFile(path.join(cwd, 'blog.json'), 'utf8')) as {
      type: string
    }
    expect(archive.type).toBe('root')
    expect(existsSync(path.join(cwd, 'blog.json.lock'))).toBe(false)
  })

  it('--only-new without --archive is a usage error', async () => {
    const run = await cli([copy(1), '--only-new'])
    expect(run.code).toBe(2)
    expect(run.stderr.split('\n')[0]).toBe(
      'liveblog: `--only-new` needs `--archive <file>`: new is relative to an archive'
    )
  })

  it('the output cannot be the archive', async () => {
    const cwd = await dir('same-file')
    const run = await cli([copy(1), '--archive', 'blog.json', '-o', 'blog.json'], {cwd})
    expect(run.code).toBe(2)
    expect(run.stderr.split('\n')[0]).toBe(
      'liveblog: Cannot write the output into the archive itself; pass another `-o`'
    )
  })

  it('-o naming the archive through a folder is a usage error', async () => {
    const cwd = await dir('folder-output')
    await cli([copy(1), '--archive', 'blog.json', '--now', taken[0]!], {cwd})
    const before = await readFile(path.join(cwd, 'blog.json'), 'utf8')
    const run = await cli([copy(2), '--archive', 'blog.json', '--to', 'json', '-o', '.'], {cwd})
    expect(run.code).toBe(2)
    expect(run.stderr.split('\n')[0]).toBe(
      'liveblog: Cannot write the output into the archive itself; pass another `-o`'
    )
    expect(await readFile(path.join(cwd, 'blog.json'), 'utf8')).toBe(before)
  })

  it('never reads the archive as one of the inputs', async () => {
    const cwd = await dir('archive-in-folder')
    await mkdir(path.join(cwd, 'copies'))
    await writeFile(path.join(cwd, 'copies', 'a.txt'), await readFile(copy(1)))
    await cli(['copies', '--archive', 'copies/zz.json', '--now', taken[0]!], {cwd})
    await writeFile(path.join(cwd, 'copies', 'b.txt'), await readFile(copy(2)))
    const run = await cli(
      [
        'copies/b.txt',
        'copies',
        '--archive',
        'copies/zz.json',
        '--now',
        taken[1]!,
        '--to',
        'markdown'
      ],
      {cwd}
    )
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('Skipped: this file is the archive')
    expect(run.stdout).toContain('## Ferry terminals close until Thursday')
    expect(run.stdout).not.toContain('until further notice')
  })

  it('an empty file is an empty archive; a missing folder is an error', async () => {
    const cwd = await dir('empty')
    await writeFile(path.join(cwd, 'blog.json'), '')
    const run = await cli([copy(1), '--archive', 'blog.json', '--now', taken[0]!], {cwd})
    expect(run.code).toBe(0)
    expect(summaryLine(run.stderr)).toBe('blog.json: 3 new, 0 updated, 0 unchanged')
    const missing = await cli([copy(1), '--archive', 'nowhere/blog.json'], {cwd})
    expect(missing.code).toBe(1)
    expect(missing.stderr.split('\n')[0]).toBe(
      'liveblog: Cannot create archive `nowhere/blog.json`: its folder `nowhere` does not exist'
    )
  })

  it('an older copy only adds, with a warning', async () => {
    const cwd = await dir('older')
    await cli([copy(2), '--archive', 'blog.json', '--now', taken[1]!], {cwd})
    const run = await cli([copy(1), '--archive', 'blog.json', '--now', taken[0]!], {cwd})
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('older-copy')
    expect(summaryLine(run.stderr)).toBe('blog.json: 0 new, 0 updated, 3 unchanged')
    expect(await readFile(path.join(cwd, 'blog.json'), 'utf8')).toContain('until Thursday')
  })

  it('--now needs an offset', async () => {
    const run = await cli([copy(1), '--now', '2025-11-12T09:40:00'])
    expect(run.code).toBe(2)
    expect(run.stderr.split('\n')[0]).toBe(
      'liveblog: Invalid value `2025-11-12T09:40:00` for `--now`: expected an ISO 8601 date-time with an offset, like 2024-01-16T18:00:00Z or 2024-01-16T13:00:00-05:00'
    )
  })

  it('a run killed while writing leaves the old archive whole', async () => {
    const cwd = await dir('killed')
    // A large archive, so that writing it takes a while.
    const copies = []
    for (let n = 0; n < 400; n++) {
      const text = (await readFile(copy(1), 'utf8')).replaceAll(
        'What we know so far',
        `Catch-up ${n}`
      )
      copies.push(text.replaceAll('Seawall overtopped', `Seawall ${n} overtopped`))
    }
    await writeFile(path.join(cwd, 'big.txt'), copies.join('\n\n'))
    const seed = await cli(['big.txt', '--archive', 'blog.json', '--now', taken[0]!], {cwd})
    expect(seed.code).toBe(0)
    const before = await readFile(path.join(cwd, 'blog.json'), 'utf8')

    for (const delay of [150, 300, 450, 600, 800]) {
      const child = spawn(
        process.execPath,
        [bin, copy(2), 'big.txt', '--archive', 'blog.json', '--now', taken[1]!],
        {
          cwd,
          stdio: 'ignore'
        }
      )
      await new Promise((resolve) => setTimeout(resolve, delay))
      child.kill('SIGKILL')
      await new Promise((resolve) => child.on('close', resolve))
      const after = await readFile(path.join(cwd, 'blog.json'), 'utf8')
      // Whole: the old archive, or a complete new one.
      const tree = JSON.parse(after) as {children: unknown[]}
      if (after !== before) expect(tree.children.length).toBeGreaterThan(400)
      await rm(path.join(cwd, 'blog.json.lock'), {recursive: true, force: true})
    }
  })
})

describe('relative times without a reading time', () => {
  it('warn once per file, with the count and the fix', async () => {
    const run = await cli([copy(1)])
    expect(run.code).toBe(0)
    expect(run.stderr).toContain(
      '2 post times are relative (“5 min ago”) and stayed unresolved: pass `--now` with the time the page was copied (ISO 8601)'
    )
    expect(run.stderr.match(/unresolved-time/g)).toHaveLength(1)
    const resolved = await cli([copy(1), '--now', taken[0]!])
    expect(resolved.stderr).not.toContain('unresolved-time')
  })
})
