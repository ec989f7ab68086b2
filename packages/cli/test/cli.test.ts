import {existsSync} from 'node:fs'
import {cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {LBAST_VERSION} from '@liveblog/core'
import {fromCnnText} from '@liveblog/reader-cnn'
import {toJson} from '@liveblog/writer-json'
import {XMLParser} from 'fast-xml-parser'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cli, ensureBuilt, examples, root} from './run-cli.js'

const storm = 'winter-storm-2024-01-16'
const election = 'ostravia-election-2024-03-10'
const inputs = path.join(examples, 'input')
let work: string

interface Tree {
  type: string
  children: Array<{type: string; headline?: string; authors?: Array<{name: string}>}>
}

function posts(tree: Tree) {
  return tree.children.filter((node) => node.type === 'post')
}

function rssItems(xml: string): Array<Record<string, unknown>> {
  const feed = new XMLParser().parse(xml) as {rss: {channel: {item?: unknown}}}
  const items = feed.rss.channel.item
  return (Array.isArray(items) ? items : items ? [items] : []) as Array<Record<string, unknown>>
}

/** A fresh folder with copies of the two example inputs. */
async function folder(name: string): Promise<string> {
  const dir = path.join(work, name)
  await mkdir(dir, {recursive: true})
  await cp(path.join(inputs, `${storm}.txt`), path.join(dir, `${storm}.txt`))
  await cp(path.join(inputs, `${election}.txt`), path.join(dir, `${election}.txt`))
  return dir
}

beforeAll(async () => {
  ensureBuilt()
  work = await mkdtemp(path.join(tmpdir(), 'liveblog-cli-'))
})

afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

describe('help and version', () => {
  it('--help lists the formats, the flags and examples', async () => {
    const result = await cli(['--help'])
    expect(result.code).toBe(0)
    for (const word of ['cnn', 'markdown', 'json', 'rss', '--from', '--to', '--use', 'Examples:']) {
      expect(result.stdout).toContain(word)
    }
  })

  it('--version prints the package version', async () => {
    const manifest = JSON.parse(
      await readFile(path.join(root, 'packages/cli/package.json'), 'utf8')
    )
    const result = await cli(['--version'])
    expect(result).toMatchObject({code: 0, stdout: `${manifest.version}\n`})
  })
})

