// Peak memory against input size (issue 14, "Memory"): the three readers and
// the CNN pipeline (reader-cnn → writer-rss) must never need more than 15
// times their input. Each runs in a child process (scripts/bench/memory.mjs)
// twice: once with V8's defaults, to learn the heap in use before the run,
// then with old space capped at that plus 15 × the input and a 1 MB young
// generation (what `npm run bench` calls "capped"): a reader that holds more
// at any moment runs out of memory and the child fails. Scaled down for CI
// time (12 MB, 3 MB of Markdown); `npm run bench` measures 1, 10 and 30 MB.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ensureBuilt} from '../../packages/cli/test/run-cli.js'
import {capFlags, memoryInput, memoryRun} from '../../scripts/bench/memory-table.mjs'

const MB = 1e6
const TARGET = 15
let folder = ''

interface Run {
  bytes: number
  heapBefore: number
  size: number
}

/** Writes `kind`'s input of about `bytes` and a warm-up, and runs it capped at `ratio` × its size. */
function capped(kind: string, input: string, bytes: number, ratio = TARGET) {
  const file = path.join(folder, `${kind}-${bytes}`)
  const warm = path.join(folder, `${kind}-warm`)
  writeFileSync(file, memoryInput(input, bytes))
  writeFileSync(warm, memoryInput(input, 30_000))
  const free = memoryRun(kind, file, warm) as Run | undefined
  if (!free) throw new Error(`memory.mjs failed on ${kind} without a cap`)
  const {cap, flags} = capFlags(free.heapBefore, free.bytes, ratio)
  const run = memoryRun(kind, file, warm, flags) as Run | undefined
  return {
    free,
    cap,
    run,
    what: `${kind} on ${(free.bytes / MB).toFixed(1)} MB, heap capped at ${cap} MB`
  }
}

beforeAll(() => {
  ensureBuilt()
  folder = mkdtempSync(path.join(tmpdir(), 'liveblog-memory-'))
})
afterAll(() => rmSync(folder, {recursive: true, force: true}))

describe('peak memory under 15 × the input', () => {
  it('reader-json on 12 MB of lbast JSON', {timeout: 300_000}, () => {
    const {free, cap, run, what} = capped('json', 'json', 12 * MB)
    expect(free.bytes).toBeGreaterThan(10 * MB)
    expect(run, what).toBeDefined()
    expect(run?.size).toBe(free.size)

    // The same cap fails jsonc-parser's full syntax tree of the text (what
    // reader-json held before), beside the parsed value.
    const file = path.join(folder, `json-${12 * MB}`)
    const child = spawnSync(
      process.execPath,
      [
        `--max-old-space-size=${cap}`,
        '--input-type=module',
        '-e',
        `import {readFileSync} from 'node:fs'; import {parseTree} from 'jsonc-parser'; const t = parseTree(readFileSync(${JSON.stringify(file)}, 'utf8')); const s = JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8')); console.log(t.children.length + Object.keys(s).length)`
      ],
      {
        encoding: 'utf8',
        timeout: 300_000,
        cwd: fileURLToPath(new URL('../../packages/reader-json/', import.meta.url))
      }
    )
    expect(child.status).not.toBe(0)
    expect(child.stderr).toMatch(/heap out of memory|Allocation failed/)
  })

  it('reader-cnn on 12 MB of CNN text', {timeout: 300_000}, () => {
    const {free, run, what} = capped('cnn', 'cnn', 12 * MB)
    expect(run, what).toBeDefined()
    expect(run?.size).toBe(free.size)
  })

  it('reader-cnn → writer-rss on 12 MB of CNN text', {timeout: 300_000}, () => {
    const {free, run, what} = capped('cnn-rss', 'cnn', 12 * MB)
    expect(run, what).toBeDefined()
    // The feed is longer than the text it was read from.
    expect(run?.size).toBeGreaterThan(free.bytes)
  })

  it('reader-markdown on 3 MB of live-blog Markdown', {timeout: 600_000}, () => {
    const {free, run, what} = capped('markdown', 'markdown', 3 * MB)
    expect(run, what).toBeDefined()
    expect(run?.size).toBe(free.size)
  })

  it('the cap is tight enough to fail a parser that holds every event of the text', {
    timeout: 600_000
  }, () => {
    // remark-parse on the whole text (what reader-markdown does in pieces)
    // holds micromark's events, far more than 15 × the text.
    const {free, run, what} = capped('remark-parse', 'markdown', 3 * MB)
    expect(free.size).toBeGreaterThan(100)
    expect(run, what).toBeUndefined()
  })
})
