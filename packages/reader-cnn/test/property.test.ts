// Whatever the input, the reader returns a valid tree and never throws.
import {validate} from '@liveblog/core'
import fc from 'fast-check'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {cnnLine as cnnShapes} from '../../../test/reliability/arbitraries.js'
import {fromCnnText} from '../src/index.js'

// Lines of the shapes CNN pages print, mixed at random with noise.
const cnnLine = fc.oneof(
  cnnShapes,
  fc.string({maxLength: 60}),
  fc.string({unit: 'grapheme', maxLength: 40})
)

const eol = fc.constantFrom('\n', '\r\n', '\r', '\n\n')

const page = fc
  .array(fc.tuple(cnnLine, eol), {maxLength: 60})
  .map((parts) => parts.map(([line, end]) => line + end).join(''))

function check(value: string): void {
  const file = new VFile(value)
  const tree = fromCnnText(file)
  expect(validate(tree)).toEqual([])
  expect(file.messages.filter((message) => message.ruleId === 'internal-error')).toEqual([])
  visit(tree, 'text', (node) => {
    expect(value.slice(node.position!.start.offset, node.position!.end.offset)).toBe(node.value)
  })
}

describe('fromCnnText on any input', () => {
  it('never throws on random strings, and yields valid trees', () => {
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 400}), check), {numRuns: 300})
  })

  it('never throws on random mixes of CNN-like lines, and yields valid trees', () => {
    fc.assert(fc.property(page, check), {numRuns: 500})
  })

  it('reads a BOM alone, control characters and lone surrogates', () => {
    for (const value of [
      '\uFEFF',
      '\u0000\u0001\u0002',
      '\uD800 headline\n\uDC00',
      '\r\r\r',
      'a:'.repeat(10)
    ])
      check(value)
  })
})
