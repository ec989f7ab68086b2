import {decodeFile, toVFile} from '@liveblog/core'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

const source = '@liveblog/test'

// Windows-1252: 0x92 is ’, 0x93/0x94 are “ ”, 0xE9 is é.
const cp1252 = Uint8Array.from(
  Buffer.from(
    'Harbor storm live updates\n\nBy Dana Whitlock, CNN\x92s weather desk\n\n\x93We are ready,\x94 the caf\xe9 owner said.\n',
    'latin1'
  )
)

describe('toVFile', () => {
  it('takes a string, bytes, a Buffer or a VFile', () => {
    expect(String(toVFile('Harbor', {source}).value)).toBe('Harbor')
    expect(toVFile(new TextEncoder().encode('Hárbor'), {source}).value).toBe('Hárbor')
    expect(toVFile(Buffer.from('Hárbor'), {source}).value).toBe('Hárbor')
    const file = new VFile({path: 'page.txt', value: Buffer.from('Hárbor')})
    expect(toVFile(file, {source})).toBe(file)
    expect(file.value).toBe('Hárbor')
    expect(file.messages).toEqual([])
    expect(toVFile(new VFile(), {source}).value).toBe('')
  })

  it.each([
    [42, 'a number'],
    [undefined, '`undefined`'],
    [null, '`null`'],
    [{type: 'root', children: []}, 'an object'],
    [['a'], 'an array'],
    [new ArrayBuffer(2), 'an ArrayBuffer']
  ])('refuses %j with a TypeError naming the parameter', (value, kind) => {
    expect(() => toVFile(value, {source, name: 'value'})).toThrow(TypeError)
    expect(() => toVFile(value, {source, name: 'value'})).toThrow(
      new RegExp(
        `^Expected \`value\` to be a string, a Uint8Array \\(Buffer\\) or a VFile, not ${kind.replace(/[()`]/g, '.')}`
      )
    )
  })

  it('refuses a file whose value is neither text nor bytes', () => {
    const file = new VFile()
    ;(file as {value: unknown}).value = 42
    expect(() => toVFile(file, {source, name: 'file'})).toThrow(
      'Expected `file.value` to be a string or a Uint8Array, not a number'
    )
  })
})

describe('decodeFile', () => {
  it('reads Windows-1252 as detected, with an info message at the first non-UTF-8 byte', () => {
    const file = toVFile(cp1252, {source})
    expect(file.value).toBe(
      'Harbor storm live updates\n\nBy Dana Whitlock, CNN’s weather desk\n\n“We are ready,” the café owner said.\n'
    )
    expect(file.data.encoding).toBe('windows-1252')
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message!.fatal).toBeUndefined()
    expect(message!.ruleId).toBe('encoding-detected')
    expect(message!.source).toBe(source)
    expect(message!.place).toEqual({line: 3, column: 22})
    expect(message!.reason).toMatch(/^Read as windows-1252 \(detected, \d+% sure\)/)
  })

  it('reads UTF-8 with a broken byte as UTF-8, warning where it was replaced', () => {
    // Valid multi-byte characters around one stray byte: damaged UTF-8, not
    // a legacy encoding (which would garble every check mark).
    const bytes = Uint8Array.from([...Buffer.from('Harbor ✓ '), 0xff, ...Buffer.from(' ✓ ✓ ✓')])
    const file = toVFile(bytes, {source})
    expect(file.value).toBe('Harbor ✓ \uFFFD ✓ ✓ ✓')
    expect(file.messages.map((m) => [m.ruleId, m.fatal, m.place])).toEqual([
      ['invalid-encoding', false, {line: 1, column: 10}]
    ])
  })

  it('keeps U+FFFD that the UTF-8 spelt out, without a message', () => {
    const file = toVFile(Buffer.from('Harbor \uFFFD storm'), {source})
    expect(file.value).toBe('Harbor \uFFFD storm')
    expect(file.messages).toEqual([])
  })

  it('keeps a UTF-8 byte order mark, as a string would', () => {
    expect(toVFile(Buffer.from('\uFEFFHarbor'), {source}).value).toBe('\uFEFFHarbor')
  })

  it('reads UTF-16 with a byte order mark, with an info message', () => {
    const le = Buffer.from('\uFEFFHarbor “storm”', 'utf16le')
    const file = toVFile(le, {source})
    expect(file.value).toBe('\uFEFFHarbor “storm”')
    expect(file.data.encoding).toBe('utf-16le')
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['encoding-bom', undefined]])
    const be = Buffer.from(le).swap16()
    expect(toVFile(be, {source}).value).toBe('\uFEFFHarbor “storm”')
  })

  it('reads a given encoding, and warns where it does not fit', () => {
    const file = decodeFile(new VFile(cp1252), {source, encoding: 'windows-1252'})
    expect(String(file.value)).toContain('CNN’s')
    expect(file.messages).toEqual([])

    const wrong = decodeFile(new VFile(cp1252), {source, encoding: 'utf-8'})
    expect(String(wrong.value)).toContain('CNN\uFFFDs')
    expect(wrong.messages.map((m) => [m.ruleId, m.place])).toEqual([
      ['invalid-encoding', {line: 3, column: 22}]
    ])
  })

  it('refuses an unknown encoding label', () => {
    expect(() => decodeFile(new VFile(cp1252), {source, encoding: 'klingon'})).toThrow(RangeError)
  })

  it('leaves strings alone', () => {
    const file = new VFile('CNN\uFFFDs')
    decodeFile(file, {source})
    expect(file.value).toBe('CNN\uFFFDs')
    expect(file.messages).toEqual([])
  })
})
