// A realistic live blog built with the core builders, shared by the JSON
// writer's and reader's tests. All of its writing is invented for the tests.
import {
  author,
  blockquote,
  emphasis,
  labelledItem,
  link,
  list,
  listItem,
  media,
  meta,
  type Nodes,
  notice,
  paragraph,
  post,
  type Root,
  root,
  strong,
  summary,
  text,
  update
} from '@liveblog/core'

/** Strings that break naive serialisers, HTML embedding or UTF-16 handling. */
export const hostile = {
  quotes: `She said "not today" and 'not tomorrow' \\ then left`,
  script: '</script><script>alert(1)</script><!--',
  emoji: 'Crowds cheer 🎉🏃‍♀️ at the finish 👍🏽',
  loneHigh: 'broken \uD83D pair',
  loneLow: 'other \uDE00 half',
  separators: 'line\u2028separator and paragraph\u2029separator',
  controls: 'tab\there, nul\u0000, bell\u0007, escape\u001b, del\u007f',
  bom: '\uFEFFleading byte order mark'
}

export function liveBlog(): Root {
  return root([
    meta({
      title: 'Riverton floods: Live updates as the Ostra river crests',
      description: 'Follow the latest on the flooding along the Ostra.',
      url: 'https://example.com/2024/05/02/world/riverton-floods-live/index.html',
      site: 'CNN',
      language: 'en',
      byline: 'By Lina Okafor, Tomas Reyes and Mei Chen, CNN',
      authors: [
        author('Lina Okafor', 'CNN'),
        author('Tomas Reyes', 'CNN'),
        author('Mei Chen', 'CNN')
      ],
      published: '2024-05-02T05:00:00-04:00',
      updated: '2024-05-02T18:42:00-04:00',
      dateline: 'Updated 6:42 p.m. ET, May 2, 2024',
      postCount: 4
    }),
    media(
      {
        kind: 'video',
        url: 'https://example.com/videos/world/2024/05/02/riverton-flood-drone.cnn',
        title: 'Drone video shows the Ostra spilling into Riverton',
        slug: 'riverton-flood-drone-ldn-digvid',
        duration: 'PT3M16S',
        source: 'CNN'
      },
      'Drone video shows the Ostra spilling into Riverton'
    ),
    summary('What we covered here', [
      list([
        labelledItem('Evacuations', 'About 12,000 residents left low-lying districts overnight.'),
        labelledItem('Crest', ['The river peaked at ', strong('7.4 meters'), ', officials said.']),
        listItem(['Schools stay closed through ', emphasis('Friday'), '.'])
      ])
    ]),
    notice([
      'Our live coverage has moved ',
      link('https://example.com/riverton-floods-may-3', 'here'),
      '.'
    ]),
    post(
      {
        headline: 'Riverton mayor orders evacuation of three districts',
        byline: "From CNN's Lina Okafor in Riverton",
        authors: [{name: 'Lina Okafor', affiliation: 'CNN', location: 'Riverton'}],
        published: '2024-05-02T18:42:00-04:00',
        dateline: '6:42 p.m. ET, May 2, 2024'
      },
      [
        paragraph([
          'Mayor Ilse Varga ordered residents of ',
          strong('Lowmarket, Eastbank and Ferry Row'),
          ' to leave by 9 p.m.'
        ]),
        blockquote([paragraph(`"We will not wait for the water to decide for us," Varga said.`)]),
        media(
          {
            kind: 'image',
            url: 'https://example.com/images/riverton-sandbags.jpg',
            credit: 'Ana Ruiz/Reuters'
          },
          'Volunteers fill sandbags on Ferry Row in Riverton on May 2.'
        ),
        update('update', 'This post was updated with the mayor\u2019s comments.')
      ]
    ),
    post(
      {
        headline: 'What we know about the flooding so far',
        byline: "From CNN's Tomas Reyes and Mei Chen",
        authors: [author('Tomas Reyes', 'CNN'), author('Mei Chen', 'CNN')],
        published: '2024-05-02T16:05:00-04:00',
        updated: '2024-05-02T17:10:00-04:00',
        dateline: '4:05 p.m. ET, May 2, 2024'
      },
      [
        paragraph("Here's what else you should know:"),
        list([
          labelledItem('Power', '40,000 homes are without electricity.'),
          labelledItem('Transport', [
            'The ',
            link('https://example.com/rail', 'Ostra line', 'Rail notices'),
            ' is suspended.'
          ]),
          labelledItem('Aid', 'The regional government released emergency funds.')
        ]),
        {
          type: 'paragraph',
          children: [text('Road closures:'), {type: 'break'}, text('Bridge St.')]
        },
        {type: 'thematicBreak'},
        update(
          'correction',
          'An earlier version of this post misstated the number of homes without power.'
        )
      ]
    ),
    post(
      {
        headline: hostile.quotes,
        byline: hostile.script,
        authors: [author(hostile.emoji), {name: hostile.loneHigh, role: hostile.loneLow}],
        dateline: '21 min ago'
      },
      [
        paragraph(hostile.separators),
        paragraph([emphasis(hostile.controls), {type: 'inlineCode', value: hostile.bom}]),
        {type: 'code', lang: 'html', meta: null, value: hostile.script},
        {type: 'html', value: '<p>raw & "quoted"</p>'}
      ]
    ),
    post({headline: 'River levels begin to fall', authors: []}, [
      paragraph('Gauges at Riverton Bridge show the Ostra dropping by 4 centimeters an hour.'),
      {
        type: 'heading',
        depth: 3,
        children: [text('Numbers to watch')]
      },
      list([listItem('Gauge height: 6.9 m'), listItem('Rainfall, 24 h: 31 mm')], true)
    ])
  ])
}

/**
 * The same blog with a position on every node, as a reader would give it:
 * consecutive one-line spans in the (notional) source text, and `data` on a
 * few nodes.
 */
export function liveBlogWithPositions(): Root {
  const tree = liveBlog()
  let line = 1
  let offset = 0
  const place = (node: Nodes) => {
    const start = {line, column: 1, offset}
    if ('children' in node) for (const child of node.children as Nodes[]) place(child)
    const length = 10 + (line % 7)
    node.position = {start, end: {line, column: length + 1, offset: offset + length}}
    line++
    offset += length + 1
  }
  place(tree)
  tree.data = {source: 'riverton.txt'} as Root['data']
  const first = tree.children[4]
  if (first) first.data = {note: 'position-like data is not a node position', position: 3} as never
  return tree
}
