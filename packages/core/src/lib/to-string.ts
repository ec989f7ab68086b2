// Text of a node, exactly as `mdast-util-to-string` computes it (lbast fields
// such as a post's headline are not children and are not included).
import {toString as mdastToString, type Options} from 'mdast-util-to-string'

export type ToStringOptions = Options

export function toString(value: unknown, options?: ToStringOptions): string {
  return mdastToString(value, options)
}
