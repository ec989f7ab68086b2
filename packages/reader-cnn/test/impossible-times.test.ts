// A time line whose date or hour cannot exist ("February 30", "13:40 a.m.")
// still starts a post: the time is kept as printed, with a message, instead
// of the line (and the post under it) being read into the post above.
import {describe, expect, it} from 'vitest'
import {posts, read} from './helpers.js'

const page = [
  'Live Updates',
  'Ferry strike enters its second day',
  'By Ines Moreau, CNN',
  'Updated 9:10 p.m. ET, February 7, 2024',
  '',
  '9:10 p.m. ET, February 7, 2024',
  'Union calls a vote for Thursday',
  "From CNN's Ines Moreau",
  'Members will vote on the port authority offer on Thursday morning, the union said.',
  '',
  '8:19 p.m. ET, February 30, 2024',
  'Commuters queue for buses',
  "From CNN's Tomas Lind",
  'Lines for the replacement buses stretched around the terminal at rush hour.',
  '',
  '13:40 a.m. ET, February 7, 2024',
  'Port authority makes a new offer',
  "From CNN's Ines Moreau",
  'The authority offered a 4% raise over two years, a spokesperson said.',
  '',
  '6:05 p.m. ET, February 7, 2024',
  'Strike began at dawn',
  "From CNN's Tomas Lind",
  'Ferries stayed at their berths from the first sailing of the day.'
].join('\n')

describe('impossible times', () => {
  const {tree, file} = read(page)

  it('start their own posts, kept as printed with no `published`', () => {
    expect(
      posts(tree).map((post) => [post.headline, post.dateline, post.published ?? null])
    ).toEqual([
      [
        'Union calls a vote for Thursday',
        '9:10 p.m. ET, February 7, 2024',
        '2024-02-07T21:10:00-05:00'
      ],
      ['Commuters queue for buses', '8:19 p.m. ET, February 30, 2024', null],
      ['Port authority makes a new offer', '13:40 a.m. ET, February 7, 2024', null],
      ['Strike began at dawn', '6:05 p.m. ET, February 7, 2024', '2024-02-07T18:05:00-05:00']
    ])
  })

  it('are reported at their line, saying what is wrong', () => {
    const found = file.messages
      .filter((message) => message.ruleId === 'impossible-time')
      .map((message) => `${message.line}:${message.column} ${message.reason}`)
    expect(found).toEqual([
      '11:1 Impossible time `8:19 p.m. ET, February 30, 2024` (no such date): kept as printed only',
      '16:1 Impossible time `13:40 a.m. ET, February 7, 2024` (no such hour on a 12-hour clock): kept as printed only'
    ])
  })
})
