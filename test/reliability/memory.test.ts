// Peak memory against input size (issue 14, "Memory"): reader-json and the
// CNN pipeline (reader-cnn → writer-rss) must stay under 15 times their input.
// Each runs in a child process whose heap is capped at 15 × the input (plus
// room for Node itself): a reader that needs more runs out of memory and the
// child fails. Scaled down to 12 MB for CI time; `npm run bench` reports the
// ratios at 1, 10 and 30 MB.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {fromCnnText} from '@liveblog/reader-cnn'
import {toJson} from '@liveblog/writer-json'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ensureBuilt} from '../../packages/cli/test/run-cli.js'
import {baseText, scaled} from '../../scripts/bench/inputs.mjs'

const script = fileURLToPath(new URL('../../scripts/bench/memory.mjs', import.meta.url))
const MB = 1e6
const SIZE = 12 * MB
/** What Node and the modules take before any input (heap, not the whole process). */
const NODE_MB = 40
let folder = ''

function textOf(size: number): string {
  const base = baseText().text
  return scaled(base, Math.max(1, Math.round(size / Buffer.byteLength(base))))
}

/** Runs `memory.mjs` on `file` with the heap capped at `ratio` × its size. */
function run(kind: string, file: string, bytes: number, ratio: number) {
  const cap = Math.round((ratio * bytes) / MB + NODE_MB)
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', `--max-old-space-size=${cap}`, script, kind, file],
    {encoding: 'utf8', timeout: 300_000}
  )
  return {cap, status: child.status, stderr: child.stderr.slice(-400), out: child.stdout}
}

beforeAll(() => {
  ensureBuilt()
  folder = mkdtempSync(path.join(tmpdir(), 'liveblog-memory-'))
})
afterAll(() => rmSync(folder, {recursive: true, force: true}))

describe('peak memory under 15 × the input', () => {
  it('reader-json on 12 MB of lbast JSON', () => {
    // JSON is about 2.6 times the CNN text it was read from.
    const json = toJson(fromCnnText(textOf(SIZE / 2.6)))
    const file = path.join(folder, 'tree.json')
    writeFileSync(file, json)
    const bytes = Buffer.byteLength(json)
    expect(bytes).toBeGreaterThan(SIZE * 0.8)
    const result = run('json', file, bytes, 15)
    expect(result.status, `heap capped at ${result.cap} MB: ${result.stderr}`).toBe(0)
    expect(JSON.parse(result.out).size).toBeGreaterThan(100)
  })

  it('reader-cnn → writer-rss on 12 MB of CNN text', () => {
    const text = textOf(SIZE)
    const file = path.join(folder, 'page.txt')
    writeFileSync(file, text)
    const bytes = Buffer.byteLength(text)
    const result = run('cnn-rss', file, bytes, 15)
    expect(result.status, `heap capped at ${result.cap} MB: ${result.stderr}`).toBe(0)
    expect(JSON.parse(result.out).size).toBeGreaterThan(bytes)
  })

  it('the cap is tight enough to catch a reader that keeps a syntax tree of its input', () => {
    // jsonc-parser's full syntax tree (what reader-json held before) needs
    // far more than 15 × the text: the same cap must fail it.
    const json = toJson(fromCnnText(textOf(SIZE / 2.6)))
    const file = path.join(folder, 'tree.json')
    writeFileSync(file, json)
    const cap = Math.round((15 * Buffer.byteLength(json)) / MB + NODE_MB)
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
})
