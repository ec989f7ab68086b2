import {
  emphasis,
  link,
  list,
  listItem,
  media,
  type PhrasingContent,
  paragraph,
  post,
  root,
  summary,
  text
} from '@liveblog/core'
import readMarkdown, {fromMarkdown} from '@liveblog/reader-markdown'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import writeMarkdown, {toMarkdown, toMdast} from '../src/index.js'
import {MAX_PHRASING_NESTING} from '../src/lib/content.js'

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

  it('drops `javascript:` links with a message', () => {
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
  })

  it('writes raw HTML as text that shows it, unless `allowDangerousHtml`', async () => {
    const html = '<iframe src="https://example.com"></iframe>'
    const file = new VFile()
    const markdown = toMarkdown(tree, {file})
    expect(markdown).not.toContain(html)
    expect(file.messages.map((message) => message.ruleId)).toContain('raw-html')
    // Read back, it is text with the same characters, not an `html` node.
    const back = JSON.stringify(fromMarkdown(markdown))
    expect(back).not.toContain('"type":"html"')
    expect(back).toContain(JSON.stringify(html).slice(1, -1))
    expect(toMarkdown(tree, {allowDangerousHtml: true})).toContain(html)
  })

  it('writes emphasis nested absurdly deep as its text, quickly', () => {
    let node: PhrasingContent = text('bottom')
    for (let level = 0; level < 200; level++) node = emphasis(node)
    const file = new VFile()
    const markdown = toMarkdown(root([post({id: 'd', headline: 'Deep'}, [paragraph(node)])]), {
      file
    })
    expect(markdown).toContain('bottom')
    expect(markdown.split('*').length - 1).toBe(2 * MAX_PHRASING_NESTING)
    expect(file.messages.map((message) => message.ruleId)).toEqual(['too-deep'])
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
