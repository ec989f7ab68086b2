import type {Nodes} from '@liveblog/core'

type Fields = Record<string, unknown>

/**
 * A copy of the tree without any node's `position`. Only nodes are copied;
 * every other value (authors, `data`, strings) is shared with the input, which
 * is cheaper than a `JSON.stringify` replacer called on every value. A
 * `position` inside `data` is left alone: it is not a node's.
 */
export function withoutPositions<T extends Nodes>(node: T): T {
  const source = node as unknown as Fields
  const copy: Fields = {}
  // `for…in` is the fastest walk over a plain object's keys in V8; `hasOwn`
  // keeps out anything enumerable on a (polluted) prototype.
  for (const key in source) {
    if (key === 'position' || !Object.hasOwn(source, key)) continue
    const value = source[key]
    setOwn(
      copy,
      key,
      key === 'children' && Array.isArray(value) ? value.map(withoutPositions) : value
    )
  }
  return copy as unknown as T
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
