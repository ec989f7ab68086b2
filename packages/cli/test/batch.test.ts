// Batches on worker threads (issue 17): `--jobs 2` writes the same bytes and
// the same report as `--jobs 1`, runs `--use` plugins in its workers, and a
// file whose worker fails is reported while the batch goes on. Each case
// runs the built binary on a mixed batch of some 1.5 MB (workers start from
// 1 MB of input).
import {appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cli, ensureBuilt, examples, firstLine} from './run-cli.js'

const pages = ['winter-storm-2024-01-16', 'ostravia-election-2024-03-10']
let work: string
let batch: string
let total: number

/** A copy of `text` with a sentence of its own at the end of its first long line. */
function variant(text: string, index: number): string {
  const lines = text.split('\n')
  const at = lines.findIndex((line) => line.length > 80 && !line.startsWith('{'))
  lines[at] += ` This is copy ${index} of the page.`
  return lines.join('\n')
}

// A transformer that tags every headline, fails (throws, or ends its worker
// thread) on the file named `fail`, and logs the thread it ran on.
const plugin = `import {appendFileSync} from 'node:fs'
import {threadId} from 'node:worker_threads'

export default function tag(options = {}) {
  return (tree, file) => {
    appendFileSync(new URL('threads.log', import.meta.url), threadId + '\\n')
    if (file.stem === options.fail) {
      if (options.how === 'exit') process.exit(7)
      throw new Error('Cannot tag ' + file.stem)
    }
    for (const node of tree.children) {
      if (node.type === 'post') node.headline = '[' + options.label + '] ' + node.headline
    }
  }
}
`

beforeAll(async () => {
  ensureBuilt()
  work = await mkdtemp(path.join(tmpdir(), 'liveblog-batch-'))
  batch = path.join(work, 'batch')
  await mkdir(path.join(batch, 'in'), {recursive: true})
  await writeFile(path.join(batch, 'tag.mjs'), plugin)
  const texts: Record<string, string[]> = {txt: [], md: [], json: []}
  for (const page of pages) {
    const file = path.join(examples, 'input', `${page}.txt`)
    await cp(file, path.join(work, `${page}.txt`))
    texts.txt!.push(await readFile(file, 'utf8'))
    for (const [to, extname] of [
      ['markdown', 'md'],
      ['json', 'json']
    ] as const) {
      const result = await cli([`${page}.txt`, '--to', to, '-q'], {cwd: work})
      texts[extname]!.push(result.stdout)
    }
  }
  const counts = {txt: 100, md: 30, json: 30}
  let index = 0
  for (const [extname, count] of Object.entries(counts)) {
    for (let copy = 0; copy < count; copy++) {
      index++
      const source = texts[extname]![copy % pages.length]!
      // JSON copies stay as they are (a sentence would break the JSON).
      const text = extname === 'json' ? source : variant(source, index)
      const name = `page-${String(index).padStart(5, '0')}.${extname}`
      await writeFile(path.join(batch, 'in', name), text)
    }
  }
  await writeFile(path.join(batch, 'in', 'broken.json'), '{"type": "root", "children": [')
  total = index + 1
}, 120_000)

afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

/** The batch `in/` to RSS in `out/`, with `--jobs` and one `--use` plugin. */
function batchArgs(jobs: number, use: string, out: string): string[] {
  const args = ['in', '--to', 'rss', '--url', 'https://example.com/live', '-o', `${out}/`]
  return [...args, '--jobs', String(jobs), '--use', use]
}

async function convert(jobs: number, use: string, out: string) {
  await rm(path.join(batch, 'threads.log'), {force: true})
  await appendFile(path.join(batch, 'threads.log'), '')
  const result = await cli(batchArgs(jobs, use, out), {cwd: batch})
  const log = await readFile(path.join(batch, 'threads.log'), 'utf8')
  const threads = new Set(log.trim().split('\n'))
  const names = (await readdir(path.join(batch, out))).sort()
  const outputs = new Map<string, string>()
  for (const name of names) outputs.set(name, await readFile(path.join(batch, out, name), 'utf8'))
  return {...result, threads, outputs}
}

