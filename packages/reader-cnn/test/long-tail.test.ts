// The long tail of real pages (issue 15): each kind of line a copy may hold,
// in the layout where it occurs, with the tree it must give. All text is
// invented for these fixtures.
import type {Root, RootContent} from '@liveblog/core'
import {toString} from '@liveblog/core'
import type {List} from 'mdast'
import {describe, expect, it} from 'vitest'
import {captionCreditSplit, isImageStandIn, isPhotoCaption} from '../src/lib/media-lines.js'
import {blocks, fixture, posts, read} from './helpers.js'

/** The tree in one line per node: root nodes, then each post's blocks indented. */
function outline(tree: Root): string[] {
  const out: string[] = []
  for (const node of tree.children) out.push(...outlineNode(node))
  return out
}

function outlineNode(node: RootContent): string[] {
  switch (node.type) {
    case 'meta': {
      const {type, position, authors, ...fields} = node
      const names = authors?.map((author) => author.name).join(' & ')
      return [`meta ${JSON.stringify({...fields, ...(names ? {authors: names} : {})})}`]
    }
    case 'summary': {
      const list = node.children[0] as List | undefined
      const items = list ? list.children.map((item) => `  • ${toString(item)}`) : []
      return [`summary ${node.title}`, ...items]
    }
    case 'post':
      return [
        `post ${node.headline} | ${node.byline ?? '-'} | ${node.dateline ?? '-'} | ${node.published ?? '-'}`,
        ...blocks(node).map((block) => `  ${block}`)
      ]
    default:
      return [`${node.type}:${toString(node)}`]
  }
}

/** Messages as `line ruleId`, in line order. */
function messages(file: {messages: Array<{line?: number; ruleId?: string}>}): string[] {
  return [...file.messages]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    .map((message) => `${message.line} ${message.ruleId}`)
}

describe('a live page from a mirror, in Indian time', () => {
  const {tree, file} = read(fixture('mirror-zones.txt'))

  it('reads the head past the capture line, browser title, headshot names and tabs', () => {
    expect(outline(tree).slice(0, 5)).toEqual([
      `meta ${JSON.stringify({
        title: 'Kesar Valley floods force thousands from homes',
        byline: 'By Meera Das and Arun Pillai, CNN',
        updated: '2025-07-10T11:40:00+05:30',
        dateline: 'Updated 11:40 a.m. IST, July 10, 2025',
        authors: 'Meera Das & Arun Pillai'
      })}`,
      "summary What we're covering",
      '  • Rescue: Boats reached three cut-off villages overnight.',
      '  • Rain: More heavy rain is forecast for the weekend.',
      // A time and "has moved here" and nothing else: a notice, not a post.
      'notice:Our live coverage has moved here.'
    ])
  })

  it('reads times in IST, keeps an unknown zone as printed, and ET', () => {
    expect(outline(tree).slice(5)).toEqual([
      "post River crests above the danger mark at Sonpur | From CNN's Meera Das | 11:40 a.m. IST, July 10, 2025 | 2025-07-10T11:40:00+05:30",
      '  paragraph:The river rose past the danger mark early on Thursday, district officials said.',
      '  media/image:Boats carry residents away from flooded homes in Sonpur on July 10.|Ravi Kant/AP',
      '  paragraph:Officials said 12 relief camps were open across the district.',
      "post Schools closed across the district | From CNN's Arun Pillai | 9:30 a.m. IST, July 10, 2025 | 2025-07-10T09:30:00+05:30",
      '  paragraph:All schools in the district will stay shut until Monday, the education office said.',
      'post Neighbouring island sends relief flights | From CNN staff | 8:00 a.m. WIB, July 10, 2025 | -',
      "  paragraph:Two cargo planes with tents and water left the island's capital at dawn.",
      "post Aid agencies appeal for clean water | From CNN's Arun Pillai | 11:15 p.m. ET, July 9, 2025 | 2025-07-09T23:15:00-04:00",
      '  paragraph:Aid groups said clean drinking water was the most urgent need in the camps.'
    ])
    expect(posts(tree)[1]!.updated).toBe('2025-07-10T10:05:00+05:30')
  })

  it('says what it dropped, and names the zone it could not place', () => {
    expect(messages(file)).toEqual([
      '1 chrome',
      '2 chrome',
      '4 chrome',
      '10 chrome',
      '11 chrome',
      '12 notice-time',
      '26 unknown-time-zone'
    ])
    const zone = file.messages.find((message) => message.ruleId === 'unknown-time-zone')!
    expect(zone.fatal).toBe(false)
    expect(zone.reason).toContain('`WIB`')
    const reasons = file.messages
      .filter((message) => message.ruleId === 'chrome')
      .map((message) => message.reason)
    expect(reasons.map((reason) => reason.replace(/.*\((.*)\)$/, '$1'))).toEqual([
      'archive capture line',
      'browser title',
      'author names',
      'filter tabs',
      'filter tabs'
    ])
  })
})

