// The edges a newcomer meets first (issue 11): each case runs the built
// binary and asserts the exit code and the exact first line the user reads.
import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import {cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {bin, cli, ensureBuilt, examples, firstLine, lines} from './run-cli.js'

const storm = 'winter-storm-2024-01-16'
const page = path.join(examples, 'input', `${storm}.txt`)
let work: string

/** A fresh folder holding a copy of the storm page as `page.txt`. */
async function folder(name: string): Promise<string> {
  const dir = path.join(work, name)
  await mkdir(dir, {recursive: true})
  await cp(page, path.join(dir, 'page.txt'))
  return dir
}

beforeAll(async () => {
  ensureBuilt()
  work = await mkdtemp(path.join(tmpdir(), 'liveblog-newcomer-'))
})

afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

describe('a closed pipe', () => {
  it('`liveblog page --indent 2 | head -40` ends quietly', async () => {
    const result = await new Promise<{code: number | null; out: string; err: string}>((resolve) => {
      // The getting-started command verbatim, with the exit code of liveblog itself.
      const child = spawn(
        'bash',
        [
          '-c',
          `"${process.execPath}" "${bin}" "${page}" --indent 2 | head -40; exit \${PIPESTATUS[0]}`
        ],
        {env: {...process.env, NO_COLOR: '1'}}
      )
      let out = ''
      let err = ''
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk
      })
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        err += chunk
      })
      child.on('close', (code) => resolve({code, out, err}))
    })
    expect(result.code).toBe(0)
    expect(result.out.split('\n')).toHaveLength(41)
    expect(firstLine(result.out)).toBe('{')
    expect(result.err).not.toContain('EPIPE')
    expect(result.err).not.toContain('    at ')
  })
})

describe('a closed pipe on the report', () => {
  it('`liveblog … 2>&1 | true` still writes every file and exits as the run went', async () => {
    const dir = await folder('closed-stderr')
    const names = Array.from({length: 12}, (_, index) => `copy-${index}.txt`)
    for (const name of names) await cp(page, path.join(dir, name))
    const result = await new Promise<{code: number | null; err: string}>((resolve) => {
      // The reader of both streams is gone before the report is written.
      const child = spawn(
        'bash',
        [
          '-c',
          `"${process.execPath}" "${bin}" copy-*.txt --verbose -o out/ 2>&1 | true; exit \${PIPESTATUS[0]}`
        ],
        {cwd: dir, env: {...process.env, NO_COLOR: '1'}}
      )
      let err = ''
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        err += chunk
      })
      child.on('close', (code) => resolve({code, err}))
    })
    expect(result.err).toBe('')
    expect(result.code).toBe(0)
    expect((await readdir(path.join(dir, 'out'))).sort()).toEqual(
      names.map((name) => name.replace('.txt', '.json')).sort()
    )
  })
})

