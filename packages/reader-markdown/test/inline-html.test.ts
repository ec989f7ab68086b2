import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {fromMarkdown} from '../src/index.js'

/** The first paragraph of the first post, without positions, and the rule ids. */
function read(line: string) {
  const file = new VFile(`## Fares\n\n${line}\n`)
  const tree = fromMarkdown(file)
  const post = tree.children[0]
  const paragraph = post?.type === 'post' ? post.children[0] : undefined
  const children = JSON.parse(
    JSON.stringify(paragraph?.type === 'paragraph' ? paragraph.children : [], (key, value) =>
      key === 'position' ? undefined : value
    )
  )
  return {children, rules: file.messages.map((message) => message.ruleId)}
}

const text = (value: string) => ({type: 'text', value})

describe('inline HTML tag pairs', () => {
  it('folds `del` and `s` into delete', () => {
    expect(read('The fare is now <del>$40 million</del> $36 million.')).toEqual({
      children: [
        text('The fare is now '),
        {type: 'delete', children: [text('$40 million')]},
        text(' $36 million.')
      ],
      rules: []
    })
    expect(read('<S>old</S> new').children[0]).toEqual({
      type: 'delete',
      children: [text('old')]
    })
  })

  it('folds `em`/`i`, `strong`/`b`, `code` and `br`, nested too', () => {
    expect(read('<em>a</em> <i>b</i> <strong>c <b>d</b></strong> <code>x *y*</code><br>z')).toEqual(
      {
        children: [
          {type: 'emphasis', children: [text('a')]},
          text(' '),
          {type: 'emphasis', children: [text('b')]},
          text(' '),
          {type: 'strong', children: [text('c '), {type: 'strong', children: [text('d')]}]},
          text(' '),
          {type: 'inlineCode', value: 'x y'},
          {type: 'break'},
          text('z')
        ],
        rules: []
      }
    )
  })

  it('folds `a href` into a link with its title, decoding references in the URL', () => {
    expect(
      read('See <a href="https://example.com/?a=1&amp;b=2" title="Fares">the table</a>.')
    ).toEqual({
      children: [
        text('See '),
        {
          type: 'link',
          url: 'https://example.com/?a=1&b=2',
          title: 'Fares',
          children: [text('the table')]
        },
        text('.')
      ],
      rules: []
    })
  })

  it('drops a script URL in `a href`, keeping the text, with a message', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java&#x09;script:alert(1)'
    ]) {
      expect(read(`Tap <a href="${href}">here</a>.`)).toEqual({
        children: [text('Tap here.')],
        rules: ['unsafe-url']
      })
    }
  })

  it('keeps the content of `sup`, `sub`, `mark` and `abbr` without the tags, with a message', () => {
    expect(
      read('E = mc<sup>2</sup>, H<sub>2</sub>O, <mark>new</mark>, <abbr title="Transit">TA</abbr>')
    ).toEqual({
      children: [text('E = mc2, H2O, new, TA')],
      rules: ['html-tag', 'html-tag', 'html-tag', 'html-tag']
    })
  })

  it('leaves unpaired tags, tags with other attributes and other HTML as html', () => {
    const {children} = read('<del>open <em class="x">styled</em> <img src="a.png"> end')
    expect(children.map((node: {type: string}) => node.type)).toEqual([
      'html',
      'text',
      'html',
      'text',
      'html',
      'text',
      'html',
      'text'
    ])
  })

  it('closes a pair across tags left open inside it', () => {
    expect(read('<b>bold <i>open</b> after').children).toEqual([
      {type: 'strong', children: [text('bold '), {type: 'html', value: '<i>'}, text('open')]},
      text(' after')
    ])
  })
})
