// fast-check arbitraries for valid lbast trees in mdast's normal form (no
// adjacent or empty text nodes), built with the core builders, whose text is
// full of what Markdown treats specially.
import {
  type Author,
  author,
  emphasis,
  labelledItem,
  link,
  list,
  listItem,
  media,
  meta,
  notice,
  paragraph,
  post,
  type Root,
  type RootContent,
  root,
  strong,
  summary,
  text,
  update
} from '@liveblog/core'
import fc from 'fast-check'
import type {BlockContent, PhrasingContent} from 'mdast'

const TOKENS = [
  'a',
  'word',
  'Route 9',
  ' ',
  '  ',
  '\t',
  '*',
  '**',
  '_',
  '__',
  '[',
  ']',
  '[x]',
  '[!NOTE]',
  '#',
  '# ',
  '<',
  '>',
  '<b>',
  '\\',
  '|',
  '~',
  '~~',
  '`',
  '```',
  '1. ',
  '1) ',
  '- ',
  '+ ',
  '> ',
  '&amp;',
  '&#x20;',
  '&',
  '<!--',
  '-->',
  '\n---\n',
  '---',
  '===',
  ':',
  ': ',
  '\n',
  '"',
  "'",
  '’',
  '{',
  '}',
  ',',
  '!',
  '![',
  '](',
  ')',
  'http://x.y',
  '<http://x.y>',
  'From ',
  "CNN's ",
  ' and ',
  ' in London',
  '8:19 p.m. ET',
  'é',
  '🙂',
  'null',
  '~',
  '123',
  '$'
]

/** Text full of Markdown syntax; never empty. */
export const value = fc
  .array(fc.constantFrom(...TOKENS), {minLength: 1, maxLength: 8})
  .map((parts) => parts.join(''))

/** A single line: no line endings (labels, credits). */
const line = value.map((item) => item.replace(/\n/g, ' '))

const url = fc.constantFrom(
  'https://example.com/a.jpg',
  'https://example.com/a b.jpg',
  'https://example.com/(x)',
  '#',
  '',
  'x<y>',
  'https://example.com/?a=1&amp;b=2'
)
const iso = fc.constantFrom(
  '2024-02-07T20:19:00-05:00',
  '2024-03-10T03:05:00-04:00',
  '2023-08-14T12:00:00Z'
)
const duration = fc.constantFrom('PT3M16S', 'PT2M47S', 'PT1H')

const authorArb: fc.Arbitrary<Author> = fc
  .record({name: line, affiliation: line, location: line, role: line}, {requiredKeys: ['name']})
  .map((fields) => ({
    ...author(fields.name, fields.affiliation, fields.location),
    ...(fields.role ? {role: fields.role} : {})
  }))
const authors = fc.array(authorArb, {maxLength: 3})

/** A phrasing node that is not text. */
const inlineOf = (value: fc.Arbitrary<string>): fc.Arbitrary<PhrasingContent> =>
  fc.oneof(
    value.map((item) => emphasis(item)),
    value.map((item) => strong(item)),
    fc.tuple(url, value).map(([href, label]) => link(href, label)),
    fc
      .tuple(url, value, fc.option(value, {nil: undefined}))
      .map(([href, label, title]) => link(href, label, title)),
    fc
      .constantFrom('code', 'a`b', ' x ', '**')
      .map((code): PhrasingContent => ({type: 'inlineCode', value: code})),
    value.map((item): PhrasingContent => ({type: 'delete', children: [text(item)]})),
    fc.tuple(url, value).map(([src, alt]): PhrasingContent => ({type: 'image', url: src, alt}))
  )

/**
 * Phrasing in normal form: text and other nodes alternate; breaks only inside.
 * Body headings are written as ATX headings, which are one line (see
 * docs/markdown.md), so their phrasing has no line endings.
 */
