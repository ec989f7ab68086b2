/**
 * The offset of the first `[` or `{` that opens nesting deeper than `limit`,
 * or `-1`. The JSON parser and the validator both recurse per level, so a text
 * like `[[[[…` fifty thousand deep would overflow the stack: this linear scan
 * (strings skipped) lets the reader refuse it with a message instead.
 */
export function tooDeepAt(text: string, limit: number): number {
  let depth = 0
  let index = 0
  while (index < text.length) {
    const code = text.charCodeAt(index)
    if (code === 34 /* `"` */) {
      index++
      while (index < text.length) {
        const inner = text.charCodeAt(index)
        if (inner === 92 /* `\` */) index += 2
        else if (inner === 34) break
        else index++
      }
    } else if (code === 91 /* `[` */ || code === 123 /* `{` */) {
      depth++
      if (depth > limit) return index
    } else if (code === 93 /* `]` */ || code === 125 /* `}` */) {
      depth--
    }
    index++
  }
  return -1
}
