import type {Node as JsonNode} from 'jsonc-parser'

/**
 * The JSON text node a JSON Pointer (RFC 6901, as the validator reports
 * paths) points at; where the path goes past what the text has (a missing
 * field), the deepest node that exists, so a message still lands near it.
 */
export function nodeAtPointer(root: JsonNode, pointer: string): JsonNode {
  if (pointer === '' || pointer === '/') return root
  let node = root
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~')
    const next = node.type === 'array' ? itemAt(node, segment) : propertyValue(node, segment)
    if (!next) break
    node = next
  }
  return node
}

function itemAt(node: JsonNode, segment: string): JsonNode | undefined {
  if (!/^\d+$/.test(segment)) return undefined
  return node.children?.[Number(segment)]
}

/** The value of the last property named `key`: the one JSON.parse keeps. */
function propertyValue(node: JsonNode, key: string): JsonNode | undefined {
  if (node.type !== 'object' || !node.children) return undefined
  for (let index = node.children.length - 1; index >= 0; index--) {
    const [name, value] = node.children[index]?.children ?? []
    if (name?.value === key) return value
  }
  return undefined
}