describe('--jobs', () => {
  it('--jobs 2 writes the same bytes and the same report as --jobs 1, with the plugin in both workers', async () => {
    const one = await convert(1, './tag.mjs=label:checked', 'one')
    const two = await convert(2, './tag.mjs=label:checked', 'two')
    // The broken file fails, so both exit 1, and it is named in the report.
    expect(one.code).toBe(1)
    expect(two.code).toBe(1)
    expect(one.stderr).toContain('in/broken.json')
    expect(one.stderr).toContain(`liveblog: 1 of ${total} files failed: in/broken.json`)
    expect(two.stderr).toBe(one.stderr)
    expect(one.outputs.size).toBe(total - 1)
    expect([...two.outputs.keys()]).toEqual([...one.outputs.keys()])
    for (const [name, value] of one.outputs) expect(two.outputs.get(name), name).toBe(value)
    // The plugin ran on every file: in this process, then in two workers.
    expect(one.outputs.get('page-00001.xml')).toContain('<title>[checked] ')
    expect(one.outputs.get('page-00131.xml')).toContain('<title>[checked] ')
    expect([...one.threads]).toEqual(['0'])
    expect(two.threads.size).toBe(2)
    expect(two.threads.has('0')).toBe(false)
  }, 300_000)

  it('a plugin that throws on one file fails that file only, the same way with and without workers', async () => {
    const use = './tag.mjs=label:checked,fail:page-00007'
    const one = await convert(1, use, 'throw-one')
    const two = await convert(2, use, 'throw-two')
    expect(one.code).toBe(1)
    expect(one.stderr).toContain('Cannot process file: Cannot tag page-00007')
    expect(one.stderr).toContain(
      `liveblog: 2 of ${total} files failed: in/broken.json, in/page-00007.txt`
    )
    expect(two.code).toBe(1)
    expect(two.stderr).toBe(one.stderr)
    expect(one.outputs.size).toBe(total - 2)
    expect([...two.outputs.keys()]).toEqual([...one.outputs.keys()])
  }, 300_000)

  it('a plugin that ends its worker thread fails that file only; the batch goes on', async () => {
    const result = await convert(2, './tag.mjs=label:checked,fail:page-00007,how:exit', 'exit')
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /in\/page-00007\.txt\n.*error\s+Cannot convert this file: the worker converting it stopped: .*7.*worker-failed\s+@liveblog\/cli/
    )
    expect(result.stderr).toContain(
      `liveblog: 2 of ${total} files failed: in/broken.json, in/page-00007.txt`
    )
    expect(result.outputs.size).toBe(total - 2)
    expect(result.outputs.has('page-00008.xml')).toBe(true)
  }, 300_000)

  it('a plugin that ends the process with --jobs 1 is said, never a quiet exit', async () => {
    await rm(path.join(batch, 'exit-one'), {recursive: true, force: true})
    const use = './tag.mjs=label:checked,fail:page-00007,how:exit'
    const result = await cli(batchArgs(1, use, 'exit-one'), {cwd: batch})
    expect(result.code).toBe(7)
    expect(result.stderr).toContain(
      'liveblog: the run was ended (exit code 7) before it finished: files not reported were not converted'
    )
  }, 300_000)

  it('--jobs takes a whole number above 0, else exit 2', async () => {
    for (const value of ['0', 'two', '1.5']) {
      const result = await cli([`${pages[0]}.txt`, '--jobs', value], {cwd: work})
      expect(result.code).toBe(2)
      expect(firstLine(result.stderr)).toBe(
        `liveblog: Invalid value \`${value}\` for \`--jobs\`: expected a whole number above 0`
      )
    }
  })
})
