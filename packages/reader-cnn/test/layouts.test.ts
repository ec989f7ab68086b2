// Each layout CNN pages come in, written as CNN pages write them (our own text).
import type {Media, Meta, Notice, Summary} from '@liveblog/core'
import {toString} from '@liveblog/core'
import type {List} from 'mdast'
import {describe, expect, it} from 'vitest'
import {blocks, fixture, posts, read} from './helpers.js'

describe('archived page with "Link Copied!" separators', () => {
  const {tree, file} = read(fixture('archived-separators.txt'))
  const all = posts(tree)

  it('reads the featured video, key points and notice', () => {
    const [video, summary, notice] = tree.children as [Media, Summary, Notice]
    expect(video).toMatchObject({type: 'media', kind: 'video', duration: 'PT1M42S'})
    expect(video.title).toBe('Watch: Divers search the flooded quarry at Lennox Point')
    expect(summary.title).toBe('What we covered here')
    expect((summary.children[0] as List).children.map((item) => toString(item))).toEqual([
      'Rescue divers found two of the three missing hikers alive inside a flooded quarry tunnel at Lennox Point.',
      'The search for the third hiker will resume at dawn, the county sheriff said.'
    ])
    expect(toString(notice)).toBe('Our live coverage of the Lennox Point rescue has moved here.')
  })

  it('splits posts at separators, with headline and byline', () => {
    expect(all.map((post) => post.headline)).toEqual([
      "Two hikers rescued from flooded quarry. Here's what we know",
      'Divers describe the tunnel as "pitch black"',
      'Sheriff says the search will resume at dawn',
      'Quarry owner says the site was fenced off'
    ])
    expect(all.map((post) => post.byline)).toEqual([
      'From CNN staff',
      "From CNN's Oren Vale in Lennox Point and Maya Stone in Carrow, Westshire",
      'From Lena Ortiz and CNN’s Oren Vale',
      undefined
    ])
  })

  it('parses authors with affiliation and location', () => {
    expect(all[0]!.authors).toEqual([{name: 'CNN staff', affiliation: 'CNN'}])
    expect(all[1]!.authors).toEqual([
      {name: 'Oren Vale', affiliation: 'CNN', location: 'Lennox Point'},
      {name: 'Maya Stone', affiliation: 'CNN', location: 'Carrow, Westshire'}
    ])
    expect(all[2]!.authors).toEqual([{name: 'Lena Ortiz'}, {name: 'Oren Vale', affiliation: 'CNN'}])
    expect(all[3]!.authors).toEqual([])
  })

  it('reads labelled lists after an intro ending in a colon', () => {
    const list = all[0]!.children[2] as List
    expect(list.type).toBe('list')
    const labels = list.children.map((item) => {
      const paragraph = item.children[0]
      return paragraph?.type === 'paragraph' && paragraph.children[0]?.type === 'strong'
        ? toString(paragraph.children[0])
        : undefined
    })
    expect(labels).toEqual(['Who was found:', 'Still missing:', 'Weather:'])
    // The label ends at the first colon; a later colon stays in the text.
    expect(toString(list.children[2]!)).toBe(
      'Weather: Heavy rain is expected again on Monday: crews are racing the clock.'
    )
  })

  it('reads images, quotes, update notes and corrections', () => {
    expect(blocks(all[1]!)).toEqual([
      'media/image:Divers with the county rescue team enter the quarry tunnel on October 6.|Priya Nand/AP',
      'paragraph:“You could not see your own hand in there,” said diver Joel Amari.',
      "paragraph:The team worked in two-hour shifts, the sheriff's office said"
    ])
    expect(blocks(all[3]!)).toEqual([
      'paragraph:The company that owns the quarry said the site had been closed to the public since 2019.',
      'media/image:A satellite image shows the Lennox Point quarry on October 5, 2024.|Maxar Technologies',
      'update:Correction: An earlier version of this post misstated when the quarry closed.',
      "paragraph:Here's a map of the quarry"
    ])
    expect(all[2]!.children[1]).toMatchObject({type: 'update', kind: 'update'})
    expect(all[3]!.children[2]).toMatchObject({type: 'update', kind: 'correction'})
  })

  it('drops each separator with an info message', () => {
    const chrome = file.messages.filter((message) => message.ruleId === 'chrome')
    expect(chrome).toHaveLength(4)
    expect(chrome[0]!.line).toBe(7)
    expect(chrome[0]!.fatal).toBe(undefined)
    expect(file.messages.filter((message) => message.fatal !== undefined)).toEqual([])
  })
})

