// Input with no live blog in it: an empty tree, never without a message.
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {fromCnnText} from '../src/index.js'

function messages(value: string): string[] {
  const file = new VFile(value)
  fromCnnText(file)
  return file.messages.map(
    (message) =>
      `${message.place && 'line' in message.place ? `${message.place.line}:${message.place.column}` : '?'} ${message.ruleId}`
  )
}

describe('input with no live blog', () => {
  it('empty or white-space-only text: an empty tree and `empty-input`', () => {
    for (const value of ['', '\n', '  \t\n\r\n', '\uFEFF']) {
      const file = new VFile(value)
      const tree = fromCnnText(file)
      expect(tree.children).toEqual([])
      expect(file.messages.map((message) => message.ruleId)).toEqual(['empty-input'])
      expect(file.messages[0]!.place).toEqual({line: 1, column: 1, offset: 0})
    }
  })

  it('only page chrome: `no-posts`', () => {
    expect(
      messages('Link Copied!\n\nAd Feedback\n').filter((line) => !line.endsWith('chrome'))
    ).toEqual(['1:1 no-posts'])
  })

  it('a page with a post does not warn', () => {
    const rules = messages(
      'Ferries held at the quay\n\nThe 9 a.m. crossing waits for the fog to lift.\n'
    )
    expect(rules).not.toContain('1:1 no-posts')
    expect(rules).not.toContain('1:1 empty-input')
  })
})
