import {describe, expect, it} from 'vitest'
import {paragraph, post, root, text, withoutPositions} from '../src/index.js'

const at = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 9, offset: 8}}

describe('withoutPositions', () => {
  it('drops every node’s position, keeps data, shares other values, leaves the input alone', () => {
    const authors = [{name: 'Ines Moreau'}]
    const tree = root([
      {
        ...post({headline: 'Ferries wait', authors}, [
          {...paragraph([{...text('Held.'), position: at}]), position: at}
        ]),
        position: at,
        data: {position: 'kept'}
      }
    ])
    tree.position = at
    const copy = withoutPositions(tree)
    expect(JSON.stringify(copy)).not.toContain('"line"')
    expect(copy.children[0]).toMatchObject({headline: 'Ferries wait', data: {position: 'kept'}})
    expect((copy.children[0] as {authors: unknown}).authors).toBe(authors)
    expect(tree.position).toEqual(at)
    expect(JSON.stringify(tree)).toContain('"line"')
  })

  it('keeps a `__proto__` key an own key, and copies a tree 100,000 levels deep', () => {
    const node = JSON.parse('{"type":"text","value":"a","__proto__":{"polluted":true}}')
    const copy = withoutPositions(node) as Record<string, unknown>
    expect(Object.hasOwn(copy, '__proto__')).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype)

    let deep: {type: string; children: unknown[]; position?: unknown} = {
      type: 'emphasis',
      children: [],
      position: at
    }
    const top = deep
    for (let depth = 0; depth < 100_000; depth++) {
      const child = {type: 'emphasis', children: [], position: at}
      deep.children.push(child)
      deep = child
    }
    let walked = withoutPositions(top as never) as unknown as {
      children: unknown[]
      position?: unknown
    }
    let levels = 0
    let positions = 0
    while (walked.children.length > 0) {
      if (walked.position !== undefined) positions++
      walked = walked.children[0] as typeof walked
      levels++
    }
    expect(levels).toBe(100_000)
    expect(positions).toBe(0)
  })
})
