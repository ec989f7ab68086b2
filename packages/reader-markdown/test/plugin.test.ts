import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import readMarkdown, {fromMarkdown, remarkLiveblog} from '../src/index.js'

const markdown = `---
title: Storm
---

[post]: #roads-1 "{ published: 2024-01-16T20:19:00-05:00, head: dateline }"

## Roads reopen

*8:19 p.m. ET, January 16, 2024*

Route 9 [reopened](javascript:void(0)).
`

describe('plugins', () => {
  it('`readMarkdown` parses into lbast with messages on the file', () => {
    const file = new VFile(markdown)
    const tree = unified().use(readMarkdown).parse(file)
    expect(tree).toEqual(fromMarkdown(markdown))
    expect(tree.children[1]).toMatchObject({
      type: 'post',
      id: 'roads-1',
      dateline: '8:19 p.m. ET, January 16, 2024',
      published: '2024-01-16T20:19:00-05:00'
    })
    expect(file.messages.map((message) => message.ruleId)).toEqual(['unsafe-url'])
  })

  it('`remarkLiveblog` turns the mdast of a remark pipeline into lbast', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkFrontmatter, ['yaml'])
      .use(remarkGfm)
      .use(remarkLiveblog)
    const file = new VFile(markdown)
    const tree = await processor.run(processor.parse(file), file)
    expect(tree).toEqual(fromMarkdown(markdown))
    expect(file.messages.map((message) => message.ruleId)).toEqual(['unsafe-url'])
  })
})
