// Readers take what `VFile` takes (a string, a Uint8Array or Buffer, a VFile)
// and refuse anything else with a TypeError naming the parameter; bytes that
// are not UTF-8 are decoded as the detected encoding with a message, never
// replaced silently (issue 14: "Encodings and API input").
import {readFileSync} from 'node:fs'
import {validate} from '@liveblog/core'
import readCnn, {fromCnnText} from '@liveblog/reader-cnn'
import readJson, {fromJson} from '@liveblog/reader-json'
import readMarkdown, {fromMarkdown} from '@liveblog/reader-markdown'
import {toJson} from '@liveblog/writer-json'
import {toMarkdown} from '@liveblog/writer-markdown'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

const page = readFileSync(
  new URL('../../packages/reader-cnn/test/fixtures/live-updated.txt', import.meta.url),
  'utf8'
)
const cnnTree = fromCnnText(page)
const texts = {cnn: page, markdown: toMarkdown(cnnTree), json: toJson(cnnTree)}

const readers = [
  {name: 'reader-cnn', read: fromCnnText, plugin: readCnn, text: texts.cnn},
  {name: 'reader-markdown', read: fromMarkdown, plugin: readMarkdown, text: texts.markdown},
  {name: 'reader-json', read: fromJson, plugin: readJson, text: texts.json}
] as const

// A fictional page as a Windows-1252 editor saves it: ’ “ ” é are single bytes.
const CP1252_PAGE = Buffer.from(
  [
    'Harbor storm: live updates',
    '',
    'By Dana Whitlock, CNN\x92s weather desk',
    '',
    'Updated 9:47 p.m. ET, February 7, 2024',
    '',
    '8:19 p.m. ET, February 7, 2024',
    '',
    'The pier\x92s lights go out',
    '',
    'From CNN\x92s Rob Wells',
    '',
    '\x93We are ready,\x94 the caf\xe9 owner said as the tide rose over the pier.',
    ''
  ].join('\n'),
  'latin1'
)

/** `text` as Windows-1252 bytes (the characters these tests use). */
function toWindows1252(text: string): Buffer {
  const bytes: Record<string, string> = {'’': '\x92', '“': '\x93', '”': '\x94'}
  return Buffer.from(
    [...text].map((char) => bytes[char] ?? (char.charCodeAt(0) < 256 ? char : '?')).join(''),
    'latin1'
  )
}

describe('every reader accepts what VFile accepts', () => {
  for (const {name, read, plugin, text} of readers) {
    it(`${name}: a Buffer, a Uint8Array and a VFile of bytes read as the string does`, () => {
      const expected = read(text)
      expect(expected.children.length).toBeGreaterThan(1)
      const bytes = Buffer.from(text)
      expect(read(bytes)).toEqual(expected)
      expect(read(new Uint8Array(bytes))).toEqual(expected)
      const file = new VFile({path: 'page', value: bytes})
      expect(read(file)).toEqual(expected)
      expect(typeof file.value).toBe('string')
      // The unified plugin gets the same, through `processor.parse`.
      expect(unified().use(plugin).parse(bytes)).toEqual(expected)
    })

    it(`${name}: anything else is a TypeError naming \`value\``, () => {
      for (const [value, kind] of [
        [42, 'a number'],
        [undefined, '`undefined`'],
        [null, '`null`'],
        [{type: 'root', children: []}, 'an object'],
        [[text], 'an array']
      ] as const) {
        const call = () => read(value as never)
        expect(call).toThrow(TypeError)
        expect(call).toThrow(
          `Expected \`value\` to be a string, a Uint8Array (Buffer) or a VFile, not ${kind}`
        )
      }
    })
  }
})

describe('bytes that are not UTF-8', () => {
  it('reader-cnn reads Windows-1252 with the byline and quotes, and says so', () => {
    const file = new VFile({path: 'page.txt', value: CP1252_PAGE})
    const tree = fromCnnText(file)
    expect(validate(tree)).toEqual([])
    const json = JSON.stringify(tree)
    expect(json).not.toContain('\uFFFD')
    expect(json).toContain('CNN’s weather desk')
    expect(json).toContain('“We are ready,” the café owner said')
    const post = tree.children.find((node) => node.type === 'post')
    expect(post?.type === 'post' && post.authors.map((author) => author.name)).toEqual([
      'Rob Wells'
    ])
    const info = file.messages.filter((message) => message.ruleId === 'encoding-detected')
    expect(info).toHaveLength(1)
    expect(info[0]!.fatal).toBeUndefined()
    expect(info[0]!.reason).toMatch(/^Read as windows-1252 \(detected/)
    expect(info[0]!.line).toBe(3)
  })

  it('every reader says when it decoded bytes as another encoding', () => {
    // The same page as each reader's input, saved as Windows-1252.
    const tree = fromCnnText(CP1252_PAGE)
    const sources = [
      [fromCnnText, CP1252_PAGE],
      [fromMarkdown, toWindows1252(toMarkdown(tree))],
      [fromJson, toWindows1252(toJson(tree))]
    ] as const
    for (const [read, bytes] of sources) {
      const file = new VFile({value: bytes})
      const back = read(file)
      expect(String(file.value)).toContain('CNN’s')
      expect(String(file.value)).not.toContain('\uFFFD')
      expect(file.messages.map((message) => message.ruleId)).toContain('encoding-detected')
      expect(JSON.stringify(back)).toContain('“We are ready,” the café owner said')
    }
  })

  it('broken UTF-8 is replaced with a warning at its place, never silently', () => {
    // UTF-8 (the é and ✓ are valid) with one broken sequence at the end.
    const text = `${texts.markdown}\nCafé ✓ `
    const bytes = Buffer.concat([Buffer.from(text), Buffer.from([0xc3, 0x28, 0x0a])])
    const file = new VFile({value: bytes})
    fromMarkdown(file)
    const warning = file.messages.find((message) => message.ruleId === 'invalid-encoding')
    expect(warning?.fatal).toBe(false)
    expect(warning?.line).toBe(text.split('\n').length)
    expect(warning?.column).toBe(text.length - text.lastIndexOf('\n'))
    expect(String(file.value)).toContain('Café ✓ \uFFFD(')
  })
})
