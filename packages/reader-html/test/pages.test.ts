// Invented pages shaped like real ones (fictional text): each read into the
// tree it should give, positions left out, and the messages it should give.
import {postId} from '@liveblog/core'
import {fromHtml} from '@liveblog/reader-html'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

/** The tree without positions, as JSON would have it. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, field) => (key === 'position' ? undefined : field)))
}

function read(html: string, options = {}) {
  const file = new VFile({path: 'page.html', value: html})
  const tree = fromHtml(file, options)
  const messages = file.messages.map((message) => ({
    place: message.place && 'start' in message.place ? message.place.start : message.place,
    ruleId: message.ruleId,
    reason: message.reason,
    fatal: message.fatal
  }))
  return {tree: plain(tree), messages, raw: tree}
}

const paragraph = (value: string) => ({type: 'paragraph', children: [{type: 'text', value}]})

describe('WordPress-style JSON-LD block', () => {
  // A CMS live-blog plugin: one JSON-LD script with the posting, entries in
  // the page as `div.liveblog-entry` with ids the JSON-LD `url`s point at.
  const html = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>Tollbridge regatta: live &#8211; The Weir Gazette</title>
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"LiveBlogPosting","headline":"Tollbridge regatta: live","description":"Rowing on the Weir all afternoon.","url":"https:\\/\\/weirgazette.example\\/regatta-live\\/","datePublished":"2025-06-14T09:00:00+01:00","dateModified":"2025-06-14T15:42:10+01:00","coverageStartTime":"2025-06-14T09:00:00+01:00","author":{"@type":"Person","name":"Morwenna Tilt"},"publisher":{"@type":"Organization","name":"The Weir Gazette"},"liveBlogUpdate":[{"@type":"BlogPosting","headline":"Eights final goes to Calder College","url":"https:\\/\\/weirgazette.example\\/regatta-live\\/#liveblog-entry-412","datePublished":"2025-06-14T15:40:00+01:00","author":{"@type":"Person","name":"Morwenna Tilt"},"articleBody":"Calder won by a length."},{"@type":"BlogPosting","headline":"Rain delay","url":"https:\\/\\/weirgazette.example\\/regatta-live\\/#liveblog-entry-398","datePublished":"2025-06-14T11:05+01:00","articleBody":"Racing paused for twenty minutes.\\nThe umpires met on the bank."}]}</script>
</head>
<body>
<div class="liveblog-feed">
  <div id="liveblog-entry-412" class="liveblog-entry">
    <header class="liveblog-meta"><span class="liveblog-author-name">Morwenna Tilt</span></header>
    <div class="liveblog-entry-text"><p>Calder won by a <strong>length</strong>, see <a href="https://weirgazette.example/results">results</a>.</p><p>Crews <a href="javascript:alert(1)">celebrated</a> on the bank.</p></div>
  </div>
  <div id="liveblog-entry-398" class="liveblog-entry">
    <div class="liveblog-entry-text"><p>Racing paused for twenty minutes.</p></div>
  </div>
</div>
</body>
</html>`

  it('reads the posting, the updates in order, their bodies from the entries', () => {
    const {tree, messages} = read(html)
    expect(tree).toEqual({
      type: 'root',
      children: [
        {
          type: 'meta',
          title: 'Tollbridge regatta: live',
          description: 'Rowing on the Weir all afternoon.',
          url: 'https://weirgazette.example/regatta-live/',
          site: 'The Weir Gazette',
          language: 'en-GB',
          authors: [{name: 'Morwenna Tilt'}],
          published: '2025-06-14T09:00:00+01:00',
          updated: '2025-06-14T15:42:10+01:00'
        },
        {
          type: 'post',
          id: 'liveblog-entry-412',
          headline: 'Eights final goes to Calder College',
          authors: [{name: 'Morwenna Tilt'}],
          published: '2025-06-14T15:40:00+01:00',
          children: [
            {
              type: 'paragraph',
              children: [
                {type: 'text', value: 'Calder won by a '},
                {type: 'strong', children: [{type: 'text', value: 'length'}]},
                {type: 'text', value: ', see '},
                {
                  type: 'link',
                  url: 'https://weirgazette.example/results',
                  children: [{type: 'text', value: 'results'}]
                },
                {type: 'text', value: '.'}
              ]
            },
            {
              type: 'paragraph',
              children: [
                {type: 'text', value: 'Crews '},
                {type: 'text', value: 'celebrated'},
                {type: 'text', value: ' on the bank.'}
              ]
            }
          ]
        },
        {
          type: 'post',
          id: 'liveblog-entry-398',
          headline: 'Rain delay',
          authors: [],
          // Seconds added; the offset kept as written.
          published: '2025-06-14T11:05:00+01:00',
          children: [paragraph('Racing paused for twenty minutes.')]
        }
      ]
    })
    expect(messages).toEqual([
      {
        place: {line: 12, column: 157, offset: expect.any(Number)},
        ruleId: 'unsafe-url',
        reason: 'Unexpected unsafe URL `javascript:alert(1)`, dropped',
        fatal: false
      }
    ])
  })
})

describe('a `@graph` with several nodes', () => {
  const graph = {
    '@context': 'https://schema.org',
    '@graph': [
      {'@type': 'WebSite', '@id': 'https://lowmoor.example/#website', name: 'Lowmoor Post'},
      {
        '@type': 'Organization',
        '@id': 'https://lowmoor.example/#org',
        name: 'Lowmoor Post',
        logo: 'https://lowmoor.example/logo.png'
      },
      {'@type': 'Person', '@id': 'https://lowmoor.example/#/person/ada', name: 'Ada Quell'},
      {'@type': 'Person', '@id': 'https://lowmoor.example/#/person/ben', name: 'Ben Ostry'},
      {
        '@type': 'BreadcrumbList',
        itemListElement: [{'@type': 'ListItem', position: 1, name: 'News'}]
      },
      {
        '@type': ['LiveBlogPosting', 'NewsArticle'],
        '@id': 'https://lowmoor.example/live/bypass#article',
        headline: 'Lowmoor bypass opening: as it happened',
        mainEntityOfPage: {'@id': 'https://lowmoor.example/live/bypass'},
        publisher: {'@id': 'https://lowmoor.example/#org'},
        author: [{'@id': 'https://lowmoor.example/#/person/ada'}],
        datePublished: '2025-03-01T08:00:00Z',
        inLanguage: 'en',
        liveBlogUpdate: [
          {'@id': 'https://lowmoor.example/live/bypass#u2'},
          {'@id': 'https://lowmoor.example/live/bypass#u1'}
        ]
      },
      {
        '@type': 'BlogPosting',
        '@id': 'https://lowmoor.example/live/bypass#u2',
        headline: 'First cars cross the new bridge',
        datePublished: '2025-03-01T10:15:00Z',
        dateModified: '2025-03-01T10:30:00Z',
        author: [
          {'@id': 'https://lowmoor.example/#/person/ada'},
          {'@id': 'https://lowmoor.example/#/person/ben'}
        ],
        articleBody: 'A queue of cars waited at the barrier.\n\nThe mayor drove the first one.'
      },
      {
        '@type': 'BlogPosting',
        '@id': 'https://lowmoor.example/live/bypass#u1',
        headline: 'Ribbon cut',
        datePublished: '2025-03-01T09:00:00Z',
        author: 'Ben Ostry',
        articleBody: 'The ribbon was cut at nine.',
        image: {'@type': 'ImageObject', url: 'https://lowmoor.example/img/ribbon.jpg'}
      }
    ]
  }
  const html = `<!doctype html><html><head><title>Bypass</title>
<script type="application/ld+json">${JSON.stringify(graph, null, 2)}</script></head><body></body></html>`

  it('follows `@id` references to updates, authors and the publisher', () => {
    const {tree, messages} = read(html)
    expect(messages).toEqual([])
    expect(tree).toEqual({
      type: 'root',
      children: [
        {
          type: 'meta',
          title: 'Lowmoor bypass opening: as it happened',
          url: 'https://lowmoor.example/live/bypass',
          site: 'Lowmoor Post',
          language: 'en',
          authors: [{name: 'Ada Quell'}],
          published: '2025-03-01T08:00:00Z'
        },
        {
          type: 'post',
          id: 'u2',
          headline: 'First cars cross the new bridge',
          authors: [{name: 'Ada Quell'}, {name: 'Ben Ostry'}],
          published: '2025-03-01T10:15:00Z',
          updated: '2025-03-01T10:30:00Z',
          children: [
            paragraph('A queue of cars waited at the barrier.'),
            paragraph('The mayor drove the first one.')
          ]
        },
        {
          type: 'post',
          id: 'u1',
          headline: 'Ribbon cut',
          authors: [{name: 'Ben Ostry'}],
          published: '2025-03-01T09:00:00Z',
          children: [
            paragraph('The ribbon was cut at nine.'),
            {
              type: 'media',
              kind: 'image',
              url: 'https://lowmoor.example/img/ribbon.jpg',
              children: []
            }
          ]
        }
      ]
    })
  })
})

describe('a microdata-only page', () => {
  const html = `<!doctype html>
<html lang="de"><head><title>Hafenfest live</title></head>
<body>
<main itemscope itemtype="https://schema.org/LiveBlogPosting">
  <h1 itemprop="headline">Hafenfest live</h1>
  <meta itemprop="datePublished" content="2025-08-02T12:00:00+02:00">
  <p itemprop="author" itemscope itemtype="https://schema.org/Person">By <span itemprop="name">Jonte Berle</span></p>
  <article id="e3" itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting">
    <h2 itemprop="headline">Fireworks moved to ten</h2>
    <time itemprop="datePublished" datetime="2025-08-02T18:40:00+02:00">18:40</time>
    <div itemprop="articleBody"><p>Wind off the water pushed the show back.</p><ul><li>Piers stay open</li><li>Ferries run late</li></ul></div>
  </article>
  <article id="e2" itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting">
    <time itemprop="datePublished" datetime="2025-08-02T15:05:00+02:00">15:05</time>
    <div itemprop="articleBody"><p>The tall ship has docked.</p></div>
  </article>
</main>
</body></html>`

  it('reads the item, its updates and their bodies; an update without a headline is kept, with a warning', () => {
    const {tree, messages} = read(html)
    expect(tree).toEqual({
      type: 'root',
      children: [
        {
          type: 'meta',
          title: 'Hafenfest live',
          language: 'de',
          authors: [{name: 'Jonte Berle'}],
          published: '2025-08-02T12:00:00+02:00'
        },
        {
          type: 'post',
          id: 'e3',
          headline: 'Fireworks moved to ten',
          authors: [],
          published: '2025-08-02T18:40:00+02:00',
          dateline: '18:40',
          children: [
            paragraph('Wind off the water pushed the show back.'),
            {
              type: 'list',
              ordered: false,
              spread: false,
              children: [
                {type: 'listItem', spread: false, children: [paragraph('Piers stay open')]},
                {type: 'listItem', spread: false, children: [paragraph('Ferries run late')]}
              ]
            }
          ]
        },
        {
          type: 'post',
          id: 'e2',
          headline: '',
          authors: [],
          published: '2025-08-02T15:05:00+02:00',
          dateline: '15:05',
          children: [paragraph('The tall ship has docked.')]
        }
      ]
    })
    expect(messages.map((message) => [message.ruleId, message.place])).toEqual([
      ['missing-headline', {line: 13, column: 3, offset: expect.any(Number)}],
      ['incomplete-updates', {line: 4, column: 1, offset: expect.any(Number)}]
    ])
  })
})

describe('a page whose JSON-LD has a syntax error', () => {
  // A trailing comma, as hand-edited templates have: the message points at
  // it, and the reader goes on to the page's other script.
  const html = `<!doctype html><html><head><title>Quarry blast</title>
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "LiveBlogPosting",
  "headline": "Quarry blast",
  "liveBlogUpdate": [],
}
</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Quarry blast: updates","liveBlogUpdate":[{"@type":"BlogPosting","headline":"Road closed","datePublished":"2025-02-10T07:30:00-06:00","articleBody":"County Road 4 is shut."}]}</script>
</head><body></body></html>`

  it('reports the error at its line and column, and reads the next script', () => {
    const {tree, messages} = read(html)
    expect(messages).toEqual([
      {
        place: {line: 8, column: 1, offset: expect.any(Number)},
        ruleId: 'json-ld-syntax',
        reason:
          'Cannot parse JSON-LD: expected a property name in double quotes; this script is skipped (the script starts at 2:1)',
        fatal: false
      }
    ])
    expect(tree).toEqual({
      type: 'root',
      children: [
        {type: 'meta', title: 'Quarry blast: updates'},
        {
          type: 'post',
          id: postId({headline: 'Road closed', children: []}),
          headline: 'Road closed',
          authors: [],
          published: '2025-02-10T07:30:00-06:00',
          children: [paragraph('County Road 4 is shut.')]
        }
      ]
    })
  })

  it('falls back to the markup when no script parses', () => {
    const broken = html.replace(
      /<script type="application\/ld\+json">\{"@context[^<]*<\/script>/,
      ''
    )
    const page = broken.replace(
      '<body></body>',
      '<body><article id="p1"><h2>Road closed</h2><p><time datetime="2025-02-10T07:30:00-06:00">7:30 a.m. CT</time></p><p>County Road 4 is shut.</p></article></body>'
    )
    const {tree, messages} = read(page)
    expect(messages.map((message) => message.ruleId)).toEqual(['json-ld-syntax'])
    expect(tree).toEqual({
      type: 'root',
      children: [
        {type: 'meta', title: 'Quarry blast'},
        {
          type: 'post',
          id: 'p1',
          headline: 'Road closed',
          authors: [],
          published: '2025-02-10T07:30:00-06:00',
          dateline: '7:30 a.m. CT',
          children: [paragraph('County Road 4 is shut.')]
        }
      ]
    })
  })
})

describe('a NewsArticle that embeds liveBlogUpdate', () => {
  const html = `<!doctype html><html lang="en"><head>
<script type="application/ld+json">[{"@context":"https://schema.org","@type":"WebPage","name":"Fenwick count"},{"@context":"https://schema.org","@type":"NewsArticle","headline":"Fenwick by-election count","dateModified":"2025-05-02T03:10:00+01:00","author":[{"@type":"Organization","name":"Fenwick Courier"}],"liveBlogUpdate":{"@type":"BlogPosting","headline":"Turnout at 41%","datePublished":"2025-05-02T01:00:00+01:00","articleBody":"Turnout was 41%, down from 48%."}}]</script>
</head><body></body></html>`

  it('reads it as the live blog (a top-level array, a single update)', () => {
    const {tree, messages} = read(html)
    expect(messages).toEqual([])
    expect(tree).toEqual({
      type: 'root',
      children: [
        {
          type: 'meta',
          title: 'Fenwick by-election count',
          language: 'en',
          authors: [{name: 'Fenwick Courier'}],
          updated: '2025-05-02T03:10:00+01:00'
        },
        {
          type: 'post',
          id: postId({headline: 'Turnout at 41%', children: []}),
          headline: 'Turnout at 41%',
          authors: [],
          published: '2025-05-02T01:00:00+01:00',
          children: [paragraph('Turnout was 41%, down from 48%.')]
        }
      ]
    })
  })
})

describe('a JSON-LD posting without updates, the posts in the markup', () => {
  // Page facts in JSON-LD, the updates only as articles: the facts come from
  // the script, the posts from the markup, with an info message.
  const html = `<!doctype html><html lang="en"><head>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Ferry strike: live","datePublished":"2025-09-01T06:00:00-04:00","coverageStartTime":"2025-09-01T06:00:00-04:00"}</script>
</head><body><main>
<article id="u9"><h3>Talks resume</h3><p class="meta"><time datetime="2025-09-01T11:20:00-04:00">11:20 a.m.</time></p><p>Both sides are back at the table.</p></article>
<article id="u8"><h3>Docks quiet</h3><p>No sailings this morning.</p></article>
</main></body></html>`

  it('reads the facts from the script and the posts from the articles', () => {
    const {tree, messages} = read(html)
    expect(tree).toEqual({
      type: 'root',
      children: [
        {
          type: 'meta',
          title: 'Ferry strike: live',
          language: 'en',
          published: '2025-09-01T06:00:00-04:00'
        },
        {
          type: 'post',
          id: 'u9',
          headline: 'Talks resume',
          authors: [],
          published: '2025-09-01T11:20:00-04:00',
          dateline: '11:20 a.m.',
          children: [paragraph('Both sides are back at the table.')]
        },
        {
          type: 'post',
          id: 'u8',
          headline: 'Docks quiet',
          authors: [],
          children: [paragraph('No sailings this morning.')]
        }
      ]
    })
    expect(messages.map((message) => [message.ruleId, message.place?.line])).toEqual([
      ['updates-elsewhere', 2],
      ['missing-time', 5],
      ['incomplete-updates', 2]
    ])
  })
})

describe('a JSON-LD posting with no updates anywhere', () => {
  it('keeps the page facts and warns `no-posts` instead of passing for a clean read', () => {
    const {tree, messages} = read(
      [
        '<!doctype html><html lang="en"><head><title>Harbour fog</title>',
        '<script type="application/ld+json">',
        '{"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Harbour fog closes the ferry lanes"}',
        '</script></head><body><p>Updates will appear here.</p></body></html>'
      ].join('\n')
    )
    expect((tree as {children: Array<{type: string}>}).children.map((node) => node.type)).toEqual([
      'meta'
    ])
    expect(messages.filter((message) => message.ruleId === 'no-posts')).toEqual([
      {
        place: {line: 1, column: 1, offset: 0},
        ruleId: 'no-posts',
        reason:
          'Found a `LiveBlogPosting` but no updates: no `liveBlogUpdate`, microdata update or `<article>` post',
        fatal: false
      }
    ])
  })
})