describe('standard input', () => {
  it('detects CNN text and says so at info level', async () => {
    const result = await cli([], {input: await readFile(page, 'utf8')})
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).type).toBe('root')
    expect(firstLine(result.stderr)).toBe('<stdin>')
    expect(lines(result.stderr)[1]).toBe(
      'info Reading as `cnn`: no `--from` and no extension, and it is neither JSON nor live-blog Markdown guessed-format @liveblog/cli'
    )
  })

  it('detects Markdown (front matter or `##` posts) and an lbast JSON object', async () => {
    const markdown = '---\ntitle: Harbour fog\n---\n\n## Ferries wait\n\nThe first boat is held.\n'
    const md = await cli([], {input: markdown})
    expect(md.code).toBe(0)
    expect(lines(md.stderr)[1]).toBe(
      'info Reading as `markdown`: no `--from` and no extension, and it starts with front matter guessed-format @liveblog/cli'
    )
    const headings = await cli(['-q', '--to', 'markdown'], {input: '## Ferries wait\n\nHeld.\n'})
    expect(headings.code).toBe(0)
    expect(headings.stdout).toContain('## Ferries wait')
    const tree = JSON.stringify({type: 'root', children: []})
    const json = await cli([], {input: tree})
    expect(json.code).toBe(0)
    expect(lines(json.stderr)[1]).toBe(
      'info Reading as `json`: no `--from` and no extension, and it starts with `{` guessed-format @liveblog/cli'
    )
  })

  it('--from overrides the guess; --file-path names standard input', async () => {
    const markdown = '## Ferries wait\n\nThe first boat is held.\n'
    const forced = await cli(['--from', 'cnn', '-q'], {input: markdown})
    expect(forced.code).toBe(0)
    expect(forced.stderr).not.toContain('guessed-format')
    const named = await cli(['--file-path', 'harbour.md'], {input: markdown})
    expect(named.code).toBe(0)
    expect(named.stderr).not.toContain('guessed-format')
    expect(JSON.parse(named.stdout).children[0].headline).toBe('Ferries wait')
    const both = await cli(['--file-path', 'x.md', page])
    expect(both.code).toBe(2)
    expect(firstLine(both.stderr)).toBe(
      'liveblog: `--file-path` names standard input, but files were given'
    )
  })

  it('--file-path finds the config file from its folder', async () => {
    const dir = await folder('file-path-config')
    await mkdir(path.join(dir, 'desk'))
    await writeFile(
      path.join(dir, 'desk', 'liveblog.config.json'),
      JSON.stringify({settings: {title: 'Desk title'}})
    )
    const result = await cli(['--file-path', 'desk/page.txt', '--to', 'rss', '-q'], {
      cwd: dir,
      input: await readFile(page, 'utf8')
    })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('<title>Desk title</title>')
  })
})