describe('archived page without separators or times', () => {
  const {tree} = read(fixture('archived-no-separators.txt'))
  const all = posts(tree)

  it('reads the page title, video with slug and source, empty key points and post count', () => {
    const meta = tree.children[0] as Meta
    expect(meta).toMatchObject({
      type: 'meta',
      title: 'October 6, 2024 Lennox Point rescue news',
      postCount: 14
    })
    expect(tree.children[1]).toMatchObject({
      type: 'media',
      kind: 'video',
      slug: 'lennox quarry divers tunnel 10-06-24 vpx',
      title: 'Divers enter the flooded tunnel at Lennox Point',
      duration: 'PT1M42S',
      source: 'CNN'
    })
    expect(tree.children[2]).toMatchObject({
      type: 'summary',
      title: 'What we covered here',
      children: []
    })
  })

  it('finds headlines that stand alone and have a body', () => {
    expect(all.map((post) => post.headline)).toEqual([
      'Divers reach the end of the first tunnel',
      'Volunteers gather at the quarry gate',
      'Watch: The moment the first hiker was brought out',
      'Search for missing hikers begins at Lennox Point'
    ])
    expect(all[1]!.authors).toEqual([{name: 'Maya Stone', affiliation: 'CNN'}])
  })

  it('reads a video embed inside a post', () => {
    expect(all[2]!.children[0]).toMatchObject({
      type: 'media',
      kind: 'video',
      slug: 'lennox rescue first hiker 10-06-24 vpx',
      title: 'Rescuers carry the first hiker out of the tunnel',
      duration: 'PT58S'
    })
  })

  it('reads labelled items separated by blank lines as one list', () => {
    const list = all[3]!.children[2] as List
    expect(list.type).toBe('list')
    expect(list.children).toHaveLength(2)
  })
})

describe('concluded page with times, bullets and glued labels', () => {
  const {tree, file} = read(fixture('concluded-times.txt'))
  const all = posts(tree)

  it('reads the post count, notice and EDT/EST times', () => {
    expect(tree.children[0]).toMatchObject({type: 'meta', postCount: 14})
    expect(toString(tree.children[1]!)).toBe(
      'Our live coverage for the day has ended. Read through the updates below.'
    )
    expect(all.map((post) => [post.published, post.dateline])).toEqual([
      ['2024-11-02T21:40:00-04:00', '9:40 p.m. ET, November 2, 2024'],
      // 1:30 a.m. on the night clocks fall back: the earlier (EDT) reading.
      ['2024-11-03T01:30:00-04:00', '1:30 a.m. ET, November 3, 2024'],
      ['2024-11-03T00:45:00-04:00', '12:45 a.m. ET, November 3, 2024']
    ])
  })

  it('reads bulleted items with a label glued to its text', () => {
    const list = all[0]!.children[2] as List
    const first = list.children[0]!.children[0]
    expect(first?.type === 'paragraph' && first.children.map((node) => toString(node))).toEqual([
      'Budget:',
      'The plan will cost $1.2 billion over ten years.'
    ])
  })

  it('drops "Sort by" and "Ad Feedback" with messages', () => {
    expect(file.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['chrome', 2],
      ['chrome', 11]
    ])
  })
})

describe('live pages', () => {
  it('reads page meta, glued update time, relative times and the ad dialog', () => {
    const {tree, file} = read(fixture('live-international.txt'))
    const meta = tree.children[0] as Meta
    expect(meta.title).toBe('Typhoon Marlo makes landfall: Live updates')
    expect(meta.authors).toHaveLength(10)
    expect(meta.authors![9]).toEqual({name: 'Mateo Rossi', affiliation: 'CNN'})
    expect(meta.updated).toBe('2024-04-08T04:27:00+00:00')
    expect(meta.postCount).toBe(12)
    const all = posts(tree)
    expect(all.map((post) => [post.headline, post.dateline, post.published])).toEqual([
      ['Ferry services suspended across the strait', '17 hr 44 min ago', undefined],
      [
        'Watch: Waves crash over the Velas seawall',
        '7:02 p.m. ET, April 7, 2024',
        '2024-04-07T19:02:00-04:00'
      ],
      [
        'Election officials count votes during the storm',
        '4:12 a.m. ET, April 7, 2024',
        '2024-04-07T04:12:00-04:00'
      ]
    ])
    // A caption printed again with its credit; words glued where a link was stay as printed.
    expect(blocks(all[0]!)[1]).toBe(
      'media/image:Passengers wait at the ferry terminal in Velas onApril 7.|Ana Cruz/Reuters'
    )
    // A caption printed twice with no credit.
    expect(blocks(all[1]!)[2]).toBe(
      'media/image:A flooded street in the lower town of Velas on April 7.|'
    )
    expect(all[1]!.children[0]).toMatchObject({kind: 'video', duration: 'PT3M19S', source: 'CNN'})
    expect(all[2]!.authors).toEqual([
      {name: 'Noa Peretz', role: 'journalist', location: 'Port Selden, Westshire'},
      {name: 'Decision Desk', affiliation: 'CNN'}
    ])
    const reasons = file.messages.map((message) => message.reason)
    expect(reasons.filter((reason) => reason.includes('ad-feedback dialog'))).toHaveLength(11)
    expect(reasons.filter((reason) => reason.includes('site navigation'))).toHaveLength(5)
    expect(reasons.some((reason) => reason.includes('repeated video duration'))).toBe(true)
  })

  it('resolves relative times against `now`', () => {
    const {tree} = read(fixture('live-updated.txt'), {now: '2024-04-03T10:56:00Z'})
    const [meta, post] = tree.children
    expect(meta).toMatchObject({updated: '2024-04-03T06:53:00-04:00'})
    expect(post).toMatchObject({dateline: '3 min ago', published: '2024-04-03T06:53:00-04:00'})
  })

  it('leaves relative times in `dateline` without `now`', () => {
    const post = posts(read(fixture('live-updated.txt')).tree)[0]!
    expect(post.dateline).toBe('3 min ago')
    expect(post.published).toBeUndefined()
  })
})