describe('input and output', () => {
  it('reads standard input and writes the tree to standard output', async () => {
    const text = await readFile(path.join(inputs, `${storm}.txt`), 'utf8')
    const result = await cli(['--from', 'cnn', '--to', 'json'], {input: text})
    expect(result.code).toBe(0)
    const tree = JSON.parse(result.stdout) as Tree
    // The CLI wires the reader: its tree is the reader's own.
    expect(posts(tree).map((post) => post.headline)).toEqual(
      posts(fromCnnText(text) as unknown as Tree).map((post) => post.headline)
    )
    expect(posts(tree).length).toBeGreaterThan(5)
  })

  it('--to json is @liveblog/writer-json: the `lbast` version first, --no-positions honoured', async () => {
    const text = await readFile(path.join(inputs, `${election}.txt`), 'utf8')
    const tree = fromCnnText(text)
    const full = await cli(['--from', 'cnn', '--to', 'json'], {input: text})
    expect(full.code).toBe(0)
    // Byte for byte the writer's output: `lbast` right after `type`, one line.
    expect(full.stdout).toBe(toJson(tree))
    expect(full.stdout.startsWith(`{"type":"root","lbast":"${LBAST_VERSION}",`)).toBe(true)
    const bare = await cli(['--from', 'cnn', '--to', 'json', '--no-positions'], {input: text})
    expect(bare.code).toBe(0)
    expect(bare.stdout).toBe(toJson(tree, {positions: false}))
    expect(bare.stdout).not.toContain('"position"')
    const indented = await cli(['--from', 'cnn', '--to', 'json', '--indent', '2'], {input: text})
    expect(indented.stdout).toBe(toJson(tree, {space: 2}))
  })

  it('reads standard input for `-`', async () => {
    const text = await readFile(path.join(inputs, `${election}.txt`), 'utf8')
    const dash = await cli(['-f', 'cnn', '-t', 'json', '-'], {input: text})
    const file = await cli(['-f', 'cnn', '-t', 'json', path.join(inputs, `${election}.txt`)])
    expect(dash.code).toBe(0)
    expect(dash.stdout).toBe(file.stdout)
  })

  it('guesses --from from the extension and defaults --to to json', async () => {
    const result = await cli([path.join(inputs, `${storm}.txt`)])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).type).toBe('root')
  })

  it('guesses --to from -o and writes that file', async () => {
    const dir = await folder('guess-to')
    const result = await cli([`${storm}.txt`, '-o', 'feed.xml'], {cwd: dir})
    expect(result.code).toBe(0)
    const xml = await readFile(path.join(dir, 'feed.xml'), 'utf8')
    const tree = JSON.parse((await cli([`${storm}.txt`], {cwd: dir})).stdout) as Tree
    expect(rssItems(xml)).toHaveLength(posts(tree).length)
  })

  it('writes many inputs into a folder, each named after its input', async () => {
    const dir = await folder('many')
    const result = await cli([`${storm}.txt`, `${election}.txt`, '--to', 'rss', '-o', 'out'], {
      cwd: dir
    })
    expect(result.code).toBe(0)
    expect((await readdir(path.join(dir, 'out'))).sort()).toEqual([
      `${election}.xml`,
      `${storm}.xml`
    ])
    expect(rssItems(await readFile(path.join(dir, 'out', `${election}.xml`), 'utf8')).length).toBe(
      13
    )
  })

  it('expands globs itself (quoted, so the shell does not)', async () => {
    const dir = await folder('glob')
    const result = await cli(['*.txt', '--to', 'markdown', '-o', 'md/'], {cwd: dir})
    expect(result.code).toBe(0)
    const names = (await readdir(path.join(dir, 'md'))).sort()
    expect(names).toEqual([`${election}.md`, `${storm}.md`])
    const markdown = await readFile(path.join(dir, 'md', `${storm}.md`), 'utf8')
    const tree = JSON.parse((await cli([`${storm}.txt`], {cwd: dir})).stdout) as Tree
    for (const post of posts(tree)) expect(markdown).toContain(post.headline!.slice(0, 20))
  })

  it('reads its own JSON back (json → markdown)', async () => {
    const dir = await folder('round-trip')
    const json = await cli([`${storm}.txt`, '-o', `${storm}.json`], {cwd: dir})
    expect(json.code).toBe(0)
    const result = await cli([`${storm}.json`, '--to', 'markdown'], {cwd: dir})
    expect(result.code).toBe(0)
    const direct = await cli([`${storm}.txt`, '--to', 'markdown'], {cwd: dir})
    expect(result.stdout).toBe(direct.stdout)
  })

  it('passes writer flags on: --indent, --no-positions, --title, --url', async () => {
    const file = path.join(inputs, `${storm}.txt`)
    const compact = await cli([file, '--no-positions'])
    expect(compact.stdout).not.toContain('"position"')
    expect(compact.stdout.trimEnd().split('\n')).toHaveLength(1)
    const indented = await cli([file, '--indent', '2'])
    expect(indented.stdout.split('\n').length).toBeGreaterThan(100)
    const feed = await cli([
      file,
      '-t',
      'rss',
      '--title',
      'Storm desk',
      '--url',
      'https://example.com/storm'
    ])
    const channel = (
      new XMLParser().parse(feed.stdout) as {rss: {channel: Record<string, unknown>}}
    ).rss.channel
    expect(channel).toMatchObject({title: 'Storm desk', link: 'https://example.com/storm'})
  })
})

