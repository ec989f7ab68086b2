// The packages as a user gets them: `npm pack` every workspace package,
// install the tarballs into a fresh project outside the repository with only
// what the README tells a user to install, then run the README's API snippet
// and type-check it under `strict` and `exactOptionalPropertyTypes`.
import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../../', import.meta.url))
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc')

interface Packed {
  name: string
  filename: string
  files: Array<{path: string}>
}

let work: string
let app: string
let packed: Packed[]
let readme: string

/** The first fenced block of `lang` after the heading `heading` in `markdown`. */
function snippet(markdown: string, heading: string, lang: string): string {
  const section = `\n${markdown}`.slice(`\n${markdown}`.indexOf(`\n${heading}\n`))
  const match = new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``).exec(section)
  if (!match) throw new Error(`No \`${lang}\` block under ${heading}`)
  return match[1]!
}

/** What the README tells a user to install besides the tarballs. */
function installs(markdown: string): {dependencies: string[]; dev: string[]} {
  const api = markdown.slice(markdown.indexOf('\n## API\n'))
  const runtime = /`npm install \/tmp\/liveblog\/\*\.tgz ([^`]+)`/.exec(api)
  const dev = /`npm install -D ([^`]+)`/.exec(api)
  return {dependencies: runtime![1]!.split(' '), dev: dev![1]!.split(' ')}
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'liveblog-pack-'))
  readme = await readFile(path.join(root, 'README.md'), 'utf8')
  const tarballs = path.join(work, 'tarballs')
  await mkdir(tarballs)
  const {stdout} = await run(
    'npm',
    // As the READMEs say: every workspace under packages/ (not the examples).
    ['pack', '-w', 'packages', '--json', '--pack-destination', tarballs],
    {cwd: root, maxBuffer: 64 * 1024 * 1024}
  )
  packed = JSON.parse(stdout) as Packed[]

  app = path.join(work, 'app')
  await mkdir(app)
  await writeFile(
    path.join(app, 'package.json'),
    JSON.stringify({name: 'outside', private: true, type: 'module'})
  )
  const wanted = installs(readme)
  const common = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel', 'error']
  await run(
    'npm',
    [
      'install',
      ...common,
      ...packed.map((pack) => path.join(tarballs, pack.filename)),
      ...wanted.dependencies
    ],
    {cwd: app}
  )
  await run(
    'npm',
    ['install', ...common, '-D', ...wanted.dev.filter((name) => name !== 'typescript')],
    {
      cwd: app
    }
  )
}, 600_000)

afterAll(async () => {
  if (work) await rm(work, {recursive: true, force: true})
})

describe('every tarball', () => {
  it('packs every workspace package', async () => {
    const names = []
    for (const dir of await readdir(path.join(root, 'packages'))) {
      const manifest = path.join(root, 'packages', dir, 'package.json')
      if (existsSync(manifest))
        names.push((JSON.parse(await readFile(manifest, 'utf8')) as {name: string}).name)
    }
    expect(names.length).toBeGreaterThanOrEqual(9)
    expect(packed.map((pack) => pack.name).sort()).toEqual(names.sort())
  })

  it('ships LICENSE, README, code and types, and every file its exports name', async () => {
    for (const pack of packed) {
      const files = new Set(pack.files.map((file) => file.path))
      for (const file of [
        'LICENSE',
        'README.md',
        'package.json',
        'dist/index.js',
        'dist/index.d.ts'
      ]) {
        expect(files, `${pack.name}: ${file}`).toContain(file)
      }
      const manifest = JSON.parse(
        await readFile(path.join(app, 'node_modules', pack.name, 'package.json'), 'utf8')
      ) as {exports: Record<string, unknown>}
      for (const target of targets(manifest.exports)) {
        expect(files, `${pack.name}: exports ${target}`).toContain(target.replace(/^\.\//, ''))
      }
    }
  })

  it('has the metadata a registry page needs', async () => {
    for (const pack of packed) {
      const manifest = JSON.parse(
        await readFile(path.join(app, 'node_modules', pack.name, 'package.json'), 'utf8')
      ) as Record<string, unknown>
      expect(manifest.license, pack.name).toBe('MIT')
      expect(manifest.repository, pack.name).toMatchObject({type: 'git'})
      expect(typeof manifest.homepage, pack.name).toBe('string')
      expect(typeof manifest.bugs, pack.name).toBe('string')
      expect((manifest.keywords as string[]).length, pack.name).toBeGreaterThan(2)
      expect(manifest.publishConfig, pack.name).toEqual({access: 'public'})
      expect((manifest.scripts as Record<string, string>).prepack, pack.name).toBeTruthy()
      expect(Object.keys(manifest.dependencies ?? {}), pack.name).not.toContain('minimist')
    }
  })

  it('README links are absolute URLs (relative ones break on the registry)', async () => {
    for (const pack of packed) {
      const text = await readFile(path.join(app, 'node_modules', pack.name, 'README.md'), 'utf8')
      const relative = [...text.matchAll(/\]\((?!https?:|mailto:|#)([^)]+)\)/g)].map(
        (match) => match[1]
      )
      expect(relative, pack.name).toEqual([])
    }
  })
})

describe('the README, followed in an outside project', () => {
  it('runs the API snippet: it prints the feed, and the report on standard error', async () => {
    await writeFile(path.join(app, 'snippet.js'), snippet(readme, '## API', 'js'))
    const {stdout, stderr} = await run(process.execPath, ['snippet.js'], {cwd: app})
    expect(stdout).toContain('<title>Ferries held in port as fog thickens</title>')
    expect(stdout).toContain('<dc:creator>Ada Reyes</dc:creator>')
    expect(stderr).toContain('Dropped page chrome `Live Updates`')
  })

  it('type-checks the API snippet under strict and exactOptionalPropertyTypes', async () => {
    await writeFile(path.join(app, 'snippet.ts'), snippet(readme, '## API', 'js'))
    await writeFile(
      path.join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          skipLibCheck: false,
          noEmit: true,
          types: ['node']
        },
        files: ['snippet.ts']
      })
    )
    const result = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], {cwd: app}).catch(
      (error: {stdout: string; code: number}) => error
    )
    expect('stdout' in result ? result.stdout : '').toBe('')
  })

  it('the installed `liveblog` turns the first screen’s six lines into its feed item', async () => {
    await writeFile(path.join(app, 'fog.txt'), snippet(readme, '# liveblog', 'text'))
    const {stderr} = await run(
      'npx',
      [
        '--no-install',
        'liveblog',
        'fog.txt',
        '-o',
        'fog.xml',
        '--url',
        'https://example.com/live/fog'
      ],
      {cwd: app}
    )
    expect(stderr).not.toContain('error')
    const feed = await readFile(path.join(app, 'fog.xml'), 'utf8')
    const item = snippet(readme, '# liveblog', 'xml')
    const indented = item
      .trimEnd()
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n')
    expect(feed).toContain(indented)
  })

  it('the CLI’s types need nothing undeclared (no @types/node in its .d.ts)', async () => {
    const types = await readFile(
      path.join(app, 'node_modules', '@liveblog/cli', 'dist', 'index.d.ts'),
      'utf8'
    )
    expect(types).not.toMatch(/NodeJS\.|from 'node:|from "node:/)
  })
})

/** Every file path an `exports` map points at. */
function targets(exports: unknown): string[] {
  if (typeof exports === 'string') return [exports]
  if (exports && typeof exports === 'object') return Object.values(exports).flatMap(targets)
  return []
}
