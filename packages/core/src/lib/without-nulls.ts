// mdast-util-from-markdown and hast-util-to-mdast write absent optional
// fields (`title`, `lang`, …) as `null`; lbast leaves them out.
import {setOwn} from './without-positions.js'

/**
 * A shallow copy of `node` without the fields whose value is `null` or
 * `undefined`. Keys are read as own properties only, and a key named
 * `__proto__` stays a key.
 */
export function withoutNulls<T extends object>(node: T): T {
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    if (value !== null && value !== undefined) setOwn(result, key, value)
  }
  return result as T
}