describe('an AMP page', () => {
  const {tree, file} = read(fixture('amp-page.txt'))

  it('takes the line after the "Stay Updated" prompt as the title', () => {
    expect(outline(tree)).toEqual([
      `meta ${JSON.stringify({title: 'Wildfire crews gain ground near Cedar Ridge'})}`,
      'summary What you need to know',
      "post Evacuation orders lifted for two towns | From CNN's Lena Ortiz | 5:10 p.m. PT, August 2, 2024 | 2024-08-02T17:10:00-07:00",
      '  paragraph:Residents of Pine Hollow and Elk Flat may go home from Saturday, the county said.',
      // "Caption. Credit" on one line.
      '  media/image:A bulldozer cuts a fire line above Pine Hollow on August 1.|Dana Reyes/Reuters',
      '  paragraph:The fire was 60% contained by Friday afternoon, officials said.',
      "post Smoke closes the valley highway | From CNN's Owen Hart | 2:45 p.m. PDT, August 2, 2024 | 2024-08-02T14:45:00-07:00",
      // A credit printed twice and no caption.
      '  media/image:|Sam Okafor/AFP',
      '  paragraph:State police closed a 20-mile stretch of the highway because of thick smoke.',
      '  paragraph:Drivers were told to expect delays into the evening.'
    ])
    expect(messages(file)).toEqual(['1 chrome'])
  })

  it('points the one-line caption at its own characters', () => {
    const image = posts(tree)[0]!.children[1]!
    expect(image).toMatchObject({type: 'media', credit: 'Dana Reyes/Reuters'})
    const caption = (image as {children: Array<{position?: {end: {column: number}}}>}).children[0]
    expect(caption?.position?.end.column).toBe(
      'A bulldozer cuts a fire line above Pine Hollow on August 1.'.length + 1
    )
  })
})

describe('an archived page from a mirror, cut off at the end', () => {
  const {tree, file} = read(fixture('mirror-archived.txt'))

  it('reads stand-ins, captions without credits, labels over bullets and a cut last line', () => {
    expect(outline(tree)).toEqual([
      `meta ${JSON.stringify({title: 'March 14, 2025 spring storm news', postCount: 12})}`,
      'summary What we covered here',
      'post Power restored to most of Alder County | - | - | -',
      '  paragraph:Crews restored power to most homes by Friday evening, the utility said.',
      // A mirror's numbered stand-in.
      '  media/image:|',
      '  paragraph:About 4,000 customers were still without power late Friday.',
      // A caption whose credit line the copy dropped.
      '  media/image:Line workers repair a downed pole in Millbrook, Ohio, on March 14.|',
      '  paragraph:The utility said the last repairs would take until Sunday.',
      'post Where the storm hit hardest | - | - | -',
      '  list:Millbrook:\nRoofs were torn off two schools. ¶ Dunmore:\nA church steeple fell onto Main Street.',
      'post Forecasters expect a calm weekend | - | - | -',
      '  paragraph:The weather service said skies would clear on Saturday.',
      // The copy ends mid-sentence: the last paragraph, not a headline.
      '  paragraph:Wind gusts should stay below 20 mph, and then the temper'
    ])
    expect(messages(file)).toEqual(['1 chrome', '7 image-stand-in', '9 caption-without-credit'])
    expect(file.messages[2]!.fatal).toBe(false)
  })

  it('reads a label line and its bullet as one labelled item', () => {
    const list = posts(tree)[1]!.children[0] as List
    const paragraph = list.children[0]!.children[0]!
    expect(paragraph.type === 'paragraph' && paragraph.children[0]).toMatchObject({
      type: 'strong',
      children: [{type: 'text', value: 'Millbrook:'}]
    })
    expect(list.children[0]!.position).toMatchObject({start: {line: 12}, end: {line: 13}})
  })
})

describe('author names under headshots', () => {
  it('drops names printed one per line, with the affiliation, above the byline', () => {
    const text = [
      'Live Updates',
      'Harbor strike enters day two',
      'Ana Ruiz',
      'Tom Bell CNN',
      'By Ana Ruiz and Tom Bell, CNN',
      '9:05 a.m. ET, May 3, 2024',
      'Talks resume',
      'Union leaders returned to talks at nine.'
    ].join('\n')
    const {tree, file} = read(text)
    expect(tree.children[0]).toMatchObject({
      type: 'meta',
      title: 'Harbor strike enters day two',
      byline: 'By Ana Ruiz and Tom Bell, CNN'
    })
    expect(messages(file)).toEqual(['1 chrome', '3 chrome', '4 chrome'])
  })
})

describe('summary headings are a family', () => {
  it.each([
    'What you need to know',
    "Here's what you need to know",
    'What to know about the strike',
    'Catch up on the floods',
    'What we covered here',
    "What we're covering"
  ])('reads `%s` with its key points', (heading) => {
    const text = [
      'Live Updates',
      'Harbor strike enters day two',
      'By Ana Ruiz, CNN',
      heading,
      '• Dockworkers walked out at the main port.',
      '9:05 a.m. ET, May 3, 2024',
      'Talks resume',
      'Union leaders returned to talks at nine.'
    ].join('\n')
    const summary = read(text).tree.children[1]
    expect(summary).toMatchObject({type: 'summary', title: heading})
    expect(toString(summary!)).toBe('Dockworkers walked out at the main port.')
  })
})

