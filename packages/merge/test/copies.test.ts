// Successive copies of two invented live blogs, merged in order: a live page
// (layout B, times relative then absolute, a partial copy, a reused catch-up
// headline) and an archived page (layout A, no times).
import {readFileSync} from 'node:fs'
import {type Post, type Root, validate} from '@liveblog/core'
import {merge} from '@liveblog/merge'
import {fromCnnText} from '@liveblog/reader-cnn'
import {describe, expect, it} from 'vitest'

function copy(name: string, now?: string): Root {
  // The live page's copies are the CLI example's input too.
  const where = name.startsWith('marrow-bay') ? '../../../examples/input/marrow-bay/' : 'fixtures/'
  const text = readFileSync(new URL(`${where}${name}.txt`, import.meta.url), 'utf8')
  return fromCnnText(text, now ? {now} : {})
}

function posts(tree: Root): Post[] {
  return tree.children.filter((node): node is Post => node.type === 'post')
}

function byHeadline(tree: Root, headline: string): Post[] {
  return posts(tree).filter((post) => post.headline === headline)
}

function only(tree: Root, headline: string): Post {
  const found = byHeadline(tree, headline)
  expect(found).toHaveLength(1)
  return found[0]!
}

describe('a live page (layout B) across four copies', () => {
  const c1 = copy('marrow-bay-1', '2025-11-12T08:30:00-05:00')
  const c2 = copy('marrow-bay-2', '2025-11-12T09:40:00-05:00')
  const c3 = copy('marrow-bay-3', '2025-11-12T12:35:00-05:00')
  const c4 = copy('marrow-bay-4', '2025-11-12T15:15:00-05:00')

  const first = merge(undefined, c1, {seenAt: '2025-11-12T08:30:00-05:00'})
  const second = merge(first.tree, c2, {seenAt: '2025-11-12T09:40:00-05:00'})
  const third = merge(second.tree, c3, {seenAt: '2025-11-12T12:35:00-05:00'})
  const fourth = merge(third.tree, c4, {seenAt: '2025-11-12T15:15:00-05:00'})

  it('reads the same post with the same id in every copy that holds it', () => {
    const seawall = 'Seawall overtopped near the harbor'
    expect(only(c2, seawall).id).toBe(only(c1, seawall).id)
    // Relative in the first copy, absolute in the third.
    expect(only(c3, 'Schools in the lower town dismiss early').id).toBe(
      only(c2, 'Schools in the lower town dismiss early').id
    )
  })

  it('starts an archive from the first copy', () => {
    expect(first.changes.added).toEqual(posts(c1).map((post) => post.id))
    expect(first.changes.updated).toEqual([])
    expect(validate(first.tree)).toEqual([])
    expect(JSON.stringify(first.tree)).not.toContain('"position"')
  })

  it('adds new posts on top and updates edited, reworded and re-timed ones', () => {
    const ferryId = only(c1, 'Ferry terminals close until further notice').id
    const seawallId = only(c1, 'Seawall overtopped near the harbor').id
    const schools = only(second.tree, 'Schools in the lower town dismiss early')

    expect(second.changes.added).toEqual([schools.id])
    expect(second.changes.updated).toEqual([ferryId, seawallId])
    expect(second.changes.unchanged).toEqual([only(c1, 'What we know so far').id])
    expect(posts(second.tree)[0]).toBe(schools)

    // Reworded headline, same byline and opening: the archived post, new text.
    const ferry = only(second.tree, 'Ferry terminals close until Thursday')
    expect(ferry.id).toBe(ferryId)
    expect(ferry.children).toHaveLength(3)
    // The printed absolute time replaces the one resolved from "32 min ago".
    expect(ferry.published).toBe('2025-11-12T07:58:00-05:00')
    expect(ferry.dateline).toBe('7:58 a.m. ET, November 12, 2025')
    expect(ferry.updated).toBe('2025-11-12T09:40:00-05:00')

    const seawall = only(second.tree, 'Seawall overtopped near the harbor')
    expect(seawall.id).toBe(seawallId)
    expect(seawall.byline).toBe("From CNN's Ines Halloran and Tomas Reyes in Marrow Bay")
    expect(seawall.authors.map((author) => author.name)).toEqual(['Ines Halloran', 'Tomas Reyes'])
    expect(seawall.published).toBe('2025-11-12T07:10:00-05:00')
    expect(seawall.children.at(-1)?.type).toBe('update')

    // Unchanged: still "5 min ago" as first resolved, not the coarser "1 hr 15 min ago".
    const catchUp = only(second.tree, 'What we know so far')
    expect(catchUp.dateline).toBe('5 min ago')
    expect(catchUp.updated).toBeUndefined()
  })

  it('keeps posts a partial copy lacks, and tells a reused headline from the original', () => {
    expect(posts(third.tree)).toHaveLength(6)
    const [newer, older] = byHeadline(third.tree, 'What we know so far')
    const original = only(c1, 'What we know so far').id
    expect(older!.id).toBe(original)
    expect(newer!.id).toBe(`${original}-2`)
    expect(newer!.published).toBe('2025-11-12T12:29:00-05:00')
    // The absolute time printed later wins over 8:25 resolved from "5 min ago".
    expect(older!.published).toBe('2025-11-12T08:24:00-05:00')
    expect(older!.dateline).toBe('8:24 a.m. ET, November 12, 2025')

    expect(third.changes.added).toEqual([newer!.id, only(c3, 'Power cut to about 4,000 homes').id])
    expect(third.changes.updated).toEqual([
      only(c2, 'Schools in the lower town dismiss early').id,
      original
    ])
    expect(posts(third.tree).map((post) => post.headline)).toEqual([
      'What we know so far',
      'Power cut to about 4,000 homes',
      'Schools in the lower town dismiss early',
      'What we know so far',
      'Ferry terminals close until Thursday',
      'Seawall overtopped near the harbor'
    ])
    // Page meta from the newest copy.
    expect(third.tree.children[0]).toMatchObject({
      type: 'meta',
      title: 'Marrow Bay flooding: Water starts to recede'
    })
  })

  it('matches a copy whose only catch-up post is the later one to that post', () => {
    // The fourth copy holds only the 12:29 catch-up, so its reader gives it
    // the unsuffixed id; the archive's id for it must win.
    const inCopy = only(c4, 'What we know so far')
    const original = only(c1, 'What we know so far').id
    expect(inCopy.id).toBe(original)
    const [newer, older] = byHeadline(fourth.tree, 'What we know so far')
    expect(newer!.id).toBe(`${original}-2`)
    expect(older!.id).toBe(original)
    expect(fourth.changes.updated).toEqual([newer!.id])
    expect(newer!.children).toEqual(expect.anything())
    expect(JSON.stringify(newer)).toContain('3,200 homes')
    expect(JSON.stringify(older)).toContain('rising in the lower town')
  })

  it('never loses a post and never gives two posts one id', () => {
    const all = posts(fourth.tree)
    expect(all).toHaveLength(7)
    expect(new Set(all.map((post) => post.id)).size).toBe(7)
    expect(validate(fourth.tree)).toEqual([])
    // Every id the archive ever gave is still there, on the same headline's post.
    for (const step of [first, second, third]) {
      for (const post of posts(step.tree)) {
        expect(all.some((kept) => kept.id === post.id)).toBe(true)
      }
    }
  })

  it('changes nothing when the same copy is merged again', () => {
    const again = merge(fourth.tree, c4, {seenAt: '2025-11-12T16:00:00-05:00'})
    expect(JSON.stringify(again.tree)).toBe(JSON.stringify(fourth.tree))
    expect(again.changes.added).toEqual([])
    expect(again.changes.updated).toEqual([])
    expect(again.changes.unchanged).toEqual(
      posts(c4).map((post) => {
        return posts(fourth.tree).find((kept) => kept.headline === post.headline)!.id
      })
    )
  })

  it('is deterministic', () => {
    const replay = merge(
      merge(
        merge(merge(undefined, c1, {seenAt: '2025-11-12T08:30:00-05:00'}).tree, c2, {
          seenAt: '2025-11-12T09:40:00-05:00'
        }).tree,
        c3,
        {seenAt: '2025-11-12T12:35:00-05:00'}
      ).tree,
      c4,
      {seenAt: '2025-11-12T15:15:00-05:00'}
    )
    expect(JSON.stringify(replay)).toBe(JSON.stringify(fourth))
  })

  it('does not change its inputs', () => {
    const before = JSON.stringify(third.tree)
    merge(third.tree, c4, {seenAt: '2025-11-12T15:15:00-05:00'})
    expect(JSON.stringify(third.tree)).toBe(before)
  })
})

