// The CLI reads Windows-1252 files and standard input as the detected
// encoding, with an info message, or as `--encoding` says; an unknown
// encoding is a usage error (issue 14: "Encodings and API input").
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {bin, ensureBuilt} from '../../packages/cli/test/run-cli.js'

const PAGE = Buffer.from(
  [
    'Live Updates',
    'Harbor storm: ferries held in port',
    'By Ines Moreau, CNN\x92s harbor desk',
    'Updated 6:53 a.m. ET, April 3, 2024',
    '6:40 a.m. ET, April 3, 2024',
    'The pier\x92s lights go out',
    "From CNN's Ines Moreau",
    '\x93We are ready,\x94 the caf\xe9 owner said as the tide rose.',
    ''
  ].join('\n'),
  'latin1'
)

let folder = ''
let file = ''

function liveblog(args: string[], input?: Buffer) {
  const child = spawnSync(process.execPath, [bin, ...args], {
    input: input ?? Buffer.alloc(0),
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}
  })
  return {
    code: child.status,
    stdout: child.stdout.toString('utf8'),
    stderr: child.stderr.toString('utf8')
  }
}

beforeAll(() => {
  ensureBuilt()
  folder = mkdtempSync(path.join(tmpdir(), 'liveblog-encoding-'))
  file = path.join(folder, 'page.txt')
  writeFileSync(file, PAGE)
})
afterAll(() => rmSync(folder, {recursive: true, force: true}))

describe('liveblog and input encodings', () => {
  for (const [name, args, input] of [
    ['a file', () => [file, '--to', 'json'], undefined],
    ['standard input', () => ['--from', 'cnn', '--to', 'json'], PAGE]
  ] as const) {
    it(`reads Windows-1252 from ${name}, with an info message`, () => {
      const result = liveblog([...args()], input)
      expect(result.code, result.stderr).toBe(0)
      expect(result.stdout).not.toContain('\uFFFD')
      expect(result.stdout).toContain('The pier’s lights go out')
      expect(result.stdout).toContain('“We are ready,” the café owner said')
      expect(result.stdout).toContain('"name":"Ines Moreau"')
      expect(result.stderr).toMatch(/info\s+Read as windows-1252 \(detected.*encoding-detected/)
    })
  }

  it('reads as `--encoding` says, without guessing', () => {
    const result = liveblog([file, '--to', 'json', '--encoding', 'windows-1252'])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain('The pier’s lights go out')
    expect(result.stderr).not.toContain('encoding-detected')
    const wrong = liveblog([file, '--to', 'json', '--encoding', 'utf-8'])
    expect(wrong.stdout).toContain('pier\uFFFDs')
    expect(wrong.stderr).toMatch(/warning\s+Invalid UTF-8: bytes replaced by U\+FFFD/)
  })

  it('refuses an unknown encoding as a usage error', () => {
    const result = liveblog([file, '--encoding', 'klingon'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^liveblog: Unknown encoding `klingon` for `--encoding`/)
    expect(result.stdout).toBe('')
  })

  it('reads UTF-8 standard input as it is', () => {
    const utf8 = Buffer.from(PAGE.toString('latin1').replace(/\x92/g, '’'), 'utf8')
    const result = liveblog(['--from', 'cnn', '--to', 'json'], utf8)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain('The pier’s lights go out')
    expect(result.stderr).not.toContain('encoding')
  })
})
