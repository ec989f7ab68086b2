import {
  assignPostIds,
  newestFirst,
  normalizeHeadline,
  type Post,
  paragraph,
  postId,
  postKey,
  root
} from '@liveblog/core'
import {describe, expect, it} from 'vitest'

function draft(fields: Partial<Post> & {headline: string}, ...texts: string[]): Post {
  return {
    type: 'post',
    id: '',
    authors: [],
    ...fields,
    children: texts.map((text) => paragraph(text))
  }
}

const base = draft(
  {
    headline: 'Ferry service resumes across the Narrows',
    byline: 'From Example News’ Ines Halloran',
    authors: [{name: 'Ines Halloran', affiliation: 'Example News'}],
    published: '2024-03-10T05:54:00-04:00',
    dateline: '21 min ago'
  },
  'The first boat left the east pier at dawn, carrying 40 passengers.'
)

describe('postId', () => {
  it('is a readable slug of the headline and a hash', () => {
    expect(postId(base)).toMatch(/^ferry-service-resumes-across-the-narrows-[0-9a-z]{7}$/)
  })

  it('stays the same when only what changes between copies changes', () => {
    const id = postId(base)
    const later: Post[] = [
      // Body edited and extended.
      {
        ...base,
        children: [
          paragraph('The first two boats left the east pier at dawn.'),
          paragraph('This post has been updated with the second crossing.')
        ]
      },
      // Byline changed.
      {...base, byline: 'From Example News’ Tomas Reyes', authors: [{name: 'Tomas Reyes'}]},
      // Relative time, then absolute; unknown, then known.
      {...base, published: '2024-03-10T06:15:00-04:00', dateline: '6:15 a.m. ET, March 10, 2024'},
      {...base, published: undefined, dateline: '3 hr ago'},
      {...base, id: 'something-else'},
      // Case, punctuation, curly quotes and spacing are not identity.
      {...base, headline: 'Ferry service resumes across the Narrows.'},
      {...base, headline: '  FERRY  service resumes — across the Narrows '}
    ]
    for (const post of later) expect(postId(post)).toBe(id)
  })

  it('differs when the headline says something else', () => {
    expect(postId({...base, headline: 'Ferry service halts across the Narrows'})).not.toBe(
      postId(base)
    )
  })

  it('tells apart long headlines that share their first 48 characters', () => {
    const a = postId({
      ...base,
      headline: `${'Harbour authority says crossings '.repeat(3)}will resume`
    })
    const b = postId({
      ...base,
      headline: `${'Harbour authority says crossings '.repeat(3)}will wait`
    })
    expect(a.slice(0, -8)).toBe(b.slice(0, -8))
    expect(a).not.toBe(b)
  })

  it('keys a post without a headline on its opening words', () => {
    const headless = draft(
      {headline: ''},
      'Crews reopened the pier road at noon, officials said on Sunday morning.'
    )
    expect(postKey(headless)).toBe(
      '~crews-reopened-the-pier-road-at-noon-officials-said-on-sunday-morning'
    )
    expect(postId(headless)).toMatch(/^post-[0-9a-z]{7}$/)
    // Text added after the twelfth word does not change it.
    const extended = draft(
      {headline: ''},
      'Crews reopened the pier road at noon, officials said on Sunday morning, and buses followed.'
    )
    expect(postId(extended)).toBe(postId(headless))
  })

  it('folds accents and keeps letters of any script', () => {
    expect(normalizeHeadline('Café reopens in Zürich')).toBe('cafe-reopens-in-zurich')
    expect(normalizeHeadline('Перевозки возобновлены')).toBe('перевозки-возобновлены')
  })

  it('keeps bidirectional controls and invisible characters out', () => {
    expect(normalizeHeadline('Boats\u202e gather\u2066 here\u200b')).toBe('boats-gather-here')
  })
})

describe('assignPostIds', () => {
  const catchUp = (time: string, text: string) =>
    draft({headline: 'What we know so far', published: time}, text)

  it('numbers posts that share a headline from the oldest', () => {
    const tree = root([
      catchUp('2024-03-10T12:29:00-04:00', 'The bridge is still closed at noon.'),
      draft({headline: 'Pier road reopens', published: '2024-03-10T10:00:00-04:00'}, 'Open.'),
      catchUp('2024-03-10T08:10:00-04:00', 'The storm reached the coast overnight.')
    ])
    assignPostIds(tree)
    const ids = tree.children.map((node) => (node as Post).id)
    const first = postId(catchUp('', ''))
    expect(ids[2]).toBe(first)
    expect(ids[0]).toBe(`${first}-2`)
  })

  it('keeps older posts’ ids when newer posts are added at the top', () => {
    const older = [
      catchUp('2024-03-10T08:10:00-04:00', 'The storm reached the coast overnight.'),
      draft({headline: 'Schools close', published: '2024-03-10T07:00:00-04:00'}, 'All of them.')
    ]
    const first = assignPostIds(root(structuredClone(older)))
    const second = assignPostIds(
      root([
        catchUp('2024-03-10T12:29:00-04:00', 'The bridge is still closed at noon.'),
        draft({headline: 'Pier road reopens', published: '2024-03-10T10:00:00-04:00'}, 'Open.'),
        ...structuredClone(older)
      ])
    )
    const ids = (tree: typeof first) => tree.children.map((node) => (node as Post).id)
    expect(ids(second).slice(2)).toEqual(ids(first))
    expect(new Set(ids(second)).size).toBe(4)
  })

  it('reads a page whose times run oldest first from the top', () => {
    const tree = root([
      catchUp('2024-03-10T08:10:00-04:00', 'The storm reached the coast overnight.'),
      draft({headline: 'Pier road reopens', published: '2024-03-10T10:00:00-04:00'}, 'Open.'),
      catchUp('2024-03-10T12:29:00-04:00', 'The bridge is still closed at noon.')
    ])
    assignPostIds(tree)
    expect((tree.children[0] as Post).id).toBe(postId(catchUp('', '')))
    expect((tree.children[2] as Post).id).toBe(`${postId(catchUp('', ''))}-2`)
  })

  it('keeps given ids, and never derives one that a given id holds', () => {
    const taken = postId(draft({headline: 'Roads close'}))
    const tree = root([
      draft({headline: 'Roads close'}, 'Second.'),
      draft({headline: 'Something else', id: taken}, 'First.')
    ])
    assignPostIds(tree)
    const ids = tree.children.map((node) => (node as Post).id)
    expect(ids[1]).toBe(taken)
    expect(ids[0]).toBe(`${taken}-2`)
    assignPostIds(tree, {overwrite: true})
    expect((tree.children[0] as Post).id).toBe(taken)
  })

  it('gives 20,000 posts with one headline distinct ids', () => {
    const posts = Array.from({length: 20_000}, () => draft({headline: 'Same'}, 'x'))
    const tree = assignPostIds(root(posts))
    const ids = new Set(tree.children.map((node) => (node as Post).id))
    expect(ids.size).toBe(20_000)
  })
})

describe('newestFirst', () => {
  it('follows the known times, and assumes newest first without them', () => {
    expect(
      newestFirst([{published: '2024-01-02T00:00:00Z'}, {published: '2024-01-01T00:00:00Z'}])
    ).toBe(true)
    expect(
      newestFirst([{published: '2024-01-01T00:00:00Z'}, {}, {published: '2024-01-02T00:00:00Z'}])
    ).toBe(false)
    expect(newestFirst([{}, {}])).toBe(true)
  })
})