describe('line endings and odd characters', () => {
  const text = fixture('concluded-times.txt')

  it('reads CRLF, CR and a BOM like LF', () => {
    const plain = posts(read(text).tree)
    for (const variant of [`\uFEFF${text.replace(/\n/g, '\r\n')}`, text.replace(/\n/g, '\r')]) {
      const other = posts(read(variant).tree)
      expect(other.map((post) => [post.headline, post.byline, blocks(post)])).toEqual(
        plain.map((post) => [post.headline, post.byline, blocks(post)])
      )
    }
  })

  it('ignores trailing spaces and runs of blank lines', () => {
    const loose = text.replace(/\n/g, '   \n\n\n')
    expect(posts(read(loose).tree).map(blocks)).toEqual(posts(read(text).tree).map(blocks))
  })

  it('takes extra chrome lines from options', () => {
    const {tree, file} = read(text.replace('Ad Feedback', 'Promoted stories'), {
      chrome: ['Promoted Stories']
    })
    expect(posts(tree)[0]!.children).toHaveLength(3)
    expect(file.messages.some((message) => message.reason.includes('Promoted stories'))).toBe(true)
  })
})

describe('live page copied with the site menu above it', () => {
  const {tree, file} = read(fixture('live-menu.txt'))

  it('drops menu text above the page head instead of taking it for a post', () => {
    const meta = tree.children[0] as Meta
    expect(meta).toMatchObject({
      title: 'Port strike talks resume in Velas',
      byline: 'By Ana Cruz, Wen Liu and Hana Kim, CNN',
      updated: '2024-02-08T01:43:00-05:00',
      dateline: 'Updated 1:43 AM EST, Thu February 8, 2024'
    })
    expect(posts(tree).map((post) => post.headline)).toEqual(['Union leaders return to the table'])
    const dropped = file.messages
      .filter((message) => message.ruleId === 'chrome')
      .map((message) => message.line)
    expect(dropped).toEqual([1, 2, 3, 4, 5, 6, 10])
  })

  it('credits an agency as an author of its own, and reads a labelled credit', () => {
    const post = posts(tree)[0]!
    expect(post.authors).toEqual([{name: 'Ana Cruz', affiliation: 'CNN'}, {name: 'Reuters'}])
    expect(blocks(post)[1]).toBe(
      'media/image:Dockworkers picket outside the port of Velas on February 7.|Screenshot from Port Authority video'
    )
  })
})

describe('text before the first mark', () => {
  it('is read as a post, with a warning', () => {
    const text = [
      'Live Updates',
      'Port strike talks resume in Velas',
      'Union leaders return to the table',
      'Union leaders returned to talks on Thursday morning.',
      'Link Copied!',
      'Dockworkers walk out',
      'Dockworkers walked out at noon.'
    ].join('\n')
    const {tree, file} = read(text)
    expect(posts(tree).map((post) => post.headline)).toEqual([
      'Union leaders return to the table',
      'Dockworkers walk out'
    ])
    const warnings = file.messages.filter((message) => message.fatal === false)
    expect(warnings.map((message) => [message.ruleId, message.line])).toEqual([
      ['unmarked-post', 3]
    ])
  })
})

describe('a post updated after it was published', () => {
  it('keeps both times when "Updated …" stands between the time and the headline', () => {
    const text = [
      '8:19 p.m. ET, February 7, 2024',
      'Updated 9:02 p.m. ET, February 7, 2024',
      'Council delays the vote',
      "From CNN's Ana Cruz",
      'The council delayed its vote until next week.'
    ].join('\n')
    const post = posts(read(text).tree)[0]!
    expect(post).toMatchObject({
      headline: 'Council delays the vote',
      published: '2024-02-07T20:19:00-05:00',
      updated: '2024-02-07T21:02:00-05:00',
      byline: "From CNN's Ana Cruz"
    })
    expect(post.children).toHaveLength(1)
  })
})

describe('chrome messages', () => {
  it.each([
    ['a lone separator', 'Link Copied!'],
    ['chrome only', 'Link Copied!\nAd Feedback\nRead More\n'],
    ['a separator after a headline-only post', 'Tunnel closes for repairs\nLink Copied!\n'],
    [
      'chrome above a headline',
      'Link Copied!\nAd Feedback\nTunnel closes for repairs\nCrews began work at dawn.\n'
    ]
  ])('reports each chrome line once: %s', (_, value) => {
    const {file} = read(value)
    const chrome = file.messages.filter((message) => message.ruleId === 'chrome')
    const lines = chrome.map((message) => message.line)
    expect(new Set(lines).size).toBe(lines.length)
    const expected = value
      .split('\n')
      .filter((line) => /^(Link Copied!|Ad Feedback|Read More)$/.test(line))
    expect(chrome).toHaveLength(expected.length)
  })
})