describe('-o', () => {
  it('`-o -` is standard output, not a folder named `-`', async () => {
    const dir = await folder('dash')
    const result = await cli(['page.txt', '-o', '-', '-q'], {cwd: dir})
    expect(result.code).toBe(0)
    expect(result.stdout.startsWith('{"type":"root","lbast":"1.0.0","children":[')).toBe(true)
    expect(existsSync(path.join(dir, '-'))).toBe(false)
  })

  it('many inputs into a path with an extension is exit 2, before anything is written', async () => {
    const dir = await folder('one-file')
    await cp(page, path.join(dir, 'other.txt'))
    const result = await cli(['*.txt', '-o', 'one.xml'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(firstLine(result.stderr)).toBe('liveblog: Cannot write 2 results to one file `one.xml`')
    expect(result.stderr.split('\n')[1]).toBe('Pass a folder: `-o one/`.')
    expect(await readdir(dir)).toEqual(['other.txt', 'page.txt'])
  })

  it('`-o DIR/` and an existing folder are folders; a path with an extension is a file', async () => {
    const dir = await folder('folders')
    const slash = await cli(['page.txt', '-o', 'site.v2/', '-q', '-t', 'rss'], {cwd: dir})
    expect(slash.code).toBe(0)
    expect(await readdir(path.join(dir, 'site.v2'))).toEqual(['page.xml'])
    await mkdir(path.join(dir, 'feeds.d'))
    const existing = await cli(['page.txt', '-o', 'feeds.d', '-q', '-t', 'rss'], {cwd: dir})
    expect(existing.code).toBe(0)
    expect(await readdir(path.join(dir, 'feeds.d'))).toEqual(['page.xml'])
    const file = await cli(['page.txt', '-o', 'feed.rss', '-q'], {cwd: dir})
    expect(file.code).toBe(0)
    expect((await stat(path.join(dir, 'feed.rss'))).isFile()).toBe(true)
  })
})

describe('no input is never a silent success', () => {
  it('a glob that matches nothing', async () => {
    const dir = await folder('no-match')
    const result = await cli(['blogs/*.txt'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(firstLine(result.stderr)).toBe('liveblog: No input: `blogs/*.txt` matched no files')
  })

  it('an empty folder, and a folder with no readable files', async () => {
    const dir = await folder('empty-folders')
    await mkdir(path.join(dir, 'empty'))
    await mkdir(path.join(dir, 'junk'))
    await writeFile(path.join(dir, 'junk', 'photo.jpg'), 'not a live blog')
    for (const name of ['empty', 'junk']) {
      const result = await cli([name], {cwd: dir})
      expect(result.code).toBe(2)
      expect(firstLine(result.stderr)).toBe(
        `liveblog: No input: \`${name}\` holds no .txt, .md, .markdown, .json, .html, .htm files`
      )
    }
  })
})

describe('empty input is never a silent success', () => {
  it('empty standard input, and a file of white space, warn in every text format', async () => {
    const dir = await folder('empty-input')
    await writeFile(path.join(dir, 'blank.txt'), ' \n\t\n')
    await writeFile(path.join(dir, 'blank.md'), '\n\n')
    const piped = await cli(['--from', 'cnn', '--fail-if-warnings'], {input: ''})
    expect(piped.code).toBe(1)
    expect(lines(piped.stderr)).toContain(
      '1:1 warning The input is empty: there is no live blog to read empty-input @liveblog/reader-cnn'
    )
    for (const name of ['blank.txt', 'blank.md']) {
      const result = await cli([name], {cwd: dir})
      expect(result.code).toBe(0)
      expect(result.stderr).toMatch(
        /1:1 +warning +The input holds only white space: there is no live blog to read +empty-input/
      )
    }
  })

  it('text with no post in it says so', async () => {
    const result = await cli(['--from', 'cnn'], {input: 'Link Copied!\n\nAd Feedback\n'})
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/warning +Found no posts: .* +no-posts +@liveblog\/reader-cnn/)
  })
})

describe('usage mistakes are one line and a fix, never a stack trace', () => {
  it('--use with a package that is not installed', async () => {
    const dir = await folder('use-missing')
    const result = await cli(['page.txt', '--use', 'some-package'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      'liveblog: Cannot find the plugin `some-package` (looked for `liveblog-some-package` and `some-package`)',
      'Install it (`npm install liveblog-some-package` or `npm install some-package`), or give a path such as `./some-package.js`.'
    ])
  })

  it('-c with a missing file', async () => {
    const dir = await folder('config-missing')
    const result = await cli(['page.txt', '-c', 'missing.json'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      'liveblog: Cannot read the config file `missing.json`: no such file',
      'Check the path given to `-c`/`--config`, or leave it out to look config files up.'
    ])
  })

  it('a config file with a JSON syntax error: file, line and column', async () => {
    const dir = await folder('config-syntax')
    await writeFile(
      path.join(dir, 'liveblog.config.json'),
      '{\n  "settings": {\n    "title": "Storm desk",\n  }\n}\n'
    )
    const result = await cli(['page.txt'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      'liveblog: liveblog.config.json:4:3: Cannot parse the config file: Expected double-quoted property name',
      'Fix the syntax there, or pass `--no-config` to skip config files.'
    ])
    expect(existsSync(path.join(dir, 'page.json'))).toBe(false)
  })

  it('--use with a path that does not exist, beside a package.json config', async () => {
    // The engine merges `--use` plugins into the config it finds, so its
    // error names `package.json`; the user must read about the plugin.
    const dir = await folder('use-missing-path')
    await writeFile(
      path.join(dir, 'package.json'),
      `${JSON.stringify({name: 'desk', liveblog: {settings: {title: 'Desk'}}}, null, 2)}\n`
    )
    for (const extra of [[], ['--no-config']]) {
      const result = await cli(['page.txt', '--use', './missing.mjs', ...extra], {cwd: dir})
      expect(result.code).toBe(2)
      expect(result.stderr.trimEnd().split('\n')).toEqual([
        'liveblog: Cannot find the plugin `./missing.mjs`: no such file',
        'Check the path: it is resolved from the working folder (`--use`) or the config file.'
      ])
    }
  })

  it('--use with a plugin whose own import is missing', async () => {
    const dir = await folder('use-missing-dependency')
    await writeFile(
      path.join(dir, 'tag.mjs'),
      "import slug from 'no-such-package-for-liveblog'\nexport default function tag() {}\n"
    )
    const result = await cli(['page.txt', '--use', './tag.mjs'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      'liveblog: Cannot load a plugin: `./tag.mjs` imports `no-such-package-for-liveblog`, which cannot be found',
      'Install what the plugin needs (`npm install`), or check its import paths.'
    ])
  })

  it('--use with a plugin that throws while being set up (bad options) is a usage error', async () => {
    const dir = await folder('use-attacher-throws')
    await writeFile(
      path.join(dir, 'stamp.mjs'),
      [
        'export default function stamp(options) {',
        "  if (typeof options?.label !== 'string') throw new Error('Expected a `label` option')",
        '  return (tree) => { tree.data = {label: options.label} }',
        '}',
        ''
      ].join('\n')
    )
    const result = await cli(['page.txt', '--use', './stamp.mjs=colour:red'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      'liveblog: A plugin failed while being set up (./stamp.mjs:2:49): Expected a `label` option',
      'Check the options given to it (`--use NAME=OPTIONS`, or `plugins` in the config file).'
    ])
    expect(existsSync(path.join(dir, 'page.json'))).toBe(false)
    // With the right options the same plugin runs.
    const good = await cli(['page.txt', '--use', './stamp.mjs=label:desk', '-q'], {cwd: dir})
    expect(good.code).toBe(0)
  })

  it('a plugin that throws on one file is that file failing, not a usage error', async () => {
    const dir = await folder('use-transformer-throws')
    await cp(page, path.join(dir, 'other.txt'))
    await writeFile(
      path.join(dir, 'picky.mjs'),
      "export default function picky() {\n  return (tree, file) => { if (file.stem === 'other') throw new Error('Cannot stamp other') }\n}\n"
    )
    const result = await cli(
      ['page.txt', 'other.txt', '--use', './picky.mjs', '-o', 'out/', '-q'],
      {
        cwd: dir
      }
    )
    expect(result.code).toBe(1)
    expect(lines(result.stderr)).toContain('error Cannot process file: Cannot stamp other')
    expect(existsSync(path.join(dir, 'out', 'page.json'))).toBe(true)
    expect(existsSync(path.join(dir, 'out', 'other.json'))).toBe(false)
  })

  it('a YAML config with a syntax error', async () => {
    const dir = await folder('config-yaml')
    await writeFile(path.join(dir, 'liveblog.config.yaml'), 'settings:\n  title: [Storm\n')
    const result = await cli(['page.txt'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(firstLine(result.stderr)).toMatch(
      /^liveblog: liveblog\.config\.yaml:3:1: Cannot parse the config file: /
    )
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(2)
  })
})

describe('bad values are refused with what is allowed', () => {
  const cases: Array<[string[], string]> = [
    [
      ['--sort', 'newest'],
      'liveblog: Invalid value `newest` for `--sort`: expected `source` or `time`'
    ],
    [
      ['--time-zone', 'Mars/Base'],
      'liveblog: Invalid value `Mars/Base` for `--time-zone`: expected an IANA time zone, like America/New_York or Europe/Prague'
    ],
    [
      ['--url', 'notaurl'],
      'liveblog: Invalid value `notaurl` for `--url`: expected an absolute http(s) URL, like https://example.com/live'
    ],
    [
      ['--language', 'not a tag!!'],
      'liveblog: Invalid value `not a tag!!` for `--language`: expected a BCP 47 language tag, like en or en-GB'
    ],
    [
      ['--now', 'yesterday-ish'],
      'liveblog: Invalid value `yesterday-ish` for `--now`: expected an ISO 8601 date-time with an offset, like 2024-01-16T18:00:00Z or 2024-01-16T13:00:00-05:00'
    ],
    [
      ['--indent', 'lots'],
      'liveblog: Invalid value `lots` for `--indent`: expected a whole number from 0 to 10, or `tab`'
    ],
    [
      ['-s', 'titel=Storm'],
      'liveblog: Unknown setting `titel` in `--setting`; did you mean `title`?'
    ],
    [['--titel', 'Storm'], 'liveblog: Unknown flag `--titel`; did you mean `--title`?'],
    [
      ['--report', 'xml'],
      'liveblog: Invalid value `xml` for `--report`: expected `text` or `json`'
    ],
    [['-to', 'rss'], 'liveblog: `-to` is read as `-t o`; did you mean `--to`?'],
    [['--jobs'], 'liveblog: `--jobs` needs a value'],
    [
      ['--indent', '-1'],
      'liveblog: `--indent` needs a value; to give one that starts with `-`, write `--indent=-1` (with `=`)'
    ],
    [
      ['-s', 'to=rss'],
      'liveblog: `to` cannot be set with `-s`: the output format must be known before any file is read'
    ],
    [
      ['-s', 'version=1'],
      'liveblog: Invalid value `1` for `-s version`: expected `true` or `false`'
    ],
    [
      ['-s', 'descriptionLength=-5'],
      'liveblog: Invalid value `-5` for `-s descriptionLength`: expected a whole number, 0 or more'
    ],
    [
      ['-s', 'writer-rs={}'],
      'liveblog: Unknown setting `writer-rs` in `--setting`; did you mean `writer-rss`?'
    ],
    [
      ['--post-url', 'https://example.com/live'],
      'liveblog: Invalid value `https://example.com/live` for `--post-url`: expected an absolute http(s) URL template with `{id}`, like https://example.com/live#{id}'
    ],
    [
      ['-i', 'no-such.ignore'],
      'liveblog: Cannot read the ignore file `no-such.ignore`: no such file'
    ],
    [
      ['--use', './plugin.mjs={"label":'],
      'liveblog: Invalid JSON options in `--use ./plugin.mjs={"label":`: Unexpected end of JSON input'
    ],
    [
      ['--to', './no-such-writer.mjs'],
      'liveblog: Cannot load the writer `./no-such-writer.mjs`: no such file'
    ],
    [
      ['--to', './examples/plugins/only-author.mjs'],
      'liveblog: `./examples/plugins/only-author.mjs` is not a writer: its plugin sets no compiler'
    ]
  ]
  for (const [flags, expected] of cases) {
    it(flags.join(' '), async () => {
      const result = await cli([page, ...flags])
      expect(result.code).toBe(2)
      expect(firstLine(result.stderr)).toBe(expected)
      expect(result.stdout).toBe('')
    })
  }

  it('unknown and misspelt config keys, with a "did you mean"', async () => {
    const dir = await folder('config-keys')
    const config = path.join(dir, 'liveblog.config.json')
    const expected: Array<[unknown, string]> = [
      [
        {settings: {titel: 'Storm desk'}},
        'liveblog: Unknown setting `titel` in `liveblog.config.json`; did you mean `title`?'
      ],
      [
        {settings: {'writer-rs': {descriptionLength: 10}}},
        'liveblog: Unknown setting `writer-rs` in `liveblog.config.json`; did you mean `writer-rss`?'
      ],
      [
        {setting: {title: 'Storm desk'}},
        'liveblog: Unknown key `setting` in `liveblog.config.json`; did you mean `settings`?'
      ],
      [
        {settings: {sort: 'newest'}},
        'liveblog: Invalid value `newest` for `sort` in `liveblog.config.json`: expected `source` or `time`'
      ],
      [
        {settings: {'writer-rss': {descriptionLength: -3}}},
        'liveblog: Invalid value `-3` for `writer-rss.descriptionLength` in `liveblog.config.json`: expected a whole number, 0 or more'
      ],
      [
        {settings: {'writer-rss': {titel: 'Storm desk'}}},
        'liveblog: Unknown option `writer-rss.titel` in `liveblog.config.json`; did you mean `title`?'
      ],
      [
        {settings: {'writer-html': {coverageEndTme: true}}},
        'liveblog: Unknown option `writer-html.coverageEndTme` in `liveblog.config.json`; did you mean `coverageEndTime`?'
      ],
      [
        {settings: {'writer-html': {publisher: 42}}},
        "liveblog: Invalid value `42` for `writer-html.publisher` in `liveblog.config.json`: expected the publisher's name"
      ],
      [
        {settings: {'writer-html': {coverageEndTime: '2025-11-12'}}},
        "liveblog: Invalid value `2025-11-12` for `writer-html.coverageEndTime` in `liveblog.config.json`: expected `true` (the newest post's time) or an ISO 8601 date-time with an offset, like 2024-01-16T18:00:00Z"
      ]
    ]
    for (const [value, line] of expected) {
      await writeFile(config, JSON.stringify(value))
      const result = await cli(['page.txt', '-t', 'rss'], {cwd: dir})
      expect(result.code).toBe(2)
      expect(firstLine(result.stderr)).toBe(line)
    }
  })
})

describe('more that a newcomer meets', () => {
  it('a JS config that throws while loading is not called a syntax error', async () => {
    const dir = await folder('config-throws')
    await writeFile(
      path.join(dir, 'liveblog.config.mjs'),
      "throw new Error('No desk configured')\n"
    )
    const result = await cli(['page.txt'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      'liveblog: The config file `liveblog.config.mjs` failed while loading (./liveblog.config.mjs:1:7): No desk configured',
      'Fix the config module, or pass `--no-config` to skip config files.'
    ])
  })

  it('`-o` a file with no extension says so', async () => {
    const dir = await folder('no-extension')
    await writeFile(path.join(dir, 'digest'), '')
    const result = await cli(['page.txt', '-o', 'digest'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(firstLine(result.stderr)).toBe(
      'liveblog: Cannot guess the output format: `-o digest` has no extension'
    )
  })

  it('`--frail -S` shows the warnings that fail the run (and no info)', async () => {
    const result = await cli([page, '--to', 'rss', '--frail', '-S'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/warning +No url in options or meta/)
    expect(result.stderr).not.toMatch(/\binfo\b/)
  })

  it('`--report json` keeps why a file failed', async () => {
    const dir = await folder('json-cause')
    await writeFile(
      path.join(dir, 'picky.mjs'),
      "export default function picky() {\n  return () => { throw new Error('Cannot stamp this page') }\n}\n"
    )
    const result = await cli(['page.txt', '--use', './picky.mjs', '--report', 'json'], {cwd: dir})
    expect(result.code).toBe(1)
    const [file] = JSON.parse(result.stderr) as Array<{
      messages: Array<{reason: string; fatal?: boolean}>
    }>
    expect(
      file!.messages.filter((message) => message.fatal).map((message) => message.reason)
    ).toEqual(['Cannot process file: Cannot stamp this page'])
  })
})

describe('guessing the output format', () => {
  it('an extension no writer claims is an error', async () => {
    const dir = await folder('pdf')
    const result = await cli(['page.txt', '-o', 'out.pdf'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      'liveblog: Cannot guess the output format from `.pdf` (`-o out.pdf`)',
      'Pass `--to` (json, rss, atom, jsonfeed, markdown, html), or a writer module: `--to ./writer.js`.'
    ])
    expect(existsSync(path.join(dir, 'out.pdf'))).toBe(false)
  })
})

describe('writing a page', () => {
  it('`-o out.html` writes an HTML page with one article per post and its JSON-LD', async () => {
    const dir = await folder('html')
    const result = await cli(['page.txt', '-o', 'out.html', '--url', 'https://news.example/live'], {
      cwd: dir
    })
    expect(result.code).toBe(0)
    const html = await readFile(path.join(dir, 'out.html'), 'utf8')
    const json = await cli(['page.txt', '--to', 'json'], {cwd: dir})
    const tree = JSON.parse(json.stdout) as {children: Array<{type: string; id?: string}>}
    const ids = tree.children.filter((child) => child.type === 'post').map((child) => child.id)
    expect(ids.length).toBeGreaterThan(0)
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html.match(/<article id="[^"]*"/g)).toEqual(ids.map((id) => `<article id="${id}"`))
    expect(html).toContain('"@type":"LiveBlogPosting"')
    expect(html).toContain('<link rel="canonical" href="https://news.example/live">')
  })

  it('the `writer-html` settings key gives a fragment without stylesheet', async () => {
    const dir = await folder('html-fragment')
    await writeFile(
      path.join(dir, 'liveblog.config.json'),
      JSON.stringify({settings: {'writer-html': {fragment: true, css: false}}})
    )
    const result = await cli(['page.txt', '--to', 'html', '-q'], {cwd: dir})
    expect(result.code).toBe(0)
    expect(result.stdout.startsWith('<div class="liveblog"><header')).toBe(true)
    expect(result.stdout).not.toMatch(/<html|<style|<link/)
  })
})

describe('the default report is quiet on a clean page', () => {
  it('one line for all the dropped chrome; every line with --verbose', async () => {
    const text =
      'Harbour fog live\n\nFerries wait\n\nThe first boat is held.\n\nLink Copied!\n\nPilots return\n\nThe fog lifts.\n\nLink Copied!\n\nLink Copied!\n'
    const dir = await folder('noise')
    await writeFile(path.join(dir, 'fog.txt'), text)
    const plain = await cli(['fog.txt'], {cwd: dir})
    expect(plain.code).toBe(0)
    const chrome = lines(plain.stderr).filter((line) => line.includes(' chrome '))
    expect(chrome).toEqual([
      '7:1-7:13 info Dropped page chrome `Link Copied!` (post separator) (and 2 more like it; `--verbose` lists each) chrome @liveblog/reader-cnn'
    ])
    const verbose = await cli(['fog.txt', '--verbose'], {cwd: dir})
    expect(lines(verbose.stderr).filter((line) => line.includes(' chrome '))).toHaveLength(3)
    const quiet = await cli(['fog.txt', '-q'], {cwd: dir})
    expect(quiet.stderr).not.toContain('chrome')
  })
})

describe('habits from pandoc and remark-cli', () => {
  it('--list-input-formats and --list-output-formats', async () => {
    const input = await cli(['--list-input-formats'])
    expect(input.code).toBe(0)
    expect(input.stdout).toBe('cnn\nmarkdown\njson\nhtml\n')
    const output = await cli(['--list-output-formats'])
    expect(output.code).toBe(0)
    expect(firstLine(output.stdout)).toBe('json')
    expect(output.stdout.split('\n')).toEqual(expect.arrayContaining(['json', 'rss', 'markdown']))
  })

  it('-f and -t are --from and --to', async () => {
    const result = await cli(['-f', 'cnn', '-t', 'markdown', '-q'], {
      input: await readFile(page, 'utf8')
    })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('\n## Brannock moves east after burying the Kessel Valley')
  })

  it('--report json keeps every message, machine-readable', async () => {
    const result = await cli([page, '--report', 'json'])
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stderr) as Array<{
      path: string
      messages: Array<{ruleId: string; line: number}>
    }>
    expect(report).toHaveLength(1)
    expect(report[0]!.messages.filter((message) => message.ruleId === 'chrome')).toHaveLength(12)
  })

  it('--fail-if-warnings is --frail', async () => {
    const dir = await folder('frail')
    await writeFile(path.join(dir, 'loose.txt'), 'Storm desk\n')
    const plain = await cli(['loose.txt'], {cwd: dir})
    expect(plain.code).toBe(0)
    const frail = await cli(['loose.txt', '--fail-if-warnings'], {cwd: dir})
    expect(frail.code).toBe(1)
    expect(firstLine(frail.stderr)).toBe('loose.txt')
  })

  it('--watch converts again on change and stops on Ctrl-C', async () => {
    const dir = await folder('watch')
    const child = spawn(process.execPath, [bin, 'page.txt', '-o', 'page.json', '-S', '--watch'], {
      cwd: dir,
      env: {...process.env, NO_COLOR: '1'}
    })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve))
    const output = path.join(dir, 'page.json')
    try {
      await until(() => stderr.includes('watching'))
      expect(firstLine(stderr)).toBe('liveblog: watching 1 file for changes (Ctrl-C to stop)')
      const before = await readFile(output, 'utf8')
      const text = await readFile(path.join(dir, 'page.txt'), 'utf8')
      await writeFile(
        path.join(dir, 'page.txt'),
        text.replace(
          'Link Copied!',
          'Link Copied!\n\nA new post by the watcher\n\nWritten while watching.\n'
        )
      )
      await until(async () => (await readFile(output, 'utf8')) !== before)
      expect(await readFile(output, 'utf8')).toContain('A new post by the watcher')
    } finally {
      child.kill('SIGINT')
    }
    expect(await closed).toBe(0)
  })
})

async function until(check: () => boolean | Promise<boolean>, timeout = 30_000): Promise<void> {
  const start = Date.now()
  while (!(await check())) {
    if (Date.now() - start > timeout) throw new Error('Timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
