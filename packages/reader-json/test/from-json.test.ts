import {LBAST_VERSION, post, type Root, root, validate} from '@liveblog/core'
import writeJson, {toJson} from '@liveblog/writer-json'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {hostile, liveBlog, liveBlogWithPositions} from '../../writer-json/test/live-blog.js'
import readJson, {fromJson} from '../src/index.js'

/** Line and column (1-based) of the first occurrence of `needle` in `text`. */
function pointOf(text: string, needle: string, from = 0): {line: number; column: number} {
  const offset = text.indexOf(needle, from)
  expect(offset).toBeGreaterThan(-1)
  const before = text.slice(0, offset).split('\n')
  return {line: before.length, column: before.at(-1)!.length + 1}
}

function read(text: string): {tree: Root; file: VFile} {
  const file = new VFile(text)
  return {tree: fromJson(file), file}
}

describe('round trip', () => {
  for (const [name, make] of [
    ['with positions', liveBlogWithPositions],
    ['without positions', liveBlog]
  ] as const) {
    it(`reads back the tree written, ${name}, and writes the same JSON again`, () => {
      const tree = make()
      for (const options of [{}, {space: 2}, {positions: false}, {version: false, space: '\t'}]) {
        const text = toJson(tree, options)
        const {tree: back, file} = read(text)
        if (options.positions === false) {
          const {lbast, ...written} = JSON.parse(text)
          expect(back).toEqual(written)
        } else {
          expect(back).toEqual(tree)
        }
        expect(toJson(back, options)).toBe(text)
        const expected = options.version === false ? ['lbast-version-missing'] : []
        expect(file.messages.map((message) => message.ruleId)).toEqual(expected)
      }
    })
  }

  it('keeps the tree’s own positions (of its source), not positions in the JSON', () => {
    const tree = liveBlogWithPositions()
    const {tree: back} = read(toJson(tree, {space: 2}))
    expect(back.children[1]?.position).toEqual(tree.children[1]?.position)
    expect(back.position).toEqual(tree.position)
  })

  it('keeps hostile strings exactly', () => {
    const {tree: back} = read(toJson(liveBlog()))
    const third = back.children[6]
    expect(third?.type === 'post' && third.headline).toBe(hostile.quotes)
    expect(third?.type === 'post' && third.byline).toBe(hostile.script)
    expect(third?.type === 'post' && third.authors[1]).toEqual({
      name: hostile.loneHigh,
      role: hostile.loneLow
    })
    expect(JSON.stringify(back)).toContain(JSON.stringify(hostile.separators))
    expect(JSON.stringify(back)).toContain(JSON.stringify(hostile.controls))
  })

  it('puts the version on the file, not the tree', () => {
    const {tree, file} = read(toJson(root([])))
    expect(tree).toEqual({type: 'root', children: []})
    expect(file.data.lbast).toBe(LBAST_VERSION)
  })

  it('reads a VFile with a binary value', () => {
    const text = toJson(liveBlog())
    const file = new VFile({value: new TextEncoder().encode(text)})
    expect(fromJson(file)).toEqual(liveBlog())
  })
})

describe('readJson', () => {
  it('is a unified parser: JSON in, the same JSON out through writeJson', () => {
    const text = toJson(liveBlogWithPositions(), {space: 2})
    const processor = unified().use(readJson).use(writeJson, {space: 2})
    const file = processor.processSync(text)
    expect(String(file)).toBe(text)
    expect(file.messages).toEqual([])
    expect(unified().use(readJson).parse(text)).toEqual(liveBlogWithPositions())
  })

  it('puts its messages on the processed file', () => {
    const file = new VFile('{"type": "root", "lbast": "2.0.0", "children": []}')
    const tree = unified().use(readJson).parse(file)
    expect(tree).toEqual({type: 'root', children: []})
    expect(file.messages[0]?.fatal).toBe(true)
  })
})

describe('versions', () => {
  const at = (version: string) =>
    `{"type": "root", "lbast": ${JSON.stringify(version)}, "children": []}`

  it('refuses a newer major version', () => {
    const text = at('2.0.0')
    const {tree, file} = read(text)
    expect(tree).toEqual({type: 'root', children: []})
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message?.fatal).toBe(true)
    expect(message?.ruleId).toBe('lbast-version-newer')
    expect(message?.reason).toContain('written with lbast 2.0.0, this reader understands 1.x')
    expect({line: message?.line, column: message?.column}).toEqual(pointOf(text, '"2.0.0"'))
  })

  it('accepts a newer minor of the same major silently', () => {
    const {tree, file} = read(at('1.7.2'))
    expect(tree).toEqual({type: 'root', children: []})
    expect(file.messages).toEqual([])
    expect(file.data.lbast).toBe('1.7.2')
  })

  it('accepts an older major with a warning', () => {
    const {tree, file} = read(at('0.9.0'))
    expect(tree).toEqual({type: 'root', children: []})
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['lbast-version-older', false]
    ])
  })

  it('accepts a tree without a version, with an info message', () => {
    const tree = liveBlog()
    const {tree: back, file} = read(JSON.stringify(tree))
    expect(back).toEqual(tree)
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]?.fatal).toBe(undefined)
    expect(file.messages[0]?.ruleId).toBe('lbast-version-missing')
  })

  it('refuses a version that is not semver', () => {
    for (const version of ['banana', '1', '']) {
      const {tree, file} = read(at(version))
      expect(tree.children).toEqual([])
      expect(file.messages[0]?.ruleId).toBe('lbast-version-invalid')
      expect(file.messages[0]?.fatal).toBe(true)
    }
  })
})