describe('config file', () => {
  it('finds liveblog.config.json from the input folder upwards; flags win', async () => {
    const dir = await folder('config/blogs')
    await writeFile(
      path.join(work, 'config', 'liveblog.config.json'),
      JSON.stringify({settings: {title: 'From the config', url: 'https://example.com/config'}})
    )
    const from = await cli([path.join(dir, `${storm}.txt`), '-t', 'rss'])
    expect(from.code).toBe(0)
    expect(from.stdout).toContain('<title>From the config</title>')
    const flag = await cli([path.join(dir, `${storm}.txt`), '-t', 'rss', '--title', 'From a flag'])
    expect(flag.stdout).toContain('<title>From a flag</title>')
    expect(flag.stdout).toContain('https://example.com/config')
    const none = await cli([path.join(dir, `${storm}.txt`), '-t', 'rss', '--no-config'])
    expect(none.stdout).not.toContain('From the config')
  })

  it('reads a `liveblog` field in package.json and a .mjs config with plugins', async () => {
    const dir = await folder('package-field')
    await writeFile(
      path.join(dir, 'package.json'),
      JSON.stringify({name: 'blogs', liveblog: {settings: {title: 'Package title'}}})
    )
    const result = await cli([`${storm}.txt`, '-t', 'rss'], {cwd: dir})
    expect(result.stdout).toContain('<title>Package title</title>')

    const other = await folder('mjs-config')
    await writeFile(
      path.join(other, 'liveblog.config.mjs'),
      `export default {plugins: [[${JSON.stringify(path.join(examples, 'plugins/only-author.mjs'))}, {author: 'Dana Whitlock'}]]}\n`
    )
    const filtered = JSON.parse((await cli([`${storm}.txt`], {cwd: other})).stdout) as Tree
    expect(posts(filtered).length).toBeGreaterThan(0)
    for (const post of posts(filtered)) {
      expect(post.authors!.map((person) => person.name)).toContain('Dana Whitlock')
    }
  })
})

describe('plugins', () => {
  it('--use loads a transformer with its options', async () => {
    const dir = await folder('use')
    const all = JSON.parse((await cli([`${storm}.txt`], {cwd: dir})).stdout) as Tree
    const expected = posts(all).filter((post) =>
      post.authors!.some((person) => person.name === 'Jonah Whitcombe')
    )
    const plugin = path.join(examples, 'plugins/only-author.mjs')
    const result = await cli([`${storm}.txt`, '--use', `${plugin}=author:Jonah Whitcombe`], {
      cwd: dir
    })
    expect(result.code).toBe(0)
    expect(posts(JSON.parse(result.stdout) as Tree)).toEqual(expected)
    expect(expected.length).toBeGreaterThan(0)
    const json = await cli([`${storm}.txt`, '--use', `${plugin}={"author":"Jonah Whitcombe"}`], {
      cwd: dir
    })
    expect(json.stdout).toBe(result.stdout)
  })

  it('--use resolves a relative path, and a package name with the `liveblog-` prefix', async () => {
    const dir = await folder('use-names')
    await cp(path.join(examples, 'plugins/only-author.mjs'), path.join(dir, 'only-author.mjs'))
    const relative = await cli(
      [`${storm}.txt`, '--use', './only-author.mjs=author:Dana Whitlock'],
      {
        cwd: dir
      }
    )
    expect(relative.code).toBe(0)
    const kept = posts(JSON.parse(relative.stdout) as Tree)
    expect(kept.length).toBeGreaterThan(0)
    expect(
      kept.every((post) => post.authors!.some((person) => person.name === 'Dana Whitlock'))
    ).toBe(true)

    const modulePath = path.join(dir, 'node_modules', 'liveblog-shout')
    await mkdir(modulePath, {recursive: true})
    await writeFile(
      path.join(modulePath, 'package.json'),
      JSON.stringify({name: 'liveblog-shout', type: 'module', main: 'index.js'})
    )
    await writeFile(
      path.join(modulePath, 'index.js'),
      'export default function () {\n  return (tree) => {\n    for (const node of tree.children) if (node.type === "post") node.headline = node.headline.toUpperCase()\n  }\n}\n'
    )
    const shout = await cli([`${storm}.txt`, '--use', 'shout'], {cwd: dir})
    expect(shout.code).toBe(0)
    const headlines = posts(JSON.parse(shout.stdout) as Tree).map((post) => post.headline!)
    expect(headlines.length).toBeGreaterThan(0)
    expect(headlines).toEqual(headlines.map((headline) => headline.toUpperCase()))
    const missing = await cli([`${storm}.txt`, '--use', 'no-such-plugin'], {cwd: dir})
    expect(missing.code).toBe(2)
    expect(missing.stderr.split('\n')[0]).toBe(
      'liveblog: Cannot find the plugin `no-such-plugin` (looked for `liveblog-no-such-plugin` and `no-such-plugin`)'
    )
  })

  it('--to a custom writer module, to stdout and into a folder with its extension', async () => {
    const dir = await folder('custom-writer')
    const writer = path.join(examples, 'plugins/digest.mjs')
    const result = await cli([`${storm}.txt`, '--to', writer], {cwd: dir})
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^<!doctype html>/)
    const tree = JSON.parse((await cli([`${storm}.txt`], {cwd: dir})).stdout) as Tree
    expect(result.stdout.match(/<li /g)).toHaveLength(posts(tree).length)

    const batch = await cli(['*.txt', '--to', writer, '-o', 'html'], {cwd: dir})
    expect(batch.code).toBe(0)
    expect((await readdir(path.join(dir, 'html'))).sort()).toEqual([
      `${election}.html`,
      `${storm}.html`
    ])
  })

  it('--frail fails on warnings, --quiet hides info, --silent hides warnings', async () => {
    const dir = await folder('frail')
    const plugin = path.join(examples, 'plugins/only-author.mjs')
    const args = [`${storm}.txt`, '--use', `${plugin}=author:Nobody`]
    const plain = await cli(args, {cwd: dir})
    expect(plain.code).toBe(0)
    expect(plain.stderr).toContain('no-posts-by-author')
    expect(plain.stderr).toContain('info')
    expect((await cli([...args, '--frail'], {cwd: dir})).code).toBe(1)
    const quiet = await cli([...args, '--quiet'], {cwd: dir})
    expect(quiet.stderr).toContain('no-posts-by-author')
    expect(quiet.stderr).not.toMatch(/\binfo\b/)
    const silent = await cli([...args, '--silent'], {cwd: dir})
    expect(silent.stderr).toBe('')
  })
})

