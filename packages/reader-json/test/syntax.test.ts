import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {fromJson} from '../src/index.js'

interface Case {
  name: string
  text: string
  reason: string
  start: [line: number, column: number]
  end: [line: number, column: number]
}

// Expected places are counted by hand from the texts (1-based columns).
const cases: Case[] = [
  {
    name: 'a missing comma between properties',
    text: '{\n  "type": "root",\n  "children": [\n    {"type": "notice" "children": []}\n  ]\n}\n',
    reason: 'expected `,`',
    start: [4, 23],
    end: [4, 33]
  },
  {
    name: 'a trailing comma in an object',
    text: '{"type": "root", "children": [],\n}',
    reason: 'expected a property name in double quotes',
    start: [2, 1],
    end: [2, 2]
  },
  {
    name: 'a trailing comma in an array',
    text: '{"type": "root",\n "children": [\n  {"type": "notice", "children": []},\n ]}',
    reason: 'expected a value',
    start: [4, 2],
    end: [4, 3]
  },
  {
    name: 'a comment',
    text: '{"type": "root", // the root\n "children": []}',
    reason: 'comments are not JSON',
    start: [1, 18],
    end: [1, 29]
  },
  {
    name: 'an unterminated string',
    text: '{"type": "root",\n "children": [{"type": "text", "value": "cut off',
    reason: 'unterminated string',
    start: [2, 41],
    end: [2, 49]
  },
  {
    name: 'a raw tab inside a string',
    text: '{"type": "root", "children": [{"type": "text", "value": "a\tb"}]}',
    reason: 'unescaped control character in a string',
    start: [1, 57],
    end: [1, 62]
  },
  {
    name: 'an invalid escape',
    text: '{\r\n"type": "root",\r\n"title": "a \\x b"}',
    reason: 'invalid escape',
    start: [3, 10],
    end: [3, 18]
  },
  {
    name: 'single quotes',
    text: "{'type': 'root'}",
    reason: 'unexpected character',
    start: [1, 2],
    end: [1, 8]
  },
  {
    name: 'NaN',
    text: '{"type": "root", "children": [], "data": {"n": NaN}}',
    reason: 'unexpected character',
    start: [1, 48],
    end: [1, 51]
  },
  {
    name: 'a second value',
    text: '{"type": "root", "children": []}\n{"type": "root", "children": []}\n',
    reason: 'expected the end of the text after the value',
    start: [2, 1],
    end: [2, 2]
  },
  {
    name: 'an unclosed object (CRLF lines)',
    text: '{\r\n  "type": "root",\r\n  "children": []\r\n',
    reason: 'expected `}`',
    start: [4, 1],
    end: [4, 1]
  },
  {name: 'an empty text', text: '', reason: 'expected a value', start: [1, 1], end: [1, 1]},
  {name: 'only white space', text: ' \n\t', reason: 'expected a value', start: [2, 2], end: [2, 2]}
]

describe('fromJson on invalid JSON', () => {
  for (const test of cases) {
    it(`refuses ${test.name} with a fatal message at its line and column`, () => {
      const file = new VFile(test.text)
      const tree = fromJson(file)
      expect(tree).toEqual({type: 'root', children: []})
      expect(file.messages).toHaveLength(1)
      const [message] = file.messages
      expect(message?.fatal).toBe(true)
      expect(message?.ruleId).toBe('json-syntax')
      expect(message?.source).toBe('@liveblog/reader-json')
      expect(message?.reason).toBe(`Cannot parse JSON: ${test.reason}`)
      expect([
        message?.place && 'start' in message.place ? message.place.start : undefined
      ]).toEqual([expect.objectContaining({line: test.start[0], column: test.start[1]})])
      expect(message?.place && 'end' in message.place ? message.place.end : undefined).toEqual(
        expect.objectContaining({line: test.end[0], column: test.end[1]})
      )
    })
  }

  it('accepts a byte order mark before the JSON and keeps columns as they are', () => {
    const file = new VFile('\uFEFF{"type": "root", "children": [], "lbast": 1}')
    fromJson(file)
    const [message] = file.messages
    expect(message?.ruleId).toBe('lbast-version-invalid')
    expect(message?.line).toBe(1)
    expect(message?.column).toBe(44)
  })
})