describe('not lbast', () => {
  const tops: Array<[text: string, kind: string]> = [
    ['[]', 'an array'],
    ['[{"type": "root", "children": []}]', 'an array'],
    ['42', 'a number'],
    ['"root"', 'a string'],
    ['null', '`null`'],
    ['true', 'a boolean']
  ]
  for (const [text, kind] of tops) {
    it(`refuses ${text}`, () => {
      const {tree, file} = read(text)
      expect(tree).toEqual({type: 'root', children: []})
      expect(file.messages).toHaveLength(1)
      expect(file.messages[0]?.reason).toContain(`not ${kind}`)
      expect(file.messages[0]?.ruleId).toBe('not-lbast')
      expect(file.messages[0]?.fatal).toBe(true)
      expect(file.messages[0]?.place).toEqual({
        start: {line: 1, column: 1, offset: 0},
        end: {line: 1, column: text.length + 1, offset: text.length}
      })
    })
  }

  it('refuses another node as the top, pointing at its type', () => {
    const text = '{\n  "type": "paragraph",\n  "children": [{"type": "text", "value": "hi"}]\n}'
    const {tree, file} = read(text)
    expect(tree.children).toEqual([])
    expect(file.messages[0]?.reason).toContain('its `type` is "paragraph"')
    expect({line: file.messages[0]?.line, column: file.messages[0]?.column}).toEqual(
      pointOf(text, '"paragraph"')
    )
  })

  it('refuses an object without a type', () => {
    const {file} = read('{"children": []}')
    expect(file.messages[0]?.reason).toContain('it has no `type`')
  })

  it('refuses an mdast root with nodes lbast does not know', () => {
    const mdast = {
      type: 'root',
      children: [
        {type: 'heading', depth: 1, children: [{type: 'text', value: 'Riverton floods'}]},
        {type: 'definition', identifier: 'a', label: 'a', url: 'https://example.com', title: null},
        {
          type: 'paragraph',
          children: [
            {type: 'linkReference', identifier: 'a', referenceType: 'shortcut', children: []}
          ]
        }
      ]
    }
    const text = JSON.stringify(mdast, null, 2)
    const {tree, file} = read(text)
    expect(tree).toEqual({type: 'root', children: []})
    const fatal = file.messages.filter((message) => message.fatal)
    // Heading and paragraph are mdast, but not root content in lbast.
    expect(fatal.map((message) => message.ruleId)).toEqual([
      'content-model',
      'unknown-node',
      'content-model',
      'unknown-node'
    ])
    expect(fatal[1]?.reason).toContain('`/children/1`')
    expect(fatal[1]?.reason).toContain('unknown node type `definition`')
    expect({line: fatal[1]?.line, column: fatal[1]?.column}).toEqual({
      line: pointOf(text, '"definition"').line - 1,
      column: 5
    })
  })
})

describe('validation', () => {
  /** A small valid blog as indented JSON, with `edit` applied to its value. */
  type Fields = Record<string, unknown>
  interface Draft {
    children: Array<Fields & {authors: Fields[]}>
  }

  function blog(edit: (value: Draft) => void): string {
    const tree = root([
      post(
        {
          headline: 'Bridge reopens',
          authors: [{name: 'Lina Okafor'}, {name: 'Tomas Reyes'}],
          published: '2024-05-03T08:00:00-04:00'
        },
        []
      ),
      post({headline: 'Schools stay shut', authors: [{name: 'Mei Chen', location: 'Riverton'}]})
    ])
    const value = JSON.parse(toJson(tree))
    edit(value)
    return JSON.stringify(value, null, 2)
  }

  it('places a message on the offending value and names its path', () => {
    const text = blog((value) => {
      value.children[1]!.authors[0]!['name'] = 4242
    })
    const {tree, file} = read(text)
    expect(tree).toEqual({type: 'root', children: []})
    const [message] = file.messages
    expect(file.messages).toHaveLength(1)
    expect(message?.fatal).toBe(true)
    expect(message?.ruleId).toBe('field-type')
    expect(message?.source).toBe('@liveblog/reader-json')
    expect(message?.reason).toContain('`/children/1/authors/0/name`')
    const start = pointOf(text, '4242')
    expect(message?.place).toEqual({
      start: {...start, offset: text.indexOf('4242')},
      end: {line: start.line, column: start.column + 4, offset: text.indexOf('4242') + 4}
    })
  })

  it('reports every problem, a missing field on its node', () => {
    const text = blog((value) => {
      const first = value.children[0]!
      delete first['headline']
      first['published'] = 'yesterday'
    })
    const {file} = read(text)
    const messages = file.messages.map((message) => [message.ruleId, message.line, message.column])
    const postAt = pointOf(text, '{', text.indexOf('"children"'))
    expect(messages).toEqual([
      ['required-field', postAt.line, postAt.column],
      ['date-time', ...Object.values(pointOf(text, '"yesterday"'))]
    ])
    expect(file.messages[0]?.reason).toContain('`/children/0/headline`')
  })

  it('matches what core `validate` finds', () => {
    const value = JSON.parse(
      blog((value) => {
        value.children[0]!['id'] = value.children[1]!['id']
        value.children.push({type: 'meta', authors: []})
      })
    )
    const {file} = read(JSON.stringify(value))
    const found = validate(value)
    expect(found.length).toBeGreaterThan(1)
    expect(file.messages.map((message) => message.ruleId)).toEqual(found.map((item) => item.ruleId))
  })
})