describe('errors', () => {
  it('an unknown format lists the known ones (exit 2)', async () => {
    const from = await cli(['--from', 'pdf', path.join(inputs, `${storm}.txt`)])
    expect(from.code).toBe(2)
    expect(from.stderr).toContain(
      'Unknown input format `pdf` for `--from`; known: cnn, markdown, json, html'
    )
    const to = await cli(['--to', 'pdf', path.join(inputs, `${storm}.txt`)])
    expect(to.code).toBe(2)
    expect(to.stderr).toContain(
      'Unknown output format `pdf`; known: json, rss, atom, jsonfeed, markdown, html'
    )
  })

  it('an unknown flag or a bad value is a usage error (exit 2)', async () => {
    const flag = await cli(['--fromm', 'cnn'])
    expect(flag.code).toBe(2)
    expect(flag.stderr).toContain('--fromm')
    const indent = await cli(['--indent', 'lots'], {input: ''})
    expect(indent.code).toBe(2)
    const now = await cli(['--now', 'yesterday-ish'], {input: ''})
    expect(now.code).toBe(2)
    expect(now.stderr).toContain('--now')
  })

  it('a missing file names the path (exit 1)', async () => {
    const result = await cli(['no-such-blog.txt'], {cwd: work})
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('no-such-blog.txt')
    expect(result.stderr).toContain('No such file')
  })

  it('in a batch, one bad file does not stop the others; a summary names it', async () => {
    const dir = await folder('batch')
    await writeFile(path.join(dir, 'broken.json'), '{"type": "root", "children": [')
    const result = await cli(
      [`${storm}.txt`, 'broken.json', `${election}.txt`, 'missing.txt', '-t', 'rss', '-o', 'out'],
      {cwd: dir}
    )
    if (result.code !== 1)
      console.log(
        'DBG',
        dir,
        result.code,
        JSON.stringify(result.stderr),
        JSON.stringify(result.stdout.slice(0, 500))
      )
    expect(result.code).toBe(1)
    expect((await readdir(path.join(dir, 'out'))).sort()).toEqual([
      `${election}.xml`,
      `${storm}.xml`
    ])
    expect(result.stderr).toContain('2 of 4 files failed: broken.json, missing.txt')
  })

  it('a run that stops before it finished is a failure with a message, never a silent exit 0', async () => {
    const dir = await folder('unsettled')
    // A transformer that marks one file fatal and goes on: unified-engine then
    // waits for ever for that file, with nothing left to run.
    await writeFile(
      path.join(dir, 'late.mjs'),
      `export default function late() {
  return async (tree, file) => {
    if (file.stem === '${election}') file.message('Marked fatal, then still busy').fatal = true
    await new Promise((resolve) => setTimeout(resolve, file.stem === '${election}' ? 50 : 0))
  }
}
`
    )
    const result = await cli(
      [`${storm}.txt`, `${election}.txt`, '--use', './late.mjs', '-t', 'json', '-o', 'out'],
      {
        cwd: dir
      }
    )
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'liveblog: the run stopped, with nothing left to wait for, before it finished'
    )
  })

  it('a folder whose config sets `from` is read with that reader; config files are not inputs', async () => {
    const dir = await folder('config-from')
    const notes = path.join(dir, 'notes')
    await mkdir(notes)
    // Live-blog Markdown saved as `.txt`, in a folder whose config says so.
    const markdown = await cli([`${storm}.txt`, '--to', 'markdown', '-q'], {cwd: dir})
    await writeFile(path.join(notes, 'storm.txt'), markdown.stdout)
    await writeFile(
      path.join(notes, 'liveblog.config.json'),
      JSON.stringify({settings: {from: 'markdown'}})
    )
    // Outside that folder, a broken JSON file fails while the others are written.
    await writeFile(path.join(dir, 'broken.json'), '{"type": "root", "children": [')
    const result = await cli(
      [`${election}.txt`, 'broken.json', 'notes', '-t', 'json', '-o', 'out'],
      {
        cwd: dir
      }
    )
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('1 of 3 files failed: broken.json')
    expect((await readdir(path.join(dir, 'out'))).sort()).toEqual([
      `${election}.json`,
      'storm.json'
    ])
    const read = JSON.parse(await readFile(path.join(dir, 'out', 'storm.json'), 'utf8')) as Tree
    const direct = JSON.parse(
      (await cli([`${storm}.txt`, '-t', 'json', '-q'], {cwd: dir})).stdout
    ) as Tree
    expect(posts(read).map((post) => post.headline)).toEqual(
      posts(direct).map((post) => post.headline)
    )
  })

  it('an input whose format cannot be guessed fails with a hint', async () => {
    const dir = await folder('guess')
    await cp(path.join(dir, `${storm}.txt`), path.join(dir, 'page.doc'))
    const result = await cli(['page.doc'], {cwd: dir})
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Cannot guess the input format from `.doc`; pass `--from`')
    expect((await cli(['page.doc', '--from', 'cnn'], {cwd: dir})).code).toBe(0)
  })

  it('many inputs without -o, or into one file, are usage errors (exit 2)', async () => {
    const dir = await folder('many-stdout')
    const stdout = await cli(['*.txt'], {cwd: dir})
    expect(stdout.code).toBe(2)
    expect(stdout.stderr.split('\n')[0]).toBe('liveblog: Cannot write 2 results to standard output')
    await writeFile(path.join(dir, 'one.json'), '{}')
    const file = await cli(['*.txt', '-o', 'one.json'], {cwd: dir})
    expect(file.code).toBe(2)
    expect(await readFile(path.join(dir, 'one.json'), 'utf8')).toBe('{}')
  })

  it('never overwrites an input, and leaves no temporary files', async () => {
    const dir = await folder('overwrite')
    const original = await cli([`${storm}.txt`, '-o', `${storm}.json`], {cwd: dir})
    expect(original.code).toBe(0)
    const before = await readFile(path.join(dir, `${storm}.json`), 'utf8')

    const same = await cli([`${storm}.json`, '-o', `${storm}.json`], {cwd: dir})
    expect(same.code).toBe(1)
    expect(same.stderr).toContain('Refusing to overwrite the input')
    const inFolder = await cli([`${storm}.json`, '--indent', '2', '-o', '.'], {cwd: dir})
    expect(inFolder.code).toBe(1)
    expect(await readFile(path.join(dir, `${storm}.json`), 'utf8')).toBe(before)
    const text = await cli(
      [
        `${storm}.txt`,
        '--to',
        path.join(examples, 'plugins/digest.mjs=title:x'),
        '-o',
        `${storm}.txt`
      ],
      {cwd: dir}
    )
    expect(text.code).toBe(1)

    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([])
    expect(existsSync(path.join(dir, `${storm}.txt`))).toBe(true)
  })
})
