import {readFileSync} from 'node:fs'
import {
  LBAST_VERSION,
  list,
  listItem,
  media,
  meta,
  notice,
  paragraph,
  post,
  root,
  summary,
  update,
  validate
} from '@liveblog/core'
import {Ajv2020} from 'ajv/dist/2020.js'
import formats from 'ajv-formats'
import {describe, expect, it} from 'vitest'
import {realisticTree, smallTree} from './fixtures/trees.js'

const schema = JSON.parse(
  readFileSync(new URL('../src/lbast.schema.json', import.meta.url), 'utf8')
) as {$id: string; description: string; $defs: Record<string, {description?: string}>}

// `strict` makes ajv reject unknown keywords and other schema mistakes. Its
// `strictTuples` objects to any open tuple, but root's children are one on
// purpose: `prefixItems` lets `meta` come first, `items` forbids it after.
const ajv = new Ajv2020({strict: true, strictTuples: false, allErrors: true})
// ajv-formats is CommonJS: under NodeNext its default export is `module.exports`.
formats.default(ajv)
const check = ajv.compile(schema)

function errorsOf(value: unknown) {
  check(value)
  return (check.errors ?? []).map(
    (error: {instancePath: string; message?: string}) => `${error.instancePath} ${error.message}`
  )
}

/** A JSON copy of the small tree, changed. */
type Loose = {[key: string]: unknown; children: Loose[]}

function changed(change: (tree: Loose) => void): unknown {
  const tree = JSON.parse(JSON.stringify(smallTree()))
  change(tree)
  return tree
}

describe('lbast.schema.json', () => {
  it('is a JSON Schema 2020-12 with an $id, a definition per node and the validator-only rules named', () => {
    expect(schema.$id).toBe(`https://liveblog.dev/schema/lbast-${LBAST_VERSION}.json`)
    for (const type of ['root', 'meta', 'summary', 'notice', 'media', 'post', 'update', 'author']) {
      expect(schema.$defs[type]).toBeDefined()
    }
    expect(schema.$defs.post?.description).toMatch(/unique/)
    expect(schema.description).toMatch(/unique/)
  })

  it('accepts builder-made trees and a large reader-shaped tree', () => {
    expect(errorsOf(smallTree())).toEqual([])
    expect(errorsOf(realisticTree())).toEqual([])
    expect(errorsOf(root())).toEqual([])
  })

  it('rejects broken trees where the broken value is', () => {
    expect(errorsOf(changed((t) => Object.assign(t.children[1]!, {duration: '03:16'})))).toContain(
      '/children/1/duration must match format "duration"'
    )
    expect(errorsOf(changed((t) => Object.assign(t.children[0]!, {postCount: -2})))).toContain(
      '/children/0/postCount must be >= 0'
    )
    expect(
      errorsOf(changed((t) => Object.assign(t.children[4]!, {authors: [{name: ''}]})))
    ).toContain('/children/4/authors/0/name must NOT have fewer than 1 characters')
    expect(errorsOf(changed((t) => Object.assign(t, {lbast: 'one'})))).toContainEqual(
      expect.stringMatching(/^\/lbast must match pattern /)
    )
    expect(errorsOf(changed((t) => Object.assign(t.children[4]!, {published: 'Feb 7'})))).toContain(
      '/children/4/published must match format "date-time"'
    )
  })
})

