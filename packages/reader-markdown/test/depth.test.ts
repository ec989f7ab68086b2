import {validate} from '@liveblog/core'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {fromMarkdown} from '../src/index.js'
import {MAX_NESTING} from '../src/lib/depth.js'

function read(value: string) {
  const file = new VFile(value)
  const tree = fromMarkdown(file)
  return {tree, file, json: JSON.stringify(tree)}
}

function depth(node: unknown): number {
  let deepest = 0
  const stack: Array<[unknown, number]> = [[node, 1]]
  while (stack.length > 0) {
    const [current, level] = stack.pop()!
    deepest = Math.max(deepest, level)
    for (const child of (current as {children?: unknown[]}).children ?? []) {
      stack.push([child, level + 1])
    }
  }
  return deepest
}

describe('deep nesting', () => {
  it.each([
    ['quotes', `## Deep\n\n${'>'.repeat(3000)} the bottom`],
    ['lists', `## Deep\n\n${'- '.repeat(1200)}the bottom`],
    ['emphasis', `## Deep\n\n${'*'.repeat(3000)}the bottom${'*'.repeat(3000)}`],
    ['quotes and lists', `## Deep\n\n${'> - '.repeat(400)}the bottom`]
  ])('keeps %s nested thousands deep as text, with a warning', (_, value) => {
    const {tree, file, json} = read(value)
    expect(validate(tree)).toEqual([])
    expect(json).toContain('the bottom')
    expect(depth(tree)).toBeLessThan(MAX_NESTING + 10)
    // Past the parse guard's limits (guard.ts) the text is kept before parsing.
    const rules = file.messages.map((message) => message.ruleId)
    expect(rules.includes('too-deep') || rules.includes('markdown-limit')).toBe(true)
  })

  it('leaves ordinary nesting alone', () => {
    const {file} = read('## Quotes\n\n> > > > Four levels, as people write them.\n')
    expect(file.messages.map((message) => message.ruleId)).not.toContain('too-deep')
  })
})