describe('what the new rules leave alone', () => {
  it('reads a later summary-shaped line as a post headline', () => {
    const text = [
      'Live Updates',
      'March 14, 2025 spring storm news',
      'What we covered here',
      '12 Posts',
      'What to know about the storm',
      'The storm moved east overnight, forecasters said.',
      'Roads reopen in Millbrook',
      'Crews cleared the last fallen trees by noon.'
    ].join('\n')
    const {tree} = read(text)
    expect(tree.children.filter((node) => node.type === 'summary')).toHaveLength(1)
    expect(posts(tree).map((post) => post.headline)).toEqual([
      'What to know about the storm',
      'Roads reopen in Millbrook'
    ])
  })

  it('keeps a past-tense sentence ending "on <date>." a paragraph', () => {
    const text = [
      'Link Copied!',
      'Governor declares an emergency',
      'The storm reached the coast overnight.',
      'The governor declared an emergency in Millbrook, Ohio, on March 14.',
      'Schools will stay closed.'
    ].join('\n')
    expect(blocks(posts(read(text).tree)[0]!)).toEqual([
      'paragraph:The storm reached the coast overnight.',
      'paragraph:The governor declared an emergency in Millbrook, Ohio, on March 14.',
      'paragraph:Schools will stay closed.'
    ])
  })

  it('keeps an intro before several bullets an intro', () => {
    const text = [
      'Link Copied!',
      'What the strike means',
      'Port traffic has stopped.',
      'Key numbers:',
      '• 40 ships wait offshore.',
      '• 3,000 workers walked out.'
    ].join('\n')
    expect(blocks(posts(read(text).tree)[0]!)).toEqual([
      'paragraph:Port traffic has stopped.',
      'paragraph:Key numbers:',
      'list:40 ships wait offshore. ¶ 3,000 workers walked out.'
    ])
  })

  it('keeps a headline repeated in a post, and a sentence with a name and agency, as text', () => {
    const text = [
      'Link Copied!',
      'Talks resume',
      'Negotiators met at nine. Reuters reported it first.',
      'Harbor strike enters day two'
    ].join('\n')
    expect(blocks(posts(read(text).tree)[0]!)).toEqual([
      'paragraph:Negotiators met at nine. Reuters reported it first.',
      'paragraph:Harbor strike enters day two'
    ])
  })

  it('reads 130,000 posts without overflowing the stack', () => {
    const parts: string[] = []
    for (let i = 0; i < 130_000; i++) parts.push(`5 min ago\nBridge ${i} reopens\nCrews finished.`)
    const {tree, file} = read(parts.join('\n'))
    expect(tree.children).toHaveLength(130_000)
    expect(file.messages.filter((message) => message.ruleId === 'internal-error')).toEqual([])
  }, 60_000)
})

describe('line shapes of lost images', () => {
  it.each([
    ['Firefighters work near a burned home in Redmoor, Calvia, on January 9.', true],
    ['Smoke rises over the harbor district on Tuesday.', true],
    ['A rescuer is pictured with a dog in Sonpur on July 10.', true],
    [
      'Residents walk through a damaged market in Velas, Ostravia, on Sunday, March 10, 2024.',
      true
    ],
    ['The governor declared an emergency in Millbrook on March 14.', false],
    ['Police arrested four protesters near the port on Friday.', false],
    ['Army units launched strikes on the ridge on Tuesday.', false],
    ['Early voting begins across the state on March 5.', false],
    ['The hearing is scheduled for a federal court in Calden on Tuesday.', false],
    ['“We lost everything,” a resident told CNN on Friday.', false],
    ['Crowds gather in the square. Officials count votes on Monday.', false],
    ['Crowds gather in the square on Monday', false]
  ])('`%s` is a photo caption: %s', (text, expected) => {
    expect(isPhotoCaption(text)).toBe(expected)
  })

  it.each([
    ['Crews clear debris on Front Street on Tuesday. Marco Feld/Reuters', 'Marco Feld/Reuters'],
    ['Crews clear debris. Ann B. Cole/Pool/AP', 'Ann B. Cole/Pool/AP'],
    ['Crews clear debris on Front Street on Tuesday. Getty Images', 'Getty Images'],
    ['Crews clear debris on Front Street on Tuesday.', undefined],
    ['Talks went on. Officials Met Reporters', undefined],
    ['The vote passed. Read More', undefined]
  ])('`%s` ends in the credit `%s`', (text, credit) => {
    const at = captionCreditSplit(text)
    expect(at < 0 ? undefined : text.slice(at).trim()).toBe(credit)
  })

  it.each([
    ['Spring storm coverage (2)', true],
    ['Harbor strike (12)', true],
    ['Spring storm coverage', false],
    ['The vote was close (52-48)', false],
    ['Officials said so. (2)', false]
  ])('`%s` is an image stand-in: %s', (text, expected) => {
    expect(isImageStandIn(text)).toBe(expected)
  })
})
