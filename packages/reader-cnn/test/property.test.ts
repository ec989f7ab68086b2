// Whatever the input, the reader returns a valid tree and never throws.
import {validate} from '@liveblog/core'
import fc from 'fast-check'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {fromCnnText} from '../src/index.js'

// Lines of the shapes CNN pages print, mixed at random with noise.
const cnnLine = fc.oneof(
  fc.constantFrom(
    'Link Copied!',
    'Ad Feedback',
    'Sort by',
    'SORT BYLatestOldest',
    'Live Updates',
    'What we covered here',
    "What we're covering",
    '23 Posts',
    '62 New Updates17 hr 44 min ago',
    '21 min ago',
    'less than 1 min ago',
    '8:19 p.m. ET, February 7, 2024',
    '1:30 a.m. ET, November 3, 2024',
    'Updated 0427 GMT (1227 HKT) April 8, 2024',
    'Updated less than 1 min ago6:53 a.m. ET, April 3, 2024',
    '03:16',
    '02:14 - Source: CNN',
    '03:19 • Source: CNN',
    'skarn lava road 08-14-23 vpx',
    'From CNN staff',
    "From CNN's Amy Hale in London and Joe Park in Tel Aviv",
    'From Ann Lee and CNN’s Bo Chan',
    'From journalist Noa Peretz in Ashdod, Israel',
    'By Ann Lee, Bo Chan and Cy Dahl, CNN',
    'By 5 p.m. most polls had closed.',
    'Here are the key facts:',
    'Where it is: A valley north of the capital.',
    '  • Wheelchair races:Ines won again.',
    '• ',
    'Correction: An earlier version misstated the time.',
    'This post has been updated with new figures.',
    'Our live coverage has moved here.',
    'CNN values your feedback',
    '1. How relevant is this ad to you?',
    'Close',
    'A crew clears snow in Calden on January 16.',
    'Kim Lee/AP',
    'Getty Images',
    'World',
    'Some headline without a stop',
    '“A quote,” she said.',
    ':',
    '',
    '   '
  ),
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
