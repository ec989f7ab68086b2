import type {Node as JsonNode} from 'jsonc-parser'

/**
 * Keys that, assigned on a plain object, reach `Object.prototype` (or, later
 * merged by a careless consumer, pollute it). They are never lbast fields.
 */
export const unsafeKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

export interface KeyProblem {
  kind: 'unsafe' | 'duplicate'
  key: string
  /** The `property` node: the key and its value. */
  property: JsonNode
}

/**
 * The JavaScript value of a parsed JSON node, as `JSON.parse` would give it
 * (the last of duplicate keys wins), except that unsafe keys are dropped; both
 * are reported so the reader can say where.
 */
export function jsonValue(node: JsonNode, report: (problem: KeyProblem) => void): unknown {
  if (node.type === 'array') {
    const children = node.children ?? []
    const items: unknown[] = new Array(children.length)
    for (let index = 0; index < children.length; index++) {
      items[index] = jsonValue(children[index]!, report)
    }
    return items
  }
  if (node.type === 'object') {
    const object: Record<string, unknown> = {}
    for (const property of node.children ?? []) {
      const [name, value] = property.children ?? []
      if (!name || !value) continue
      const key = name.value as string
      if (unsafeKeys.has(key)) {
        report({kind: 'unsafe', key, property})
        continue
      }
      if (Object.hasOwn(object, key)) report({kind: 'duplicate', key, property})
      object[key] = jsonValue(value, report)
    }
    return object
  }
  return node.value
}
