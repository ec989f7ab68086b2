// Files the CLI writes, and reports that must print whatever their size
// (issue 14): each case runs the built binary.
import {spawn} from 'node:child_process'
import {watch} from 'node:fs'
import {
  chmod,
  cp,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  stat,
  symlink,
  writeFile
} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {bin, cli, ensureBuilt, examples, firstLine, lines} from './run-cli.js'

const page = path.join(examples, 'input', 'winter-storm-2024-01-16.txt')
let work: string

async function folder(name: string): Promise<string> {
  const dir = path.join(work, name)
  await mkdir(dir, {recursive: true})
  await cp(page, path.join(dir, 'page.txt'))
  return dir
}

/** The pid of a process that has exited (so no process has it, for now). */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', ''])
    child.on('close', () => resolve(child.pid!))
  })
}

beforeAll(async () => {
  ensureBuilt()
  work = await mkdtemp(path.join(tmpdir(), 'liveblog-files-'))
})

afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

describe('files the CLI writes', () => {
  it('overwriting a 0600 file keeps its mode', async () => {
    const dir = await folder('mode')
    const output = path.join(dir, 'feed.xml')
    await writeFile(output, 'old')
    await chmod(output, 0o600)
    const result = await cli(['page.txt', '-o', 'feed.xml', '-q'], {cwd: dir})
    expect(result.code).toBe(0)
    expect((await stat(output)).mode & 0o777).toBe(0o600)
    expect(await readFile(output, 'utf8')).toContain('<rss')
  })

  it('a symlinked output is followed: the target is replaced, the link kept, and the report says so', async () => {
    const dir = await folder('symlink')
    await mkdir(path.join(dir, 'real'))
    await writeFile(path.join(dir, 'real', 'feed.xml'), 'old')
    await symlink(path.join('real', 'feed.xml'), path.join(dir, 'feed.xml'))
    const result = await cli(['page.txt', '-o', 'feed.xml'], {cwd: dir})
    expect(result.code).toBe(0)
    expect((await lstat(path.join(dir, 'feed.xml'))).isSymbolicLink()).toBe(true)
    expect(await readlink(path.join(dir, 'feed.xml'))).toBe(path.join('real', 'feed.xml'))
    expect(await readFile(path.join(dir, 'real', 'feed.xml'), 'utf8')).toContain('<rss')
    expect(lines(result.stderr)).toContain(
      'info Wrote `real/feed.xml` through the symlink `feed.xml` followed-symlink @liveblog/cli'
    )
  })

  it('removes stale temporary files of its own naming, and only those', async () => {
    const dir = await folder('stale')
    await mkdir(path.join(dir, 'out'))
    const dead = await deadPid()
    const stale = `.page.xml.${dead}.0badc0de.tmp`
    const live = `.page.xml.${process.pid}.00c0ffee.tmp`
    const other = '.page.xml.tmp'
    for (const name of [stale, live, other]) await writeFile(path.join(dir, 'out', name), 'x')
    const result = await cli(['page.txt', '-o', 'out/', '-t', 'rss'], {cwd: dir})
    expect(result.code).toBe(0)
    expect((await readdir(path.join(dir, 'out'))).sort()).toEqual([live, other, 'page.xml'].sort())
    expect(lines(result.stderr)).toContain(
      `info Removed \`${stale}\`, a temporary file left by an interrupted run stale-temporary @liveblog/cli`
    )
  })

  it('a SIGTERM during a write leaves no temporary file behind', async () => {
    const dir = await folder('sigterm')
    // A big tree as JSON (posts copied under new ids), so that writing its
    // output takes a while.
    const tree = JSON.parse((await cli(['page.txt', '--no-positions'], {cwd: dir})).stdout) as {
      children: Array<{type: string; id?: string}>
    }
    const children = tree.children
    tree.children = []
    for (let index = 0; index < 400; index++) {
      for (const child of children) {
        tree.children.push(child.type === 'post' ? {...child, id: `${child.id}-${index}`} : child)
      }
    }
    await writeFile(path.join(dir, 'big.json'), JSON.stringify(tree))
    await mkdir(path.join(dir, 'out'))

    // Signals race with the write: try until one lands while the temporary file exists.
    let landed = false
    for (let attempt = 0; attempt < 5 && !landed; attempt++) {
      const seen: string[] = []
      const watcher = watch(path.join(dir, 'out'))
      const child = spawn(process.execPath, [bin, 'big.json', '-o', 'out/', '--indent', '10'], {
        cwd: dir
      })
      watcher.on('change', (_event, name) => {
        if (String(name).endsWith('.tmp') && seen.length === 0) {
          seen.push(String(name))
          child.kill('SIGTERM')
        }
      })
      const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
        child.on('close', (_code, signal) => resolve(signal))
      )
      watcher.close()
      landed = seen.length === 1 && signal === 'SIGTERM'
      expect(
        (await readdir(path.join(dir, 'out'))).filter((name) => name.endsWith('.tmp'))
      ).toEqual([])
    }
    expect(landed).toBe(true)
  }, 300_000)
})

describe('reports of any size', () => {
  it('126,000 errors of one rule: the text report collapses them, JSON keeps them all', async () => {
    const dir = path.join(work, 'many')
    await mkdir(dir, {recursive: true})
    // Paragraphs directly in the root break lbast's content model, one error each.
    const paragraph = {type: 'paragraph', children: [{type: 'text', value: 'Fog.'}]}
    const tree = {type: 'root', children: Array.from({length: 126_000}, () => paragraph)}
    await writeFile(path.join(dir, 'many.json'), JSON.stringify(tree))

    const text = await cli(['many.json', '-q'], {cwd: dir})
    expect(text.code).toBe(1)
    expect(firstLine(text.stderr)).toBe('many.json')
    const shown = lines(text.stderr)
    // The file, 100 errors, one line for the rest, a blank line and the total.
    expect(shown).toHaveLength(1 + 100 + 1 + 2)
    expect(shown[101]).toMatch(
      /^1:\d+-1:\d+ error 125900 more `content-model` errors \(`--report json` lists every one\) content-model @liveblog\/reader-json$/
    )
    expect(shown.at(-1)).toBe('✖ 126000 errors')

    const json = await cli(['many.json', '--report', 'json'], {cwd: dir})
    expect(json.code).toBe(1)
    const report = JSON.parse(json.stderr) as Array<{messages: Array<{ruleId: string}>}>
    const errors = report[0]!.messages.filter((message) => message.ruleId === 'content-model')
    expect(errors).toHaveLength(126_000)
  }, 300_000)
})
