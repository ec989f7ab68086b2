import {MAX_DEPTH, validate} from '@liveblog/core'
import {toJson} from '@liveblog/writer-json'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {afterEach, describe, expect, it} from 'vitest'
import {liveBlogWithPositions} from '../../writer-json/test/live-blog.js'
import {fromJson} from '../src/index.js'

const unsafe = ['__proto__', 'constructor', 'prototype'] as const

/** Every object in a JSON value, with the JSON Pointer-ish path to it. */
function objectsIn(value: unknown, path = ''): Array<[string, Record<string, unknown>]> {
  if (Array.isArray(value))
    return value.flatMap((item, index) => objectsIn(item, `${path}/${index}`))
  if (typeof value !== 'object' || value === null) return []
  const object = value as Record<string, unknown>
  return [
    [path, object],
    ...Object.entries(object).flatMap(([key, item]) => objectsIn(item, `${path}/${key}`))
  ]
}

/** Give `object` an own, enumerable key (so `JSON.stringify` writes it), even `__proto__`. */
function addKey(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, {value, enumerable: true, writable: true, configurable: true})
}

/** No object in the tree has an unsafe own key or a prototype other than Object's. */
function expectClean(value: unknown): void {
  for (const [path, object] of objectsIn(value)) {
    expect(Object.getPrototypeOf(object), path).toBe(Object.prototype)
    for (const key of unsafe) expect(Object.hasOwn(object, key), `${path}/${key}`).toBe(false)
  }
}

function expectUnpolluted(): void {
  expect(({} as Record<string, unknown>)['polluted']).toBe(undefined)
  expect((Object.prototype as Record<string, unknown>)['polluted']).toBe(undefined)
  expect(Object.prototype.toString.call([])).toBe('[object Array]')
}

afterEach(() => {
  // Should a test fail by polluting, do not let it break the ones after.
  delete (Object.prototype as Record<string, unknown>)['polluted']
})

describe('prototype pollution', () => {
  const base = JSON.parse(toJson(liveBlogWithPositions()))
  // One object of each kind at each depth (paths with indices generalised):
  // every node type's parent chain, positions and their points, authors, data.
  const kinds = new Map<string, string>()
  for (const [path] of objectsIn(base))
    kinds.set(path.replace(/\d+/g, '#'), kinds.get(path.replace(/\d+/g, '#')) ?? path)
  const places = [...kinds.values()]

  it('drops unsafe keys at every depth, with a warning at their position', () => {
    expect(places.length).toBeGreaterThan(25)
    expect(new Set(places.map((path) => path.split('/').length)).size).toBeGreaterThan(10)
    for (const [path, key] of places.flatMap((path) => unsafe.map((key) => [path, key] as const))) {
      const value = structuredClone(base)
      const target = objectsIn(value).find(([at]) => at === path)![1]
      addKey(target, key, {polluted: 1, prototype: {polluted: 1}})
      const text = JSON.stringify(value)
      expect(text).toContain(`"${key}":{"polluted":1`)

      const file = new VFile(text)
      const tree = fromJson(file)
      expectUnpolluted()
      expectClean(tree)
      // The rest of the tree is read as written.
      expect(tree, path).toEqual(liveBlogWithPositions())
      const warnings = file.messages.filter((message) => message.ruleId === 'unsafe-key')
      expect(warnings, path).toHaveLength(1)
      expect(warnings[0]?.fatal).toBe(false)
      expect(warnings[0]?.reason).toContain(`\`${key}\``)
      expect(
        warnings[0]?.place && 'start' in warnings[0].place && warnings[0].place.start.offset
      ).toBe(text.indexOf(`"${key}":{"polluted"`))
    }
  })

  it('drops them all at once, however escaped', () => {
    const value = structuredClone(base)
    let count = 0
    for (const [, object] of objectsIn(value)) {
      addKey(object, '__proto__', {polluted: 1})
      count++
    }
    // `\u005f` is `_`: the key is unsafe once decoded.
    const text = JSON.stringify(value).replaceAll('"__proto__"', '"\\u005f_proto__"')
    const file = new VFile(text)
    const tree = fromJson(file)
    expectUnpolluted()
    expectClean(tree)
    expect(tree).toEqual(liveBlogWithPositions())
    expect(file.messages.filter((message) => message.ruleId === 'unsafe-key')).toHaveLength(count)
  })

  it('keeps `({}).polluted` undefined for the classic payloads', () => {
    for (const text of [
      '{"__proto__": {"polluted": 1}, "type": "root", "children": []}',
      '{"type": "root", "children": [], "constructor": {"prototype": {"polluted": 1}}}',
      '{"type": "root", "children": [{"type": "notice", "children": [], "__proto__": {"polluted": 1}}]}',
      '[{"__proto__": {"polluted": 1}}]'
    ]) {
      const file = new VFile(text)
      const tree = fromJson(file)
      expectUnpolluted()
      expectClean(tree)
      expect(file.messages.some((message) => message.ruleId === 'unsafe-key')).toBe(true)
    }
  })
})

