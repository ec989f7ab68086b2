import {
  assert,
  checkField,
  LbastValidationError,
  MAX_DEPTH,
  paragraph,
  post,
  type Root,
  root,
  text,
  type ValidationMessage,
  validate
} from '@liveblog/core'
import {describe, expect, expectTypeOf, it} from 'vitest'
import {realisticTree, smallTree} from './fixtures/trees.js'

/** Parsed JSON, loosely typed: these tests break trees on purpose. */
// biome-ignore lint/suspicious/noExplicitAny: any shape, to break it
type Json = any

/** A JSON copy of the small tree to break, as a tool would receive one. */
function broken(change: (tree: Json) => void): unknown {
  const tree = JSON.parse(JSON.stringify(smallTree()))
  change(tree)
  return tree
}

function message(path: string, reason: string, ruleId: string): ValidationMessage {
  return {path, reason, ruleId}
}

describe('validate on valid trees', () => {
  it('accepts builder-made and reader-shaped trees', () => {
    expect(validate(smallTree())).toEqual([])
    expect(validate(realisticTree())).toEqual([])
    expect(validate(root())).toEqual([])
  })

  it('allows unknown fields on nodes, as unist does', () => {
    const tree = broken((t) => {
      t.children[4].children[0].emphasisLevel = 3
      t.children[0].custom = {anything: true}
      t.data = {hName: 'main'}
    })
    expect(validate(tree)).toEqual([])
  })

  it('treats undefined fields as absent, as builders and JSON do', () => {
    const tree = smallTree()
    Object.assign(tree.children[0]!, {title: undefined, published: undefined})
    expect(validate(tree)).toEqual([])
  })
})