describe('an archived page (layout A, no times) across three copies', () => {
  const d1 = copy('dunmore-fire-1')
  const d2 = copy('dunmore-fire-2')
  const d3 = copy('dunmore-fire-3')
  const first = merge(undefined, d1, {seenAt: '2025-07-01T10:00:00+00:00'})
  const second = merge(first.tree, d2, {seenAt: '2025-07-01T20:00:00+00:00'})
  const third = merge(second.tree, d3, {seenAt: '2025-07-02T08:00:00+00:00'})

  it('tells a new catch-up post from the old one by its opening', () => {
    const original = only(d1, 'What we know so far')
    const [newer, older] = byHeadline(second.tree, 'What we know so far')
    expect(older!.id).toBe(original.id)
    expect(JSON.stringify(older)).toContain('rose to 800 by noon')
    expect(newer!.id).toBe(`${original.id}-2`)
    expect(JSON.stringify(newer)).toContain('Cooler air arrived')
  })

  it('keeps a reworded post’s id and the post the copy no longer holds', () => {
    const arden = only(second.tree, 'Arden school opens as evacuation center')
    expect(arden.id).toBe(only(d1, 'Evacuation center opens at Arden school').id)
    expect(arden.updated).toBe('2025-07-01T20:00:00+00:00')
    expect(only(second.tree, 'Fire crews arrive from three counties').id).toBe(
      only(d1, 'Fire crews arrive from three counties').id
    )
    expect(posts(second.tree).map((post) => post.headline)).toEqual([
      'What we know so far',
      'Village of Moy told to evacuate',
      'What we know so far',
      'Arden school opens as evacuation center',
      'Fire crews arrive from three counties'
    ])
  })

  it('matches the later catch-up post when a copy holds only it', () => {
    const [newer] = byHeadline(second.tree, 'What we know so far')
    const [latest] = byHeadline(third.tree, 'What we know so far')
    expect(only(d3, 'What we know so far').id).toBe(only(d1, 'What we know so far').id)
    expect(latest!.id).toBe(newer!.id)
    expect(JSON.stringify(latest)).toContain('Arden followed at midnight')
    expect(third.changes.updated).toEqual([newer!.id])
    expect(posts(third.tree)).toHaveLength(6)
  })

  it('takes page-level nodes from the newest copy that has them', () => {
    const kinds = (tree: Root) => tree.children.filter((node) => node.type !== 'post')
    expect(JSON.stringify(kinds(third.tree))).toContain('60% contained')
    // The third copy prints no notice: the one seen before stays.
    expect(kinds(third.tree).map((node) => node.type)).toEqual(['media', 'summary', 'notice'])
  })
})