describe('duplicate keys', () => {
  it('keeps the last, as JSON.parse does, with a warning on the duplicate', () => {
    const text =
      '{"type": "root", "children": [{"type": "notice", "children": [], "children": []}], "lbast": "1.0.0"}'
    const file = new VFile(text)
    const tree = fromJson(file)
    expect(tree).toEqual({type: 'root', children: [{type: 'notice', children: []}]})
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]?.ruleId).toBe('duplicate-key')
    expect(file.messages[0]?.column).toBe(text.lastIndexOf('"children"') + 1)
  })
})

describe('hostile input', () => {
  it('refuses nesting too deep for the stack, without throwing', () => {
    for (const text of ['['.repeat(200_000), `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`]) {
      const file = new VFile(text)
      expect(fromJson(file)).toEqual({type: 'root', children: []})
      expect(file.messages.map((message) => message.ruleId)).toEqual(['json-too-deep'])
      // The column of the first bracket past the limit (2004 levels).
      expect(file.messages[0]?.column).toBe(text.indexOf('[') === 0 ? 2005 : 5 * 2004 + 1)
    }
  })

  it('reads the deepest tree the validator accepts', () => {
    let node: Record<string, unknown> = {type: 'paragraph', children: [{type: 'text', value: 'x'}]}
    for (let level = 0; level < MAX_DEPTH - 3; level++)
      node = {type: 'blockquote', children: [node]}
    const deep = {
      type: 'root',
      children: [
        {type: 'post', id: 'p', headline: 'Deep', authors: [{name: 'A'}], children: [node]}
      ]
    }
    expect(validate(deep)).toEqual([])
    const file = new VFile(JSON.stringify(deep))
    expect(fromJson(file)).toEqual(deep)
    expect(file.messages.map((message) => message.ruleId)).toEqual(['lbast-version-missing'])
  })

  it('does not count brackets inside strings as nesting', () => {
    const file = new VFile(
      JSON.stringify({
        type: 'root',
        children: [],
        data: {brackets: '['.repeat(5000), quote: '\\"[['}
      })
    )
    fromJson(file)
    expect(file.messages.map((message) => message.ruleId)).toEqual(['lbast-version-missing'])
  })

  it('honours `maxDepth`', () => {
    const file = new VFile(toJson(liveBlogWithPositions()))
    expect(fromJson(file, {maxDepth: 4}).children).toEqual([])
    expect(file.messages[0]?.ruleId).toBe('json-too-deep')
  })

  it('never throws on any string, and returns a valid tree', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({unit: 'binary'}),
          fc.json(),
          fc.string({unit: fc.constantFrom(...'{}[]":,0 \n\\u')})
        ),
        (text) => {
          const file = new VFile(text)
          const tree = fromJson(file)
          expect(validate(tree)).toEqual([])
          for (const message of file.messages) {
            expect(message.ruleId).toBeTruthy()
            expect(message.source).toBe('@liveblog/reader-json')
            expect(message.line).toBeGreaterThan(0)
          }
        }
      ),
      {numRuns: 500}
    )
    expectUnpolluted()
  })

  it('never throws on JSON values shaped like trees', () => {
    const node = fc.letrec((tie) => ({
      node: fc.record(
        {
          type: fc.constantFrom('root', 'post', 'paragraph', 'text', 'media', '__proto__', 'meta'),
          children: fc.array(tie('node'), {maxLength: 3}),
          value: fc.string(),
          authors: fc.array(fc.record({name: fc.anything()}), {maxLength: 2}),
          position: fc.anything()
        },
        {requiredKeys: ['type']}
      )
    })).node
    fc.assert(
      fc.property(node, (value) => {
        const file = new VFile(JSON.stringify(value))
        const tree = fromJson(file)
        expect(validate(tree)).toEqual([])
        for (const message of file.messages) expect(message.line).toBeGreaterThan(0)
      }),
      {numRuns: 300}
    )
  })
})