describe('validate on invalid trees', () => {
  const cases: Array<[string, (tree: Json) => void, ValidationMessage[]]> = [
    [
      'children that are not an array',
      (t) => {
        t.children[4].children = 'The pier closed.'
      },
      [message('/children/4/children', 'expected `children` to be an array', 'field-type')]
    ],
    [
      'missing children',
      (t) => {
        delete t.children[3].children
      },
      [message('/children/3/children', 'expected `children` to be an array', 'required-field')]
    ],
    [
      'block content in phrasing content',
      (t) => {
        t.children[4].children[0].children.push({type: 'heading', depth: 2, children: []})
      },
      [
        message(
          '/children/4/children/0/children/1',
          'unexpected node `heading` in phrasing content',
          'content-model'
        )
      ]
    ],
    [
      'phrasing content in block content',
      (t) => {
        t.children[2].children.push({type: 'text', value: 'Loose text'})
      },
      [
        message(
          '/children/2/children/1',
          'unexpected node `text` in block content',
          'content-model'
        )
      ]
    ],
    [
      'a paragraph in a notice',
      (t) => {
        t.children[3].children = [{type: 'paragraph', children: []}]
      },
      [
        message(
          '/children/3/children/0',
          'unexpected node `paragraph` in phrasing content',
          'content-model'
        )
      ]
    ],
    [
      'an mdast node at the root',
      (t) => {
        t.children.push({type: 'paragraph', children: []})
      },
      [message('/children/5', 'unexpected node `paragraph` in root content', 'content-model')]
    ],
    [
      'a list item directly in a post',
      (t) => {
        t.children[4].children.push({type: 'listItem', children: []})
      },
      [
        message(
          '/children/4/children/2',
          'unexpected node `listItem` in post content',
          'content-model'
        )
      ]
    ],
    [
      'an update in a summary',
      (t) => {
        t.children[2].children.push({type: 'update', children: []})
      },
      [
        message(
          '/children/2/children/1',
          'unexpected node `update` in block content',
          'content-model'
        )
      ]
    ],
    [
      'a paragraph directly in a list',
      (t) => {
        t.children[2].children[0].children.push({type: 'paragraph', children: []})
      },
      [
        message(
          '/children/2/children/0/children/1',
          'unexpected node `paragraph` in list content',
          'content-model'
        )
      ]
    ],
    [
      'an unknown node type',
      (t) => {
        t.children.push({type: 'widget', children: []})
      },
      [message('/children/5', 'unknown node type `widget`', 'unknown-node')]
    ],
    [
      'a node without a type',
      (t) => {
        t.children[4].children.push({value: 'x'})
      },
      [message('/children/4/children/2', 'expected `type` to be a string', 'required-field')]
    ],
    [
      'a child that is not an object',
      (t) => {
        t.children[4].children.push('Just a string', null)
      },
      [
        message('/children/4/children/2', 'expected a node (an object), not a string', 'node'),
        message('/children/4/children/3', 'expected a node (an object), not `null`', 'node')
      ]
    ],
    [
      'a second meta',
      (t) => {
        t.children.push({type: 'meta'})
      },
      [
        message(
          '/children/5',
          'unexpected second `meta` node, expected at most one',
          'meta-position'
        )
      ]
    ],
    [
      'a meta that is not first',
      (t) => {
        t.children.push(t.children.shift())
      },
      [message('/children/4', 'expected `meta` to be the first child of `root`', 'meta-position')]
    ],
    [
      'a date-time without an offset or in prose',
      (t) => {
        t.children[0].published = 'Feb 7'
        t.children[4].updated = '2024-02-07T20:19:00'
        t.children[4].published = 20240207
      },
      [
        message(
          '/children/0/published',
          'expected an ISO 8601 date-time with offset, not `Feb 7`',
          'date-time'
        ),
        message('/children/4/published', 'expected `published` to be a string', 'field-type'),
        message(
          '/children/4/updated',
          'expected an ISO 8601 date-time with offset, not `2024-02-07T20:19:00`',
          'date-time'
        )
      ]
    ],
    [
      'a printed duration',
      (t) => {
        t.children[1].duration = '03:16'
      },
      [message('/children/1/duration', 'expected an ISO 8601 duration, not `03:16`', 'duration')]
    ],
    [
      'an unknown media kind',
      (t) => {
        t.children[1].kind = 'photo'
      },
      [
        message(
          '/children/1/kind',
          'expected `kind` to be one of `image`, `video`, `audio`, `map`, `embed`, not `photo`',
          'enum'
        )
      ]
    ],
    [
      'a media node without a kind, and an update of another kind',
      (t) => {
        delete t.children[1].kind
        t.children[4].children[1].kind = 1
      },
      [
        message('/children/1/kind', 'missing required field `kind`', 'required-field'),
        message(
          '/children/4/children/1/kind',
          'expected `kind` to be one of `update`, `correction`, not a number',
          'enum'
        )
      ]
    ],
    [
      'a negative or fractional post count',
      (t) => {
        t.children[0].postCount = -1
      },
      [
        message(
          '/children/0/postCount',
          'expected `postCount` to be a non-negative integer',
          'field-type'
        )
      ]
    ],
    [
      'a post without id, headline or authors',
      (t) => {
        delete t.children[4].id
        delete t.children[4].headline
        delete t.children[4].authors
      },
      [
        message('/children/4/id', 'missing required field `id`', 'required-field'),
        message('/children/4/headline', 'missing required field `headline`', 'required-field'),
        message('/children/4/authors', 'missing required field `authors`', 'required-field')
      ]
    ],
    [
      'an empty post id',
      (t) => {
        t.children[4].id = ''
      },
      [message('/children/4/id', 'expected `id` to be a non-empty string', 'field-type')]
    ],
    [
      'duplicate post ids',
      (t) => {
        t.children.push({...t.children[4]}, {...t.children[4], id: 'other'}, {...t.children[4]})
      },
      [
        message(
          '/children/5/id',
          `duplicate post id \`${(smallTree().children[4] as {id: string}).id}\`, first used at \`/children/4\``,
          'unique-id'
        ),
        message(
          '/children/7/id',
          `duplicate post id \`${(smallTree().children[4] as {id: string}).id}\`, first used at \`/children/4\``,
          'unique-id'
        )
      ]
    ],
    [
      'bad authors',
      (t) => {
        t.children[4].authors = [
          {name: ''},
          {affiliation: 'CNN'},
          'Ines Varga',
          {name: 'A', role: 3}
        ]
        t.children[0].authors = {name: 'B'}
      },
      [
        message('/children/0/authors', 'expected `authors` to be an array', 'field-type'),
        message(
          '/children/4/authors/0/name',
          'expected `name` to be a non-empty string',
          'field-type'
        ),
        message('/children/4/authors/1/name', 'missing required field `name`', 'required-field'),
        message(
          '/children/4/authors/2',
          'expected an author (an object with a `name`)',
          'field-type'
        ),
        message('/children/4/authors/3/role', 'expected `role` to be a string', 'field-type')
      ]
    ],
    [
      'a version that is not semver',
      (t) => {
        t.lbast = '1.0'
      },
      [message('/lbast', 'expected a semver version, not `1.0`', 'version')]
    ],
    [
      'mistyped mdast fields',
      (t) => {
        const body = t.children[4].children
        body.push(
          {type: 'heading', depth: 7, children: []},
          {type: 'list', ordered: 'yes', start: 1.5, children: []},
          {type: 'paragraph', children: [{type: 'text'}, {type: 'link', children: []}]},
          {type: 'code', value: 'x', lang: 5}
        )
      },
      [
        message(
          '/children/4/children/2/depth',
          'expected `depth` to be an integer from 1 to 6',
          'field-type'
        ),
        message(
          '/children/4/children/3/ordered',
          'expected `ordered` to be a boolean',
          'field-type'
        ),
        message('/children/4/children/3/start', 'expected `start` to be an integer', 'field-type'),
        message(
          '/children/4/children/4/children/0/value',
          'missing required field `value`',
          'required-field'
        ),
        message(
          '/children/4/children/4/children/1/url',
          'missing required field `url`',
          'required-field'
        ),
        message('/children/4/children/5/lang', 'expected `lang` to be a string', 'field-type')
      ]
    ],
    [
      'data that is not an object',
      (t) => {
        t.children[3].data = 'x'
      },
      [message('/children/3/data', 'expected `data` to be an object', 'field-type')]
    ],
    [
      'bad positions',
      (t) => {
        t.children[3].position = {
          start: {line: 0, column: 1},
          end: {line: 1, column: 1, offset: -1}
        }
        t.children[4].position = {start: {line: 3, column: 5}, end: {line: 3, column: 2}}
        t.children[1].position = 'line 2'
      },
      [
        message('/children/1/position', 'expected `position` to be an object', 'position'),
        message(
          '/children/3/position/start/line',
          'expected `line` to be an integer of at least 1',
          'position'
        ),
        message(
          '/children/3/position/end/offset',
          'expected `offset` to be an integer of at least 0',
          'position'
        ),
        message('/children/4/position/end', 'expected `end` not to be before `start`', 'position')
      ]
    ]
  ]

  for (const [name, change, expected] of cases) {
    it(`reports ${name}`, () => {
      expect(validate(broken(change))).toEqual(expected)
    })
  }

  it('reports values that are not a root', () => {
    expect(validate(null)).toEqual([message('', 'expected a node (an object), not `null`', 'node')])
    expect(validate(undefined)).toEqual([
      message('', 'expected a node (an object), not `undefined`', 'node')
    ])
    expect(validate([])).toEqual([message('', 'expected a node (an object), not an array', 'node')])
    expect(validate('{"type":"root"}')).toEqual([
      message('', 'expected a node (an object), not a string', 'node')
    ])
    expect(validate(paragraph('x'))).toEqual([
      message('', 'expected a `root` node, not `paragraph`', 'content-model')
    ])
  })

  it('keeps reasons short on long values', () => {
    const [first] = validate(broken((t) => (t.children[0].updated = 'x'.repeat(5000))))
    expect(first?.reason).toBe(
      `expected an ISO 8601 date-time with offset, not \`${'x'.repeat(39)}…\``
    )
  })
})

