// Cases a newcomer's trial found: given ids, reading times hours off, copies
// merged out of order, and what `seenAt` accepts.
import {readFileSync} from 'node:fs'
import {assignPostIds, meta, type Post, paragraph, type Root, root} from '@liveblog/core'
import {merge} from '@liveblog/merge'
import {fromCnnText} from '@liveblog/reader-cnn'
import {describe, expect, it} from 'vitest'

function copy(n: number, now: string): Root {
  const url = new URL(`../../../examples/input/marrow-bay/marrow-bay-${n}.txt`, import.meta.url)
  return fromCnnText(readFileSync(url, 'utf8'), {now})
}

const posts = (tree: Root) => tree.children.filter((node): node is Post => node.type === 'post')

describe('merge edge cases', () => {
  it('a post read against a reading time hours off is still the same post', () => {
    const first = merge(undefined, copy(4, '2025-11-12T15:15:00-05:00'), {
      seenAt: '2025-11-12T15:15:00-05:00'
    })
    const again = merge(first.tree, copy(4, '2025-11-12T19:00:00-05:00'), {
      seenAt: '2025-11-12T19:00:00-05:00'
    })
    expect(again.changes.added).toEqual([])
    expect(posts(again.tree)).toHaveLength(posts(first.tree).length)
  })

  it('a copy that names a post’s id means that post, whatever its headline now says', () => {
    const post = (headline: string, text: string): Post => ({
      type: 'post',
      id: 'tall-ships',
      headline,
      authors: [],
      children: [paragraph(text)]
    })
    const archive = merge(
      undefined,
      root([post('Tall ships arrive', 'Five ships came in at dawn.')])
    ).tree
    const next = merge(
      archive,
      root([post('Seven tall ships now in port', 'Two more ships joined at noon.')])
    )
    expect(next.changes.updated).toEqual(['tall-ships'])
    expect(posts(next.tree).map((item) => item.headline)).toEqual(['Seven tall ships now in port'])
  })

  it('a copy older than the archive only adds what the archive lacks', () => {
    const newer = merge(undefined, copy(2, '2025-11-12T09:40:00-05:00'), {
      seenAt: '2025-11-12T09:40:00-05:00'
    })
    const stale = merge(newer.tree, copy(1, '2025-11-12T08:30:00-05:00'), {
      seenAt: '2025-11-12T08:30:00-05:00'
    })
    expect(stale.older).toBe(true)
    expect(stale.changes.updated).toEqual([])
    expect(JSON.stringify(stale.tree)).toContain('Ferry terminals close until Thursday')
    expect(JSON.stringify(stale.tree)).not.toContain('until further notice')
    expect(stale.tree.children[0]).toEqual(newer.tree.children[0])
  })

  it('writes `updated` with the offset of the post’s own time', () => {
    const first = merge(undefined, copy(1, '2025-11-12T08:30:00-05:00'))
    const second = merge(first.tree, copy(2, '2025-11-12T09:40:00-05:00'), {
      seenAt: new Date('2025-11-12T14:40:00Z')
    })
    const seawall = posts(second.tree).find((post) => post.headline.startsWith('Seawall'))!
    expect(seawall.updated).toBe('2025-11-12T09:40:00-05:00')
  })

  it('refuses a `seenAt` that is not a Date or an ISO 8601 date-time with offset', () => {
    const tree = assignPostIds(root([meta({title: 'x'})]))
    expect(() => merge(undefined, tree, {seenAt: 12345 as never})).toThrow(
      'Expected `seenAt` to be a Date or an ISO 8601 string, not number'
    )
    expect(() => merge(undefined, tree, {seenAt: '2025-11-12'})).toThrow(TypeError)
  })
})
