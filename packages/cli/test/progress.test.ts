// The progress line: on a terminal, for batches longer than a second; never
// when standard error is not a terminal.
import {cp, mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Writable} from 'node:stream'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {run} from '../src/index.js'
import {examples} from './run-cli.js'

let work: string

class Capture extends Writable {
  text = ''
  isTTY: boolean
  columns = 100
  constructor(tty: boolean) {
    super()
    this.isTTY = tty
  }
  override _write(chunk: Buffer, _encoding: string, callback: () => void) {
    this.text += String(chunk)
    callback()
  }
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'liveblog-progress-'))
  await mkdir(path.join(work, 'in'))
  for (let index = 0; index < 6; index++) {
    await cp(
      path.join(examples, 'input', 'winter-storm-2024-01-16.txt'),
      path.join(work, 'in', `storm-${index}.txt`)
    )
  }
  // A transformer that takes 1.2 s per file, so that the batch outlasts the delay.
  await writeFile(
    path.join(work, 'slow.mjs'),
    'export default function slow() {\n  return () => new Promise((resolve) => setTimeout(resolve, 1200))\n}\n'
  )
})

afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

async function batch(tty: boolean) {
  const stderr = new Capture(tty)
  const stdout = new Capture(false)
  const code = await run(['in/*.txt', '-o', `out-${tty}/`, '--use', './slow.mjs'], {
    cwd: work,
    stdout,
    stderr
  })
  return {code, stderr: stderr.text}
}

describe('progress', () => {
  it('shows files done / total and the rate on a terminal for a batch longer than a second', async () => {
    const {code, stderr} = await batch(true)
    expect(code).toBe(0)
    expect(stderr).toMatch(/liveblog: [1-6]\/6 files, \d+\.\d files\/s in\/storm-\d\.txt/)
  })

  it('shows nothing when standard error is not a terminal', async () => {
    const {code, stderr} = await batch(false)
    expect(code).toBe(0)
    expect(stderr).not.toContain('files/s')
  })
})
