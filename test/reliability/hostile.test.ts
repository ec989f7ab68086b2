// Hostile inputs: each reader must finish in time proportional to the input's
// size (checked against a smaller input of the same shape, see linear.ts) and
// return a valid tree.
import {type Root, validate} from '@liveblog/core'
import {fromCnnText} from '@liveblog/reader-cnn'
import {fromJson} from '@liveblog/reader-json'
import {fromMarkdown} from '@liveblog/reader-markdown'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {describeScaling, expectLinear, scaling} from './linear.js'

/** `unit` repeated to `size` characters. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
}

/** `count` lines cycling through `lines`, with line feeds. */
function cycle(lines: string[], count: number): string {
  return Array.from({length: count}, (_, index) => lines[index % lines.length]).join('\n')
}

// Buttons and labels a copied CNN page is full of, each dropped as chrome.
const CHROME = [
  'Link Copied!',
  'Ad Feedback',
  'Read More',
  'Sort by',
  'SORT BYLatestOldest',
  'Show more',
  'Load more',
  'Share',
  'Close',
  'Back to top',
  'Advertisement',
  'Up next'
]

// One line of many things the readers look for, none of them ending it.
const LONG_LINE_UNIT =
  'Link Copied! 8:19 p.m. ET, February 7, 2024 21 min ago From CNN’s Ann Lee in London and Bo Chan, *a* _b_ [c](https://x.example) <b> a: • '

/** A shape of hostile input: `make(n)` is about `n` characters (or lines). */
interface Shape {
  name: string
  make: (n: number) => string
  /** The small size; the large one is four times that. */
  n: number
}

/** The shapes, at sizes for a reader that reads about `scale` times slower than the CNN one. */
function shapes(scale: number): Shape[] {
  return [
    // Large sizes are what the issue asks for: a 1 MB line, 100,000 lines,
    // 10,000 nested markers (smaller for the slow Markdown reader).
    {
      name: 'one line without line endings',
      make: (n) => fill(LONG_LINE_UNIT, n),
      n: 250_000 / scale
    },
    {name: 'lines of "a:"', make: (n) => 'a:\n'.repeat(n), n: 25_000 / scale},
    {name: 'nested quotes `>>>>…`', make: (n) => '>'.repeat(n), n: 2_500},
    {name: 'nested brackets `[[[[…`', make: (n) => '['.repeat(n), n: 2_500},
    {name: 'chrome lines only', make: (n) => cycle(CHROME, n), n: 2_500 / scale},
    {
      name: 'NUL and other control characters',
      make: (n) =>
        fill('a\u0000b\u0001\u0007\u0008\u000B\u000C\u001B\u007F\u0085\uFEFF\u2028 c\u0000\n', n),
      n: 25_000 / scale
    },
    {
      name: 'lone surrogates',
      make: (n) => fill('x\uD800y \uDC00 z\uDBFF\n\uDFFF headline\n\uD83D\n', n),
      n: 25_000 / scale
    },
    {
      name: 'mixed CR, LF and CRLF',
      make: (n) => fill('Headline\rFrom CNN staff\r\nA paragraph.\n\rLink Copied!\r\r\n\n', n),
      n: 25_000 / scale
    }
  ]
}

function readChecked(read: (file: VFile) => Root): (input: string) => Root {
  return (input) => {
    const file = new VFile(input)
    const tree = read(file)
    expect(file.messages.filter((message) => message.ruleId === 'internal-error')).toEqual([])
    return tree
  }
}

describe('reader-cnn on hostile input', () => {
  const read = readChecked((file) => fromCnnText(file))
  for (const shape of shapes(1)) {
    it(`${shape.name}: linear time, valid tree`, () => {
      const tree = expectLinear(shape.make, shape.n, read, {samples: 3})
      expect(validate(tree)).toEqual([])
    })
  }

  it('chrome lines only: all dropped, each with a message', () => {
    const file = new VFile(cycle(CHROME, 10_000))
    expect(fromCnnText(file).children).toEqual([])
    // Each line once, every line.
    const lines = file.messages
      .filter((message) => message.ruleId === 'chrome')
      .map((message) => message.line)
    expect(lines).toHaveLength(10_000)
    expect(new Set(lines).size).toBe(10_000)
  })
})

