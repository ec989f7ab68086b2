import {
  assignPostIds,
  findBidiControl,
  findBidiControls,
  paragraph,
  post,
  postId,
  removeBidiControls,
  root,
  safeFileName,
  text,
  warnBidiControls
} from '@liveblog/core'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

const CONTROLS = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069'
]

describe('bidi controls', () => {
  it.each(CONTROLS.map((c) => [c.codePointAt(0)!.toString(16), c]))(
    'finds and removes U+%s',
    (_, control) => {
      const headline = `Ferry ${control}delayed${control} at dawn`
      expect(findBidiControl(headline)).toBe(6)
      expect(removeBidiControls(headline)).toBe('Ferry delayed at dawn')
    }
  )

  it('leaves right-to-left text and marks alone', () => {
    const headline = 'مرفأ العاصفة \u200f Harbor'
    expect(findBidiControl(headline)).toBe(-1)
    expect(removeBidiControls(headline)).toBe(headline)
  })

  it('finds them in headlines, titles and author names, with a JSON Pointer', () => {
    const tree = root([
      {type: 'meta', title: 'Harbor \u202estorm'},
      post({id: 'a', headline: 'Tide \u2066turns\u2069', authors: [{name: 'Dana'}]}, [
        paragraph([text('Body \u202e text is not a title')])
      ]),
      post({id: 'b', headline: 'Calm', authors: [{name: 'Rob \u202dWells'}]}, [])
    ])
    expect(
      findBidiControls(tree).map(({path, field, codePoint}) => [path, field, codePoint])
    ).toEqual([
      ['/children/0/title', 'title', 'U+202E'],
      ['/children/1/headline', 'headline', 'U+2066'],
      ['/children/2/authors/0/name', 'name', 'U+202D']
    ])
  })

  it('warns on the file at the node', () => {
    const tree = root([post({id: 'a', headline: 'Tide \u202eturns', authors: []}, [])])
    tree.children[0]!.position = {
      start: {line: 3, column: 1, offset: 10},
      end: {line: 4, column: 1, offset: 30}
    }
    const file = new VFile()
    expect(warnBidiControls(tree, file, '@liveblog/test')).toBe(1)
    expect(file.messages.map((m) => [m.ruleId, m.fatal, m.line, m.source])).toEqual([
      ['bidi-control', false, 3, '@liveblog/test']
    ])
    expect(file.messages[0]!.reason).toMatch(
      /^Unexpected bidirectional control U\+202E in `headline`/
    )
  })

  it('keeps them out of post ids derived from headlines', () => {
    for (const control of CONTROLS) {
      const headline = `Storm${control} cuts ${control}power`
      const id = postId({headline, children: []})
      expect(id).toMatch(/^storm-cuts-power-[0-9a-z]{7}$/)
      const tree = assignPostIds(root([post({id: '', headline, authors: []}, [])]))
      expect(findBidiControl(tree.children[0]!.type === 'post' ? tree.children[0]!.id : '')).toBe(
        -1
      )
    }
    // A headline that is nothing but controls still gets a usable id.
    expect(postId({headline: '\u202e\u2066', children: []})).toMatch(/^post-[0-9a-z]{7}$/)
  })

  it('keeps them and other controls out of file names', () => {
    expect(safeFileName('harbor\u202etxt.exe')).toBe('harbortxt.exe')
    expect(safeFileName('a\u0000b\u009f\u2068c')).toBe('abc')
    expect(safeFileName('../up')).toBe('..up')
    expect(safeFileName('\u202e')).toBe('stdin')
    expect(safeFileName('..', 'page')).toBe('page')
    expect(safeFileName('مرفأ.txt')).toBe('مرفأ.txt')
  })
})