describe('validate on hostile values', () => {
  it('reports a cycle instead of recursing forever', () => {
    const tree = smallTree()
    const body = tree.children[4] as {children: unknown[]}
    body.children.push(tree)
    expect(validate(tree)).toEqual([
      message('/children/4/children/2', 'unexpected node `root` in post content', 'content-model'),
      message('/children/4/children/2', 'unexpected cycle: a node contains itself', 'cycle')
    ])
  })

  it('accepts a node shared between two parents (not a cycle)', () => {
    const shared = text('Same text')
    const tree = root([
      post({headline: 'A', id: 'a'}, [paragraph([shared])]),
      post({headline: 'B', id: 'b'}, [paragraph([shared])])
    ])
    expect(validate(tree)).toEqual([])
  })

  it('reports absurd depth once instead of overflowing the stack', () => {
    let inner: unknown = paragraph('deep')
    for (let index = 0; index < MAX_DEPTH * 5; index++)
      inner = {type: 'blockquote', children: [inner]}
    const tree = root([post({headline: 'Deep', id: 'deep'}, [inner as never])])
    const messages = validate(tree)
    expect(messages).toHaveLength(1)
    expect(messages[0]?.ruleId).toBe('max-depth')
    expect(messages[0]?.reason).toBe(`unexpected nesting deeper than ${MAX_DEPTH} levels`)
    expect(messages[0]?.path.split('/children/')).toHaveLength(MAX_DEPTH + 2)
  })

  it('reports a node whose fields throw when read', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no reading')
        }
      }
    )
    const tree = root([post({headline: 'P', id: 'p'}, [hostile as never])])
    expect(validate(tree)).toEqual([
      message('/children/0/children/0', 'could not read node: Error: no reading', 'unreadable')
    ])
  })
})

