import {meta, paragraph, post, root} from '@liveblog/core'
import {
  charCleaner,
  feedModel,
  formatRfc822,
  formatRfc3339,
  orderEntries,
  parseIsoTime,
  plainSummary,
  resolveUrl,
  textOf,
  truncate
} from '@liveblog/lbast-util-to-hast'
import {describe, expect, it} from 'vitest'

describe('times', () => {
  it('keep the printed offset in RFC 822 and RFC 3339', () => {
    const time = parseIsoTime('2024-02-07T20:19:00-05:00')!
    expect(formatRfc822(time)).toBe('Wed, 07 Feb 2024 20:19:00 -0500')
    expect(formatRfc3339(time)).toBe('2024-02-07T20:19:00-05:00')
    expect(formatRfc3339(parseIsoTime('2024-02-08T01:19:00+00:00')!)).toBe('2024-02-08T01:19:00Z')
    expect(time.instant).toBe(Date.parse('2024-02-08T01:19:00Z'))
  })

  it('read years before 100 as written', () => {
    const time = parseIsoTime('0099-12-31T10:00:00Z')!
    expect(time.year).toBe(99)
    expect(formatRfc822(time)).toBe('Thu, 31 Dec 0099 10:00:00 +0000')
    expect(time.instant).toBe(new Date('0099-12-31T10:00:00Z').getTime())
  })
})

describe('orderEntries', () => {
  it('sorts dated entries among their places, undated ones stay', () => {
    const at = (iso?: string) => ({iso, time: iso ? parseIsoTime(iso) : undefined})
    const entries = [
      at('2024-01-01T08:00:00Z'),
      at(),
      at('2024-01-01T10:00:00Z'),
      at('2024-01-01T09:00:00Z')
    ]
    const {entries: ordered, undated} = orderEntries(entries, 'time', (entry) => entry.time)
    expect(ordered.map((entry) => entry.iso)).toEqual([
      '2024-01-01T10:00:00Z',
      undefined,
      '2024-01-01T09:00:00Z',
      '2024-01-01T08:00:00Z'
    ])
    expect(undated).toBe(1)
    expect(orderEntries(entries, 'source', (entry) => entry.time).entries).toEqual(entries)
  })
})

describe('plain text', () => {
  it('puts a space at breaks and block boundaries, none at inline HTML', () => {
    const node = {
      type: 'paragraph',
      children: [
        {type: 'text', value: 'mile 3'},
        {type: 'break'},
        {type: 'text', value: 'and 3.2 m'},
        {type: 'html', value: '<sup>'},
        {type: 'text', value: '3'},
        {type: 'html', value: '</sup>'}
      ]
    }
    expect(textOf(node).replace(/\s+/g, ' ').trim()).toBe('mile 3 and 3.2 m3')
    expect(plainSummary([paragraph('One.'), paragraph('Two.')], 300)).toBe('One. Two.')
  })

  it('cuts between grapheme clusters', () => {
    // A flag is 4 UTF-16 code units, 👩‍🔬 is 5; the limit counts the `…`.
    expect(truncate('ab 🇺🇦🇺🇦🇺🇦', 8)).toBe('ab 🇺🇦…')
    expect(truncate('ab 🇺🇦🇺🇦🇺🇦', 7)).toBe('ab…')
    expect(truncate('ab 👩‍🔬👩‍🔬', 9)).toBe('ab 👩‍🔬…')
    expect(truncate('ab 👩‍🔬👩‍🔬', 8)).toBe('ab…')
    expect(truncate('short', 10)).toBe('short')
  })
})

describe('resolveUrl', () => {
  it('tells absolute, resolved, relative and unsafe apart', () => {
    expect(resolveUrl('https://a.example/x', 'https://b.example/')).toEqual({
      kind: 'absolute',
      url: 'https://a.example/x'
    })
    expect(resolveUrl('../x', 'https://b.example/a/b/')).toEqual({
      kind: 'resolved',
      url: 'https://b.example/a/x'
    })
    expect(resolveUrl('x', undefined)).toEqual({kind: 'relative', url: 'x'})
    expect(resolveUrl('javascript:alert(1)', 'https://b.example/').kind).toBe('unsafe')
  })
})

describe('charCleaner', () => {
  it('drops NUL, C0 and C1 controls and counts them for one message', () => {
    const cleaner = charCleaner()
    expect(cleaner.clean('a\u0000b\u0085c\td')).toBe('abc\td')
    const reasons: string[] = []
    cleaner.report((reason) => reasons.push(reason))
    expect(reasons).toEqual([
      'Dropped 2 control characters (NUL, C0/C1 controls, lone surrogates, U+FFFE/U+FFFF) that feeds cannot carry'
    ])
  })
})

describe('feedModel', () => {
  it('gives each post a unique id, an absolute link and its times', () => {
    const tree = root([
      meta({title: 'T', url: 'https://example.com/live'}),
      post({id: 'a', headline: 'A', published: '2024-01-16T08:00:00-05:00'}, [paragraph('x')]),
      post({id: 'a', headline: 'B'})
    ])
    const rules: string[] = []
    const model = feedModel(tree, {}, (_r, _n, rule) => rules.push(rule))
    expect(model.entries.map((entry) => [entry.id, entry.url])).toEqual([
      ['a', 'https://example.com/live#a'],
      ['a-2', 'https://example.com/live#a-2']
    ])
    expect(formatRfc3339(model.updated!)).toBe('2024-01-16T08:00:00-05:00')
    expect(rules).toContain('duplicate-id')
    expect(() => feedModel(tree, {url: '/live'}, () => {})).toThrow(TypeError)
  })
})