describe('reader-markdown on hostile input', () => {
  // The Markdown reader reads 50–250 KB/s on these shapes: a tenth of the sizes.
  // Deep nesting is read as text past 64 levels (`too-deep`).
  const read = readChecked((file) => fromMarkdown(file))
  // remark-parse itself takes superlinear time on deep lists and emphasis
  // (2,000 levels of `*`: 0.3 s; 5,000: 3.4 s), so those are smaller here.
  it('10,000 nested quotes, deep lists and emphasis: text past 64 levels, valid tree', () => {
    for (const value of [
      `## Deep\n\n${'> '.repeat(10_000)}bottom`,
      `## Deep\n\n${'- '.repeat(500)}bottom`,
      `## Deep\n\n${'*'.repeat(1_000)}bottom${'*'.repeat(1_000)}`
    ]) {
      const file = new VFile(value)
      const tree = fromMarkdown(file)
      expect(validate(tree)).toEqual([])
      expect(JSON.stringify(tree)).toContain('bottom')
      // Past reader-markdown's parse limits the text is kept before parsing.
      const rules = file.messages.map((message) => message.ruleId)
      expect(rules.includes('too-deep') || rules.includes('markdown-limit')).toBe(true)
    }
  })
  for (const shape of shapes(10)) {
    it(`${shape.name}: linear time, valid tree`, () => {
      const tree = expectLinear(shape.make, shape.n, read, {samples: 3})
      expect(validate(tree)).toEqual([])
    })
  }
})

describe('reader-json on hostile input', () => {
  const read = readChecked((file) => fromJson(file))

  // Not JSON at all: refused, in linear time, with an empty root.
  for (const shape of shapes(1)) {
    it(`${shape.name} (not JSON): refused in linear time`, () => {
      const file = new VFile(shape.make(shape.n * 4))
      expect(fromJson(file)).toEqual({type: 'root', children: []})
      expect(file.messages.some((message) => message.fatal)).toBe(true)
      expectLinear(shape.make, shape.n, read, {samples: 3})
    })
  }

  /** A post of `children` (JSON texts), as one root. */
  const tree = (children: string[], separator = ','): string =>
    `{"type":"root","lbast":"1.0.0","children":[{"type":"post","id":"p","headline":"h","authors":[],"children":[{"type":"paragraph","children":[${children.join(separator)}]}]}]}`

  /** JSON the reader accepts: a valid tree whose read-back validates. */
  function accepted(make: (n: number) => string, n: number): void {
    const output = expectLinear(
      make,
      n,
      (input) => {
        const file = new VFile(input)
        return {tree: fromJson(file), fatal: file.messages.filter((message) => message.fatal)}
      },
      {samples: 3}
    )
    expect(output.fatal).toEqual([])
    expect(validate(output.tree)).toEqual([])
    expect(output.tree.children).toHaveLength(1)
  }

  it('a 1 MB tree on one line', () => {
    const text = (index: number) => `{"type":"text","value":"${LONG_LINE_UNIT} ${index}"}`
    accepted(
      (n) => tree(Array.from({length: Math.ceil(n / 160)}, (_, index) => text(index))),
      250_000
    )
  })

  it('25,000 lines of "a:" in a valid tree', () => {
    accepted(
      (n) =>
        tree(
          Array.from({length: n}, () => '{"type":"text","value":"a:"}'),
          ',\n'
        ),
      6_250
    )
  })

  it('escaped NUL, controls and lone surrogates in strings', () => {
    const value = '"a\\u0000b\\u0001\\u001f\\u007f\\ud800 \\udc00\\udbff\\uffff\\r\\n\\r"'
    accepted((n) => tree(Array.from({length: n}, () => `{"type":"text","value":${value}}`)), 2_500)
  })

  it('mixed CR, LF and CRLF between tokens', () => {
    const text = '{\r"type"\n:\r\n"text",\n\r"value":\r\r"a"\n}'
    accepted(
      (n) =>
        tree(
          Array.from({length: n}, () => text),
          '\r\n,\r'
        ),
      2_500
    )
  })

  it('10,000 nested arrays or objects: refused before parsing, in linear time', () => {
    for (const unit of ['[', '{"a":', '{"type":"root","children":[']) {
      const file = new VFile(unit.repeat(10_000))
      expect(fromJson(file)).toEqual({type: 'root', children: []})
      expect(file.messages.map((message) => message.ruleId)).toContain('json-too-deep')
      expectLinear((n) => unit.repeat(n), 2_500, read, {samples: 3})
    }
  })
})

describe('the scaling check', () => {
  it('tells linear from quadratic', () => {
    // Quadratic: every position scans the rest of the input.
    const quadratic = (input: string): number => {
      let count = 0
      for (let start = 0; start < input.length; start++) {
        for (let index = start; index < input.length; index++) {
          if (input.charCodeAt(index) === 98) count++
        }
      }
      return count
    }
    const linear = (input: string): number => input.split('a').length
    const make = (n: number) => 'a'.repeat(n)
    const slow = scaling(make, 1_000, quadratic, {samples: 3, factor: 8})
    expect(slow.ratio, describeScaling(slow)).toBeGreaterThan(3)
    const fast = scaling(make, 250_000, linear, {samples: 3})
    expect(fast.ratio, describeScaling(fast)).toBeLessThan(3)
  })
})
