import {LBAST_VERSION, type Root, setOwn, withoutPositions} from '@liveblog/core'

export interface ToJsonOptions {
  /** Indentation, as `JSON.stringify`'s `space`; default: none (one line). */
  space?: number | string
  /** Keep every node's `position` (default: `true`); `false` drops them all. */
  positions?: boolean
  /** Write `"lbast": LBAST_VERSION` on the root (default: `true`). */
  version?: boolean
}

/**
 * Serialise an lbast tree as JSON: the tree's own keys in its own order, with
 * the lbast version right after the root's `type` (as pandoc's JSON carries
 * its API version), and a final newline.
 */
export function toJson(tree: Root, options: ToJsonOptions = {}): string {
  const body = options.positions === false ? withoutPositions(tree) : tree
  const value = options.version === false ? withoutVersion(body) : withVersion(body)
  return `${JSON.stringify(value, null, options.space)}\n`
}

/**
 * A shallow copy of the root with `lbast` placed after `type`. The version
 * written is always this package's: the tree is in the shape it describes,
 * whatever an older `lbast` field on it says.
 */
function withVersion(tree: Root): Record<string, unknown> {
  const source = tree as unknown as Record<string, unknown>
  const copy: Record<string, unknown> = {type: tree.type, lbast: LBAST_VERSION}
  for (const key of Object.keys(source)) {
    if (key !== 'type' && key !== 'lbast') setOwn(copy, key, source[key])
  }
  return copy
}

function withoutVersion(tree: Root): Root | Record<string, unknown> {
  if (!Object.hasOwn(tree, 'lbast')) return tree
  const source = tree as unknown as Record<string, unknown>
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(source)) {
    if (key !== 'lbast') setOwn(copy, key, source[key])
  }
  return copy
}