const phrasingOf = (
  value: fc.Arbitrary<string>,
  breaks: boolean
): fc.Arbitrary<PhrasingContent[]> =>
  fc
    .array(fc.tuple(fc.option(value, {nil: undefined}), inlineOf(value), fc.boolean()), {
      maxLength: 3
    })
    .chain((runs) =>
      fc.option(value, {nil: undefined}).map((last) => {
        const result: PhrasingContent[] = []
        for (const [before, node, lineBreak] of runs) {
          // Two code spans or strikethroughs side by side read as one (`a``b`,
          // `~~a~~~~b~~`): Markdown cannot part them (docs/markdown.md).
          const previous = result[result.length - 1]
          if (before !== undefined) result.push(text(before))
          else if (
            previous?.type === node.type &&
            (node.type === 'inlineCode' || node.type === 'delete')
          ) {
            result.push(text('x'))
          }
          if (breaks && lineBreak && result.length > 0) result.push({type: 'break'})
          result.push(node)
        }
        if (last !== undefined) result.push(text(last))
        return result.length > 0 ? result : [text('x')]
      })
    )

export const phrasing = phrasingOf(value, true)
const headingPhrasing = phrasingOf(line, false)

const block: fc.Arbitrary<BlockContent> = fc.oneof(
  {weight: 4, arbitrary: phrasing.map((children) => paragraph(children))},
  fc
    .array(fc.tuple(line, value), {minLength: 1, maxLength: 3})
    .map(([...items]) => list(items.map(([label, rest]) => labelledItem(label, rest)))),
  fc.array(phrasing, {minLength: 1, maxLength: 3}).map((items) =>
    list(
      items.map((item) => listItem(item)),
      true
    )
  ),
  fc.tuple(fc.integer({min: 1, max: 6}), headingPhrasing).map(
    ([depth, children]): BlockContent => ({
      type: 'heading',
      depth: depth as 1,
      children
    })
  ),
  phrasing.map(
    (children) => ({type: 'blockquote', children: [paragraph(children)]}) as BlockContent
  ),
  fc
    .tuple(value, fc.option(fc.constantFrom('js', 'md'), {nil: undefined}))
    .map(
      ([code, lang]): BlockContent =>
        lang ? {type: 'code', lang, value: code} : {type: 'code', value: code}
    ),
  fc.constant({type: 'thematicBreak'} as BlockContent)
)

const mediaArb = fc
  .record(
    {
      kind: fc.constantFrom('image', 'video', 'audio', 'map', 'embed' as const),
      url,
      title: fc.oneof(value, fc.constant('')),
      slug: line,
      duration,
      credit: fc.oneof(value, fc.constant('')),
      source: line
    },
    {requiredKeys: ['kind']}
  )
  .chain((fields) =>
    fc.option(phrasing, {nil: undefined}).map((caption) => media(fields, caption ?? []))
  )

const updateArb = fc
  .tuple(fc.option(fc.constantFrom('update', 'correction' as const), {nil: undefined}), phrasing)
  .map(([kind, children]) => update(kind, children))

const postArb = fc
  .record(
    {
      headline: fc.oneof(value, fc.constant('')),
      byline: fc.oneof(value, fc.constant('')),
      authors,
      published: iso,
      updated: iso,
      dateline: fc.oneof(value, fc.constant(''))
    },
    {requiredKeys: ['headline']}
  )
  .chain((fields) =>
    fc
      .array(fc.oneof({weight: 4, arbitrary: block}, mediaArb, updateArb), {maxLength: 5})
      .map((children) => post(fields, children))
  )

const metaArb = fc
  .record(
    {
      title: value,
      description: value,
      url: value,
      site: line,
      language: fc.constantFrom('en', 'de-CH'),
      byline: value,
      authors,
      published: iso,
      updated: iso,
      dateline: value,
      postCount: fc.nat(500)
    },
    {requiredKeys: []}
  )
  .map((fields) => meta(fields))

const topLevel: fc.Arbitrary<RootContent> = fc.oneof(
  {weight: 5, arbitrary: postArb},
  mediaArb,
  phrasing.map((children) => notice(children)),
  fc
    .tuple(fc.option(value, {nil: undefined}), fc.array(block, {maxLength: 3}))
    .map(([title, children]) => summary(title, children))
)

/** A valid tree: optional meta first, then any top-level nodes, post ids unique. */
export const tree: fc.Arbitrary<Root> = fc
  .tuple(
    fc.option(metaArb, {nil: undefined}),
    fc.array(topLevel, {maxLength: 6}),
    fc.option(fc.constant('1.0.0'), {nil: undefined})
  )
  .map(([head, children, version]) => {
    let n = 0
    for (const child of children) if (child.type === 'post') child.id = `${child.id}-${n++}`
    const result = root(head ? [head, ...children] : children)
    if (version) result.lbast = version
    return result
  })
