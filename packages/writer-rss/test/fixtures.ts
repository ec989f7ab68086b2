// A realistic live blog built with the core builders: a page spanning the
// switch from EST to EDT (10 March 2024), bylines, images with credits, a
// video, labelled lists and update notes. Fictional events.
import {
  author,
  blockquote,
  labelledItem,
  link,
  list,
  media,
  meta,
  paragraph,
  post,
  type Root,
  root,
  strong,
  summary,
  update
} from '@liveblog/core'

export function electionNight(): Root {
  return root([
    meta({
      title: 'Ostravia votes: live results',
      url: 'https://news.example/live/ostravia-election',
      description: 'Results and reaction from the Ostravian general election.',
      language: 'en',
      updated: '2024-03-10T04:05:00-04:00'
    }),
    summary('What we covered here', [
      list([
        labelledItem('Turnout', 'Officials reported record turnout in the capital.'),
        labelledItem('Result', 'The Green Union leads with most votes counted.')
      ])
    ]),
    post(
      {
        id: 'polls-close',
        headline: 'Polls have closed across Ostravia',
        byline: 'From Mara Lind and Tomas Berg',
        authors: [author('Mara Lind', 'News Desk'), author('Tomas Berg')],
        published: '2024-03-09T21:00:00-05:00',
        dateline: '9:00 p.m. ET, March 9, 2024'
      },
      [
        paragraph('Voting ended at 9 p.m. local time after a day of long lines in the capital.'),
        paragraph([
          'Officials said counting would begin at once, ',
          link('https://news.example/explainer', 'as our explainer sets out'),
          '.'
        ]),
        media(
          {url: 'https://img.news.example/lines.jpg', credit: 'Ana Ruiz/Example Photo'},
          'Voters wait outside a polling station in the capital.'
        )
      ]
    ),
    post(
      {
        id: 'turnout-record',
        headline: 'Turnout is the highest in two decades, election commission says',
        authors: [author('Mara Lind')],
        published: '2024-03-10T01:30:00-05:00'
      },
      [
        paragraph('The commission put turnout at 71 percent, up from 64 percent last time.'),
        list([
          labelledItem('Capital', 'Seventy-eight percent of voters cast a ballot.'),
          labelledItem('North', 'Sixty-five percent, the lowest of any region.')
        ]),
        update('update', 'This post was updated with regional figures.')
      ]
    ),
    post(
      {
        id: 'green-union-leads',
        headline: 'Green Union takes an early lead',
        authors: [],
        published: '2024-03-10T03:15:00-04:00',
        updated: '2024-03-10T03:40:00-04:00'
      },
      [
        paragraph([strong('With half the votes counted'), ', the Green Union has 38 percent.']),
        blockquote([paragraph('We are cautious, but the trend is clear.')]),
        media({
          kind: 'video',
          title: 'Supporters cheer as the first results come in',
          duration: 'PT2M14S',
          source: 'Example TV'
        }),
        update(
          'correction',
          'An earlier version of this post misstated the share of votes counted.'
        )
      ]
    ),
    post(
      {
        id: 'concession',
        headline: 'Prime minister concedes',
        byline: 'From Tomas Berg in Varna',
        authors: [author('Tomas Berg', undefined, 'Varna')],
        published: '2024-03-10T04:00:00-04:00'
      },
      [paragraph('The prime minister conceded in a short speech to supporters.')]
    )
  ])
}
