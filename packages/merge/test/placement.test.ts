import {assignPostIds, type Post, paragraph, root} from '@liveblog/core'
import {merge} from '@liveblog/merge'
import {describe, expect, it} from 'vitest'

function dated(headline: string, hour: number | undefined): Post {
  const post: Post = {
    type: 'post',
    id: '',
    headline,
    authors: [],
    children: [paragraph(`${headline}.`)]
  }
  if (hour !== undefined) post.published = `2025-11-12T${String(hour).padStart(2, '0')}:00:00-05:00`
  return post
}

const headlines = (posts: Post[]) => posts.map((post) => post.headline)

describe('where posts of a copy with nothing in common go', () => {
  const archive = merge(
    undefined,
    assignPostIds(root([dated('Nine', 9), dated('Seven', 7), dated('Five', 5)])),
    {
      seenAt: '2025-11-12T09:30:00-05:00'
    }
  ).tree

  it('dated posts go by time among the archived ones', () => {
    const copy = assignPostIds(
      root([dated('Ten', 10), dated('Eight', 8), dated('Six', 6), dated('Four', 4)])
    )
    const {tree} = merge(archive, copy, {seenAt: '2025-11-12T10:30:00-05:00'})
    expect(headlines(tree.children as Post[])).toEqual([
      'Ten',
      'Nine',
      'Eight',
      'Seven',
      'Six',
      'Five',
      'Four'
    ])
  })

  it('undated posts go on top, where a live page adds them', () => {
    const copy = assignPostIds(root([dated('Later', undefined), dated('Later still', undefined)]))
    const {tree} = merge(archive, copy, {seenAt: '2025-11-12T10:30:00-05:00'})
    expect(headlines(tree.children as Post[])).toEqual([
      'Later',
      'Later still',
      'Nine',
      'Seven',
      'Five'
    ])
  })

  it('new posts go next to their neighbours in the copy', () => {
    const copy = assignPostIds(
      root([dated('Seven', 7), dated('Between', undefined), dated('Five', 5)])
    )
    const {tree, changes} = merge(archive, copy, {seenAt: '2025-11-12T10:30:00-05:00'})
    expect(headlines(tree.children as Post[])).toEqual(['Nine', 'Seven', 'Between', 'Five'])
    expect(changes.unchanged).toHaveLength(2)
  })
})
