// An archive is built from many files, so positions into any one of them
// would mislead: nodes enter an archive without `position`.
import type {Nodes} from '@liveblog/core'

/** A deep copy of `node` without `position` fields (iterative: trees can be deep). */
export function withoutPositions<T extends Nodes>(node: T): T {
  const copy = {...node} as T & {position?: unknown; children?: Nodes[]}
  delete copy.position
  const stack: Array<{position?: unknown; children?: Nodes[]}> = [copy]
  while (stack.length > 0) {
    const parent = stack.pop()!
    if (!Array.isArray(parent.children)) continue
    const children = new Array<Nodes>(parent.children.length)
    for (let index = 0; index < parent.children.length; index++) {
      const child = {...parent.children[index]!} as Nodes & {position?: unknown}
      delete child.position
      children[index] = child
      stack.push(child as {children?: Nodes[]})
    }
    parent.children = children
  }
  return copy
}

/**
 * A canonical string of a value, for telling whether content changed: keys
 * sorted (a tree read from JSON may order them otherwise), positions left out.
 */
export function contentKey(value: unknown): string {
  return JSON.stringify(value, (key, field) => {
    if (key === 'position') return undefined
    if (field === null || typeof field !== 'object' || Array.isArray(field)) return field
    const sorted: Record<string, unknown> = {}
    for (const name of Object.keys(field).sort())
      sorted[name] = (field as Record<string, unknown>)[name]
    return sorted
  })
}