describe('assert', () => {
  it('passes a valid tree through and narrows unknown to Root', () => {
    const value: unknown = realisticTree()
    assert(value)
    expectTypeOf(value).toEqualTypeOf<Root>()
    expect(value.children).toHaveLength(9)
  })

  it('throws an LbastValidationError for the first problem', () => {
    const value = broken((t) => {
      t.children[1].duration = '03:16'
      t.children[4].id = ''
    })
    let error: unknown
    try {
      assert(value)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(LbastValidationError)
    expect(error).toBeInstanceOf(Error)
    expect(error).toMatchObject({
      name: 'LbastValidationError',
      path: '/children/1/duration',
      reason: 'expected an ISO 8601 duration, not `03:16`',
      ruleId: 'duration',
      message: 'expected an ISO 8601 duration, not `03:16` (at `/children/1/duration`, duration)'
    })
  })
})

describe('checkField', () => {
  it('checks one field by the rule validate uses', () => {
    expect(checkField('meta', 'published', '2024-02-07T20:19:00-05:00')).toEqual([])
    expect(checkField('meta', 'postCount', -1)).toEqual([
      {
        path: '/postCount',
        reason: 'expected `postCount` to be a non-negative integer',
        ruleId: 'field-type'
      }
    ])
    expect(checkField('post', 'authors', [{name: ''}])?.map((message) => message.path)).toEqual([
      '/authors/0/name'
    ])
  })

  it('says when lbast defines no such field or node', () => {
    expect(checkField('meta', 'colour', 'red')).toBeUndefined()
    expect(checkField('meta', 'toString', 'x')).toBeUndefined()
    expect(checkField('nope', 'title', 'x')).toBeUndefined()
  })
})

describe('numeric ranges', () => {
  const list = (start: unknown) =>
    root([
      post({id: 'a', headline: 'Tide', authors: []}, [
        {type: 'list', ordered: true, start, children: []} as never
      ])
    ])

  it.each([0, 1, 7, 999_999_999, null])('accepts a list start of %j', (start) => {
    expect(validate(list(start))).toEqual([])
  })

  it.each([-5, -1, 1_000_000_000, 1e21, Number.MAX_SAFE_INTEGER])(
    'refuses a list start of %j: no Markdown list prints it',
    (start) => {
      expect(validate(list(start))).toEqual([
        message(
          '/children/0/children/0/start',
          `expected \`start\` to be from 0 to 999999999 (at most nine digits, as CommonMark list numbers), not ${start}`,
          'range'
        )
      ])
    }
  )

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 2.5, '3'])(
    'refuses a list start of %j',
    (start) => {
      expect(validate(list(start)).map((m) => m.ruleId)).toEqual(['field-type'])
    }
  )

  it('refuses counts and positions past the safe integers', () => {
    expect(checkField('meta', 'postCount', 2 ** 53)?.map((m) => m.ruleId)).toEqual(['field-type'])
    expect(checkField('meta', 'postCount', Number.MAX_SAFE_INTEGER)).toEqual([])
    const tree = list(1)
    tree.children[0]!.position = {start: {line: 1e21, column: 1}, end: {line: 1e21, column: 2}}
    expect(validate(tree).map((m) => m.path)).toEqual([
      '/children/0/position/start/line',
      '/children/0/position/end/line'
    ])
  })

  it.each(['0001-01-01T00:00:00Z', '0999-12-31T23:59:59+00:00', '9999-12-31T23:59:59-05:00'])(
    'accepts the date-time %s',
    (value) => {
      expect(checkField('post', 'published', value)).toEqual([])
    }
  )

  it('refuses year 0000 and years that do not fit four digits', () => {
    expect(checkField('post', 'published', '0000-12-31T00:00:00Z')).toEqual([
      message(
        '/published',
        'expected a year from 0001 to 9999, not `0000-12-31T00:00:00Z`',
        'date-time'
      )
    ])
    for (const value of ['+10000-01-01T00:00:00Z', '-0001-01-01T00:00:00Z', '99-01-01T00:00:00Z']) {
      expect(checkField('post', 'published', value)?.map((m) => m.ruleId)).toEqual(['date-time'])
    }
  })
})