// Trees on which `validate()` and the schema must give the same verdict.
// Rules the schema cannot state (unique ids, position order) are left out.
const verdicts: Array<[string, unknown, boolean]> = [
  ['the small tree', smallTree(), true],
  ['the realistic tree', realisticTree(), true],
  ['an empty root', root(), true],
  ['a root with a version', {...root(), lbast: '1.2.0-beta.1'}, true],
  [
    'a post with a media and an update',
    root([
      post({headline: 'H', id: 'h'}, [paragraph('p'), media({}, 'c'), update(undefined, 'u')])
    ]),
    true
  ],
  [
    'a summary of list items',
    root([summary(undefined, [list([listItem('a'), listItem('b')])])]),
    true
  ],
  [
    'meta with every field',
    root([
      meta({title: 't', postCount: 0, published: '2024-01-01T00:00:00Z', authors: [{name: 'A'}]})
    ]),
    true
  ],
  [
    'extra unknown fields',
    changed((t) => Object.assign(t.children[3]!, {tone: 'urgent', data: {x: 1}})),
    true
  ],
  [
    'null where mdast allows it',
    root([
      post({headline: 'H', id: 'h'}, [
        {type: 'list', ordered: null, start: null, spread: null, children: []}
      ])
    ]),
    true
  ],
  ['a version that is not semver', {...root(), lbast: 'v1'}, false],
  ['meta not first', root([notice('n'), meta({})]), false],
  ['two metas', root([meta({}), meta({})]), false],
  ['an mdast node at the root', {type: 'root', children: [paragraph('p')]}, false],
  ['an unknown node', root([post({headline: 'H', id: 'h'}, [{type: 'widget'} as never])]), false],
  [
    'a heading in a paragraph',
    root([
      post({headline: 'H', id: 'h'}, [
        {type: 'paragraph', children: [{type: 'heading', depth: 1, children: []}]} as never
      ])
    ]),
    false
  ],
  ['a media without kind', changed((t) => delete t.children[1]!.kind), false],
  ['a post without headline', changed((t) => delete t.children[4]!.headline), false],
  [
    'a date without offset',
    changed((t) => Object.assign(t.children[4]!, {published: '2024-02-07T20:19:00'})),
    false
  ],
  [
    'an impossible date',
    changed((t) => Object.assign(t.children[4]!, {published: '2023-02-29T20:19:00Z'})),
    false
  ],
  ['an empty post id', changed((t) => Object.assign(t.children[4]!, {id: ''})), false],
  [
    'an update kind of another name',
    changed((t) => Object.assign(t.children[4]!.children[1]!, {kind: 'note'})),
    false
  ],
  [
    'a position with line 0',
    changed((t) =>
      Object.assign(t.children[3]!, {
        position: {start: {line: 0, column: 1}, end: {line: 1, column: 1}}
      })
    ),
    false
  ],
  ['data that is not an object', changed((t) => Object.assign(t.children[3]!, {data: []})), false],
  [
    'a fractional heading depth',
    root([post({headline: 'H', id: 'h'}, [{type: 'heading', depth: 1.5, children: []} as never])]),
    false
  ],
  ['not a root', paragraph('p'), false],
  [
    'a list start of 999999999',
    root([
      post({headline: 'H', id: 'h'}, [{type: 'list', start: 999_999_999, children: []} as never])
    ]),
    true
  ],
  [
    'a list start of 1e21',
    root([post({headline: 'H', id: 'h'}, [{type: 'list', start: 1e21, children: []} as never])]),
    false
  ],
  [
    'a negative list start',
    root([post({headline: 'H', id: 'h'}, [{type: 'list', start: -5, children: []} as never])]),
    false
  ],
  [
    'a date in year 0000',
    changed((t) => Object.assign(t.children[4]!, {published: '0000-02-07T20:19:00Z'})),
    false
  ],
  [
    'a date in year 0099',
    changed((t) => Object.assign(t.children[4]!, {published: '0099-02-07T20:19:00Z'})),
    true
  ],
  [
    'a post count past 2^53',
    changed((t) => Object.assign(t.children[0]!, {postCount: 2 ** 53})),
    false
  ],
  [
    'a post with a footnote reference and its definition',
    root([
      post({headline: 'Gates', id: 'gates'}, [
        {
          type: 'paragraph',
          children: [
            {type: 'text', value: 'Visitors'},
            {type: 'footnoteReference', identifier: 'gate', label: 'gate'}
          ]
        },
        {
          type: 'footnoteDefinition',
          identifier: 'gate',
          label: 'gate',
          children: [paragraph('From the gate scanners.')]
        }
      ] as never)
    ]),
    true
  ],
  [
    'a footnote reference without an identifier',
    root([post({headline: 'H', id: 'h'}, [paragraph({type: 'footnoteReference'} as never)])]),
    false
  ],
  [
    'a footnote definition with phrasing children',
    root([
      post({headline: 'H', id: 'h'}, [
        {type: 'footnoteDefinition', identifier: 'a', children: [{type: 'text', value: 'x'}]}
      ] as never)
    ]),
    false
  ]
]

describe('validate() and the schema agree', () => {
  for (const [name, tree, valid] of verdicts) {
    it(`on ${name}: ${valid ? 'valid' : 'invalid'}`, () => {
      expect(validate(tree).length === 0).toBe(valid)
      expect(check(tree)).toBe(valid)
    })
  }
})

const spec = new URL('../../../docs/ast.md', import.meta.url)

describe('the JSON examples in docs/ast.md', () => {
  it('are valid lbast (roots by validate(), nodes by their $defs)', () => {
    const blocks = [...readFileSync(spec, 'utf8').matchAll(/```json\n([\s\S]*?)```/g)].map(
      (match) => JSON.parse(match[1]!) as {type?: string}
    )
    expect(blocks.length).toBeGreaterThan(8)
    for (const example of blocks) {
      if (example.type === 'root') {
        expect(validate(example)).toEqual([])
        expect(check(example)).toBe(true)
      } else {
        const def = ajv.getSchema(`${schema.$id}#/$defs/${example.type ?? 'author'}`)
        expect(def?.(example), JSON.stringify(example).slice(0, 80)).toBe(true)
      }
    }
  })
})
