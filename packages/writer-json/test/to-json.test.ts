import {readFileSync} from 'node:fs'
import {LBAST_VERSION, type Root, root} from '@liveblog/core'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import writeJson, {toJson} from '../src/index.js'
import {hostile, liveBlog, liveBlogWithPositions} from './live-blog.js'

function positionsIn(tree: Root): number {
  let count = 0
  visit(tree, (node) => {
    if (node.position) count++
  })
  return count
}

describe('toJson', () => {
  it('writes the tree as JSON, `lbast` right after the root `type`, with a final newline', () => {
    const tree = liveBlogWithPositions()
    const out = toJson(tree)
    expect(out.endsWith('}\n')).toBe(true)
    expect(out.indexOf('\n')).toBe(out.length - 1)
    const parsed = JSON.parse(out)
    expect(Object.keys(parsed)).toEqual(['type', 'lbast', ...Object.keys(tree).slice(1)])
    expect(parsed.lbast).toBe(LBAST_VERSION)
    const {lbast, ...rest} = parsed
    expect(rest).toEqual(tree)
  })

  it('keeps every node’s keys in the tree’s own order', () => {
    const tree = liveBlog()
    const parsed = JSON.parse(toJson(tree)) as Root
    const inOrder: string[][] = []
    visit(tree, (node) => {
      inOrder.push(Object.keys(node))
    })
    const outOrder: string[][] = []
    visit(parsed, (node) => {
      outOrder.push(Object.keys(node))
    })
    outOrder[0] = outOrder[0]!.filter((key) => key !== 'lbast')
    expect(outOrder).toEqual(inOrder)
    // Media nodes list `kind` before `type`, as the builder made them.
    expect(outOrder.find((keys) => keys.includes('kind'))?.slice(0, 2)).toEqual(['kind', 'url'])
  })

  it('is deterministic and does not touch the input', () => {
    const tree = liveBlogWithPositions()
    const before = structuredClone(tree)
    const first = toJson(tree, {positions: false})
    expect(toJson(tree, {positions: false})).toBe(first)
    expect(toJson(liveBlogWithPositions(), {positions: false})).toBe(first)
    expect(tree).toEqual(before)
    expect(positionsIn(tree)).toBeGreaterThan(50)
  })

  it('keeps positions by default and drops every node’s with `positions: false`', () => {
    const tree = liveBlogWithPositions()
    const kept = JSON.parse(toJson(tree)) as Root
    expect(positionsIn(kept)).toBe(positionsIn(tree))
    expect(kept.children[0]?.position).toEqual(tree.children[0]?.position)

    const dropped = JSON.parse(toJson(tree, {positions: false})) as Root
    expect(positionsIn(dropped)).toBe(0)
    expect(toJson(tree, {positions: false})).not.toContain('"start"')
    // A `position` key inside `data` is not a node's position: it stays.
    expect(dropped.children[4]?.data).toEqual(tree.children[4]?.data)
    expect(dropped.data).toEqual(tree.data)
    // Everything else is unchanged.
    const stripped = structuredClone(tree)
    visit(stripped, (node) => {
      delete node.position
    })
    const {lbast, ...rest} = dropped
    expect(rest).toEqual(stripped)
  })

  it('writes the current version, or none with `version: false`', () => {
    const stale: Root = {type: 'root', lbast: '0.9.0', children: []}
    expect(JSON.parse(toJson(stale)).lbast).toBe(LBAST_VERSION)
    expect(Object.keys(JSON.parse(toJson(stale)))).toEqual(['type', 'lbast', 'children'])
    expect(toJson(stale, {version: false})).toBe('{"type":"root","children":[]}\n')
    expect(stale.lbast).toBe('0.9.0')
    expect(JSON.parse(toJson(liveBlog(), {version: false}))).toEqual(liveBlog())
  })

  it('indents with `space`', () => {
    const out = toJson(root([]), {space: 2})
    expect(out).toBe(`{\n  "type": "root",\n  "lbast": "${LBAST_VERSION}",\n  "children": []\n}\n`)
    expect(toJson(liveBlog(), {space: '\t'}).split('\n').slice(1, 3)).toEqual([
      '\t"type": "root",',
      `\t"lbast": "${LBAST_VERSION}",`
    ])
  })

  it('writes hostile strings as valid, well-formed JSON that reads back the same', () => {
    const out = toJson(liveBlog())
    // Well-formed UTF-16: encoding to UTF-8 would replace any lone surrogate.
    expect(Buffer.from(out, 'utf8').toString('utf8')).toBe(out)
    // Lone surrogates are escaped, never written as broken UTF-16.
    expect(out).toContain('broken \\ud83d pair')
    expect(out).toContain('other \\ude00 half')
    expect(out).toContain('nul\\u0000')
    const back = JSON.parse(out) as Root
    const values: string[] = []
    visit(back, (node) => {
      for (const value of Object.values(node)) if (typeof value === 'string') values.push(value)
      if (node.type === 'post')
        for (const person of node.authors) values.push(...Object.values(person))
    })
    for (const value of Object.values(hostile)) expect(values).toContain(value)
  })

  it('writes an empty root', () => {
    expect(JSON.parse(toJson(root()))).toEqual({type: 'root', lbast: LBAST_VERSION, children: []})
  })
})

describe('writeJson', () => {
  it('is a unified compiler that passes its options on', () => {
    const tree = liveBlogWithPositions()
    const processor = unified().use(writeJson, {positions: false, space: 2})
    const out = processor.stringify(tree)
    expect(out).toBe(toJson(tree, {positions: false, space: 2}))
    expect(unified().use(writeJson).stringify(tree)).toBe(toJson(tree))
  })
})

describe('schema', () => {
  it('validates against the core JSON Schema, with and without positions', async () => {
    const {Ajv2020} = await import('ajv/dist/2020.js')
    // ajv-formats is CommonJS: its function is the module's `default` field.
    const addFormats = (await import('ajv-formats')).default.default
    const schema = JSON.parse(
      readFileSync(new URL('../../core/src/lbast.schema.json', import.meta.url), 'utf8')
    )
    const ajv = new Ajv2020({allErrors: true, strict: false})
    addFormats(ajv)
    const check = ajv.compile(schema)
    for (const tree of [liveBlog(), liveBlogWithPositions()]) {
      for (const positions of [true, false]) {
        const value = JSON.parse(toJson(tree, {positions}))
        const valid = check(value)
        expect(check.errors ?? [], `positions: ${positions}`).toEqual([])
        expect(valid).toBe(true)
      }
    }
    // The same check refuses a broken tree, so passing above means something.
    const broken = JSON.parse(toJson(liveBlog()))
    delete broken.children[4].headline
    expect(check(broken)).toBe(false)
  })
})
