import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {fromMarkdown} from '../src/index.js'

function read(front: string, options: {timeZone?: string} = {}) {
  const file = new VFile(`---\n${front}\n---\n\n## A\n`)
  const tree = fromMarkdown(file, options)
  const meta = tree.children[0]?.type === 'meta' ? tree.children[0] : undefined
  const {position: _, ...fields} = meta ?? {type: 'none'}
  return {
    meta: fields,
    messages: file.messages.map((message) => ({
      line: message.line,
      ruleId: message.ruleId,
      reason: message.reason
    }))
  }
}

describe('front-matter dates', () => {
  it('reads the forms Jekyll and Hugo write, keeping the offset as written', () => {
    const cases: Array<[string, string]> = [
      ['2025-03-09 10:00:00 +0100', '2025-03-09T10:00:00+01:00'],
      ['2025-03-09 10:00:00+01:00', '2025-03-09T10:00:00+01:00'],
      ['2025-03-09T10:00+01:00', '2025-03-09T10:00:00+01:00'],
      ['2025-03-09T10:00:00-05:00', '2025-03-09T10:00:00-05:00'],
      ["'2025-03-09T10:00:00.250Z'", '2025-03-09T10:00:00.250Z'],
      ['2025-03-09 10:00:00 -0700 MST', '2025-03-09T10:00:00-07:00'],
      ['2025-3-9 9:05:00 -5', '2025-03-09T09:05:00-05:00'],
      ['2025-03-09t10:00:00z', '2025-03-09T10:00:00Z']
    ]
    for (const [written, iso] of cases) {
      expect(read(`published: ${written}`)).toEqual({
        meta: {type: 'meta', published: iso},
        messages: []
      })
    }
  })

  it('reads a bare date as that day, stored at 00:00:00Z', () => {
    expect(read('published: 2025-03-10\nupdated: "2025-03-11"')).toEqual({
      meta: {type: 'meta', published: '2025-03-10T00:00:00Z', updated: '2025-03-11T00:00:00Z'},
      messages: []
    })
  })

  it('reads a time without a zone in `timeZone` (default UTC), and says so', () => {
    expect(read('published: 2025-03-09 10:00:00')).toEqual({
      meta: {type: 'meta', published: '2025-03-09T10:00:00+00:00'},
      messages: [
        {
          line: 2,
          ruleId: 'frontmatter-date',
          reason: expect.stringContaining('Read `published` (no zone) in UTC')
        }
      ]
    })
    expect(read('published: 2025-07-09 10:00', {timeZone: 'Europe/Berlin'}).meta).toEqual({
      type: 'meta',
      published: '2025-07-09T10:00:00+02:00'
    })
  })

  it('rejects garbage with a message naming the key', () => {
    for (const value of ['next tuesday', '2025-02-30', '2025-03-09 25:00', '20250309', '2025']) {
      const {meta, messages} = read(`title: Storm\nupdated: ${value}`)
      expect(meta).toEqual({type: 'meta', title: 'Storm'})
      expect(messages).toEqual([
        {line: 3, ruleId: 'frontmatter-value', reason: expect.stringContaining('`updated`')}
      ])
    }
  })
})

describe('front-matter keys', () => {
  it('warns on a page field indented under `authors`, with a did-you-mean', () => {
    const {meta, messages} = read(
      [
        'title: Storm',
        'authors:',
        '  - name: Dana Whitlock',
        '    affiliation: CNN',
        '    updated: 2024-01-17T00:20:00-05:00',
        '    postCount: 2'
      ].join('\n')
    )
    expect(meta).toEqual({
      type: 'meta',
      title: 'Storm',
      authors: [{name: 'Dana Whitlock', affiliation: 'CNN'}]
    })
    expect(messages).toEqual([
      {
        line: 6,
        ruleId: 'frontmatter-misplaced',
        reason: expect.stringContaining("did you mean the page's `updated`?")
      },
      {
        line: 7,
        ruleId: 'frontmatter-misplaced',
        reason: expect.stringContaining("did you mean the page's `postCount`?")
      }
    ])
  })

  it('reads the broken front matter of a blank line after `---` with messages', () => {
    const {meta, messages} = read(
      [
        '',
        'title: Storm',
        'authors:',
        '',
        '- name: Dana Whitlock',
        '  dateline: Updated 12:20 a.m. ET'
      ].join('\n')
    )
    expect(meta).toEqual({type: 'meta', title: 'Storm', authors: [{name: 'Dana Whitlock'}]})
    expect(messages.map((message) => message.ruleId)).toEqual(['frontmatter-misplaced'])
  })

  it('warns on unknown keys, suggesting the closest known one', () => {
    const {meta, messages} = read('titel: Storm\npublised: 2025-03-10\nmood: grim\nrole: editor')
    expect(meta).toEqual({type: 'meta'})
    expect(messages.map((message) => message.reason)).toEqual([
      'Unexpected front matter key `titel`, ignored; did you mean `title`?',
      'Unexpected front matter key `publised`, ignored; did you mean `published`?',
      'Unexpected front matter key `mood`, ignored',
      'Unexpected front matter key `role`, ignored; `role` is an author field: did you mean it inside an author under `authors`?'
    ])
    expect(messages.map((message) => message.line)).toEqual([2, 3, 4, 5])
  })

  it('drops prototype keys at the top and in authors, with a warning', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const {meta, messages} = read(`${key}: {polluted: 1}\nauthors:\n  - {name: A, ${key}: x}`)
      expect(meta).toEqual({type: 'meta', authors: [{name: 'A'}]})
      const authors = 'authors' in meta ? meta.authors : undefined
      expect(Object.hasOwn(authors?.[0] ?? {}, key)).toBe(false)
      expect(messages.map((message) => message.ruleId)).toEqual(['unsafe-key', 'unsafe-key'])
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('reads keys named like Object.prototype members as unknown keys', () => {
    const {meta, messages} = read('hasOwnProperty: 1\nvalueOf: 2\ntoString: 3\ntitle: Storm')
    expect(meta).toEqual({type: 'meta', title: 'Storm'})
    expect(messages.map((message) => message.ruleId)).toEqual([
      'frontmatter-key',
      'frontmatter-key',
      'frontmatter-key'
    ])
  })
})
