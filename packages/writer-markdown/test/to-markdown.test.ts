import {
  emphasis,
  link,
  list,
  listItem,
  media,
  paragraph,
  post,
  root,
  summary,
  text
} from '@liveblog/core'
import readMarkdown from '@liveblog/reader-markdown'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import writeMarkdown, {toMarkdown, toMdast} from '../src/index.js'

const tree = root([
  post(
    {
      id: 'a-1',
      headline: 'Roads reopen',
      byline: 'From CNN staff',
      authors: [{name: 'CNN staff', affiliation: 'CNN'}]
    },
    [
      paragraph(['Route 9 ', emphasis('reopened'), '.']),
      list([listItem('One'), listItem('Two')]),
      {type: 'heading', depth: 2, children: [text('Inside')]},
      {type: 'html', value: '<iframe src="https://example.com"></iframe>'},
      {type: 'thematicBreak'}
    ]
  )
])

describe('toMarkdown', () => {
  it('writes posts as `##` headings and shifts body headings below them', () => {
    const markdown = toMarkdown(tree)
    expect(markdown).toContain('[post]: #a-1\n\n## Roads reopen\n\n*From CNN staff*\n')
    expect(markdown).toContain('\n#### Inside\n')
  })

  it('passes formatting options through', () => {
    const markdown = toMarkdown(tree, {bullet: '*', emphasis: '_', rule: '_'})
    expect(markdown).toContain('_From CNN staff_')
    expect(markdown).toContain('* One\n* Two')
    expect(markdown).toContain('\n___\n')
  })

  it('keeps raw HTML as it was, and drops `javascript:` links with a message', () => {
    const file = new VFile()
    const unsafe = root([
      post({id: 'x', headline: 'X'}, [
        paragraph(['See ', link('javascript:alert(1)', 'this'), '.']),
        media({kind: 'image', url: ' JavaScript:alert(1)'}, 'Caption')
      ])
    ])
    const markdown = toMarkdown(unsafe, {file})
    expect(markdown).not.toMatch(/javascript/i)
    expect(markdown).toContain('See this.')
    expect(file.messages.map((message) => [message.ruleId, message.source])).toEqual([
      ['unsafe-url', '@liveblog/writer-markdown'],
      ['unsafe-url', '@liveblog/writer-markdown']
    ])
    expect(toMarkdown(tree)).toContain('<iframe src="https://example.com"></iframe>')
  })

  it('gives the mdast it writes with `toMdast`', () => {
    const mdast = toMdast(root([summary(undefined, [paragraph('Intro.')])]))
    expect(mdast.children.map((child) => child.type)).toEqual(['definition', 'paragraph'])
  })
})

describe('plugins', () => {
  it('`writeMarkdown` compiles what `readMarkdown` parses, byte for byte', async () => {
    const markdown = toMarkdown(tree)
    const file = await unified().use(readMarkdown).use(writeMarkdown).process(markdown)
    expect(String(file)).toBe(markdown)
  })
})
