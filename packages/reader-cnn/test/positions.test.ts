// Every node points at the exact characters it came from, and every line
// that is not chrome ends up inside a node.
import {readFileSync} from 'node:fs'
import type {Nodes, Root} from '@liveblog/core'
import {toString} from '@liveblog/core'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {sharedTextsOrSkip} from '../../../test/reliability/shared.js'
import {fixtures, ownFixtures, read} from './helpers.js'

const inputs = [
  ...ownFixtures().map((name) => ({name, value: readFileSync(`${fixtures}${name}`, 'utf8')})),
  ...sharedTextsOrSkip('corpus', 'positions in the pages of ../shared/corpus').map((path) => ({
    name: path,
    value: readFileSync(path, 'utf8')
  })),
  ...sharedTextsOrSkip('seed', 'positions in the pages of ../shared/seed').map((path) => ({
    name: path,
    value: readFileSync(path, 'utf8')
  }))
]

function slice(value: string, node: Nodes): string {
  return value.slice(node.position!.start.offset, node.position!.end.offset)
}

describe.each(inputs)('positions in $name', ({value}) => {
  const {tree, file} = read(value)

  it('give each text node its own characters', () => {
    let count = 0
    visit(tree as Root, 'text', (node) => {
      expect(slice(value, node)).toBe(node.value)
      count++
    })
    expect(count).toBeGreaterThan(0)
  })

  it('give paragraphs, updates and notices their text', () => {
    visit(tree as Root, (node) => {
      const typed = node as Nodes
      if (typed.type === 'paragraph' || typed.type === 'update' || typed.type === 'notice') {
        // A label line and its bulleted item are one paragraph, less the bullet.
        const text = slice(value, typed).replace(/(\r?\n|\r)\s*[•·▪◦‣●*-][ \t]+/g, '$1')
        expect(text).toBe(toString(typed))
      }
    })
  })

  it('cover headline, byline and time line with the post', () => {
    for (const node of tree.children) {
      if (node.type !== 'post') continue
      const text = slice(value, node)
      expect(
        text.startsWith(node.dateline ?? node.headline) || text.startsWith(node.headline)
      ).toBe(true)
      expect(text).toContain(node.headline)
      if (node.byline) expect(text).toContain(node.byline)
    }
  })

  it('have line and column agree with the offset', () => {
    const lineStarts = [0]
    for (let i = 0; i < value.length; i++) {
      if (value[i] === '\n' || (value[i] === '\r' && value[i + 1] !== '\n')) lineStarts.push(i + 1)
    }
    visit(tree as Root, (node) => {
      for (const point of [node.position!.start, node.position!.end]) {
        expect(lineStarts[point.line - 1]! + point.column - 1).toBe(point.offset)
      }
    })
  })

  it('lose no line: each is in a node or reported as chrome', () => {
    const covered: Array<[number, number]> = []
    visit(tree as Root, (node) => {
      if (node.type !== 'root')
        covered.push([node.position!.start.offset!, node.position!.end.offset!])
    })
    for (const message of file.messages)
      covered.push([
        message.place && 'start' in message.place ? message.place.start.offset! : -1,
        message.place && 'end' in message.place ? message.place.end.offset! : -1
      ])
    // Merge touching ranges: a line may be covered by a message and a node side by side.
    covered.sort((a, b) => a[0] - b[0])
    const merged: Array<[number, number]> = []
    for (const [from, to] of covered) {
      const last = merged[merged.length - 1]
      if (last && from <= last[1]) last[1] = Math.max(last[1], to)
      else merged.push([from, to])
    }
    let offset = 0
    for (const raw of value.split(/\r\n|\r|\n/)) {
      const text = raw.replace(/^\uFEFF/, '').trim()
      if (text) {
        const start = offset + raw.indexOf(text)
        const inside = merged.some(([from, to]) => from <= start && start + text.length <= to)
        expect(inside, `line not in the tree: ${text}`).toBe(true)
      }
      offset += raw.length + (value.startsWith('\r\n', offset + raw.length) ? 2 : 1)
    }
  })
})
