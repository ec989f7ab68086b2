// Bidirectional controls (issue 14: "warn, and keep them out of ids and file
// names") and numeric ranges the validator must refuse ("list start values
// like 1e21 or -5", years the feeds cannot write).
import {mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {findBidiControl, type Root, validate} from '@liveblog/core'
import {fromCnnText} from '@liveblog/reader-cnn'
import {fromJson} from '@liveblog/reader-json'
import {fromMarkdown} from '@liveblog/reader-markdown'
import {toJson} from '@liveblog/writer-json'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {cli, ensureBuilt} from '../../packages/cli/test/run-cli.js'

const RLO = '\u202e'
const ISOLATE = '\u2067'

const CNN_PAGE = [
  'Live Updates',
  'Harbor storm: ferries held in port',
  'By Ines Moreau, CNN',
  'Updated 6:53 a.m. ET, April 3, 2024',
  '6:40 a.m. ET, April 3, 2024',
  `Ferry service ${RLO}detats${ISOLATE} until dawn`,
  "From CNN's Ines Moreau",
  'The ferry stayed in port as the tide rose over the harbor wall.',
  ''
].join('\n')

const MARKDOWN = [
  '---',
  'title: Harbor storm',
  '---',
  '',
  `## Ferry service ${RLO}detats until dawn`,
  '',
  'The ferry stayed in port as the tide rose.',
  ''
].join('\n')

function posts(tree: Root) {
  return tree.children.filter((node) => node.type === 'post')
}

describe('bidirectional controls in titles', () => {
  const readers = [
    ['reader-cnn', () => fromCnnText, CNN_PAGE],
    ['reader-markdown', () => fromMarkdown, MARKDOWN],
    ['reader-json', () => fromJson, toJson(fromCnnText(CNN_PAGE), {space: 2})]
  ] as const

  for (const [name, reader, text] of readers) {
    it(`${name} warns where they are, keeps the text, and derives ids without them`, () => {
      const file = new VFile(text)
      const tree = reader()(file)
      const [post] = posts(tree)
      expect(post?.headline).toContain(RLO)
      const warnings = file.messages.filter((message) => message.ruleId === 'bidi-control')
      expect(warnings.length).toBeGreaterThanOrEqual(1)
      expect(warnings[0]!.fatal).toBe(false)
      expect(warnings[0]!.reason).toMatch(/U\+202E in `headline`/)
      expect(warnings[0]!.line).toBeGreaterThan(1)
      expect(findBidiControl(post!.id)).toBe(-1)
    })
  }

  it('the CLI keeps them out of the file names it derives', async () => {
    ensureBuilt()
    const folder = mkdtempSync(path.join(tmpdir(), 'liveblog-bidi-'))
    try {
      const input = path.join(folder, `harbor${RLO}txt.md`)
      writeFileSync(input, MARKDOWN)
      const out = path.join(folder, 'out')
      const result = await cli([input, '--to', 'json', '-o', `${out}/`])
      expect(result.code, result.stderr).toBe(0)
      expect(readdirSync(out)).toEqual(['harbortxt.json'])
      expect(result.stderr).toContain('bidi-control')
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })
})

describe('numeric ranges', () => {
  const base = fromCnnText(CNN_PAGE)

  function withList(start: number): unknown {
    const tree = JSON.parse(toJson(base))
    tree.children
      .find((node: {type: string}) => node.type === 'post')
      .children.push({
        type: 'list',
        ordered: true,
        start,
        children: [
          {
            type: 'listItem',
            children: [{type: 'paragraph', children: [{type: 'text', value: 'x'}]}]
          }
        ]
      })
    return tree
  }

  it.each([1e21, -5, 1_000_000_000, 2 ** 53])('a list start of %d is refused', (start) => {
    expect(validate(withList(start)).map((message) => message.ruleId)).toEqual(['range'])
    const file = new VFile(JSON.stringify(withList(start)))
    const tree = fromJson(file)
    expect(tree.children).toEqual([])
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toContainEqual([
      'range',
      true
    ])
  })

  it('a list start CommonMark can print is kept', () => {
    expect(validate(withList(999_999_999))).toEqual([])
    expect(validate(withList(0))).toEqual([])
  })

  it('year 0000 is refused, years 0001–0999 are kept', () => {
    const tree = JSON.parse(toJson(base))
    const post = tree.children.find((node: {type: string}) => node.type === 'post')
    post.published = '0000-02-07T20:19:00-05:00'
    expect(validate(tree).map((message) => message.ruleId)).toEqual(['date-time'])
    post.published = '0099-02-07T20:19:00-05:00'
    expect(validate(tree)).toEqual([])
  })
})
