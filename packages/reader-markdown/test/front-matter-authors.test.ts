// Misplaced and unknown fields in front-matter author records, and the main
// example of docs/markdown.md, which must read back without a message.
import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {fromMarkdown} from '../src/index.js'

function read(value: string) {
  const file = new VFile(value)
  const tree = fromMarkdown(file)
  return {tree, messages: file.messages.map((message) => [message.ruleId, message.reason])}
}

describe('front-matter authors', () => {
  it('docs/markdown.md: the main example reads with no message and the page fields in meta', () => {
    const docs = readFileSync(new URL('../../../docs/markdown.md', import.meta.url), 'utf8')
    const example = /## Example\n\n```text\n([\s\S]*?)\n```\n/.exec(docs)![1]!
    const {tree, messages} = read(example)
    expect(messages).toEqual([])
    expect(tree.children[0]).toMatchObject({
      type: 'meta',
      authors: [{name: 'Dana Whitlock', affiliation: 'CNN'}],
      updated: '2024-01-17T00:20:00-05:00',
      postCount: 2
    })
  })

  it('page fields indented under an author are reported as misplaced and dropped', () => {
    const {tree, messages} = read(
      '---\ntitle: Harbour fog\nauthors:\n\n- name: Ada Reyes\n  updated: 2024-03-04T08:00:00-05:00\n---\n\n## Ferries wait\n\nHeld.\n'
    )
    expect(messages.map(([ruleId]) => ruleId)).toEqual(['frontmatter-misplaced'])
    expect(messages[0]![1]).toContain('`updated`')
    expect(tree.children[0]).toMatchObject({type: 'meta', authors: [{name: 'Ada Reyes'}]})
    expect(JSON.stringify(tree.children[0])).not.toContain('updated')
  })

  it('unknown author fields are reported and dropped', () => {
    const {messages} = read('---\nauthors:\n  - name: Ada Reyes\n    desk: Harbour\n---\n')
    expect(messages.map(([ruleId]) => ruleId)).toEqual(['frontmatter-key'])
    expect(messages[0]![1]).toContain('`desk`')
  })
})
