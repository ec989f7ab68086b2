// A tree without positions: for output that must not point into one source
// file (an archive built from many copies, JSON written with `positions:
// false`).
import type {Nodes} from './types.js'

type Fields = Record<string, unknown>

/**
 * A copy of `node` and its descendants without any node's `position`. Only
 * nodes are copied; every other value (authors, `data`, strings) is shared
 * with the input. A `position` inside `data` is left alone: it is not a
 * node's. Iterative, so a deep tree cannot overflow the call stack; keys are
 * read as own properties only, and a key named `__proto__` stays a key.
 */
export function withoutPositions<T extends Nodes>(node: T): T {
  const root = copyFields(node as unknown as Fields)
  const stack: Fields[] = [root]
  while (stack.length > 0) {
    const parent = stack.pop()!
    const children = parent.children
    if (!Array.isArray(children)) continue
    const copies = new Array<Fields>(children.length)
    for (let index = 0; index < children.length; index++) {
      const child = copyFields(children[index] as Fields)
      copies[index] = child
      stack.push(child)
    }
    parent.children = copies
  }
  return root as unknown as T
}

function copyFields(source: Fields): Fields {
  const copy: Fields = {}
  // `for…in` is the fastest walk over a plain object's keys in V8; `hasOwn`
  // keeps out anything enumerable on a (polluted) prototype.
  for (const key in source) {
    if (key === 'position' || !Object.hasOwn(source, key)) continue
    setOwn(copy, key, source[key])
  }
  return copy
}

/**
 * Assignment, except for a key named `__proto__`, which plain assignment would
 * turn into a prototype change instead of an own property.
 */
export function setOwn(target: Fields, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true
    })
  } else {
    target[key] = value
  }
}
