// Characters Markdown cannot carry: CommonMark replaces NUL with U+FFFD
// (§2.3), lone surrogates and U+FFFE/U+FFFF have no UTF-8 form a reader takes
// back, and the other C0 controls (except tab, line feed, carriage return),
// DEL and the C1 controls (U+0080–U+009F) render as boxes or not at all. The
// same set the feed writers drop (lbast-util-to-hast, chars.ts). They are
// dropped from a copy of the tree before writing (so the escaping sees the
// text as it will read), with one message per document.
import type {Root} from '@liveblog/core'
import type {VFile} from 'vfile'

// With the `u` flag a surrogate pair is one code point, so `\p{Cs}` only
// matches a lone half.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\p{Cs}]/gu
// A cheap non-Unicode class that finds every string that may hold one.
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/

/**
 * `tree` without the characters above in any string field: `tree` itself
 * when there are none, else a copy (only the nodes on the way to a changed
 * string are new). One warning (`control-character`) on `file` says how many
 * went (code units).
 */
export function withoutControls(tree: Root, file: VFile | undefined): Root {
  let dropped = 0
  const clean = (value: unknown): unknown => {
    if (typeof value === 'string') {
      if (!SUSPECT.test(value)) return value
      const result = value.replace(FORBIDDEN, '')
      dropped += value.length - result.length
      return result
    }
    if (typeof value !== 'object' || value === null) return value
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined
      for (let index = 0; index < value.length; index++) {
        const item = clean(value[index])
        if (item !== value[index]) {
          copy ??= value.slice()
          copy[index] = item
        }
      }
      return copy ?? value
    }
    let copy: Record<string, unknown> | undefined
    const record = value as Record<string, unknown>
    for (const key of Object.keys(record)) {
      // Positions hold numbers only.
      if (key === 'position') continue
      const field = clean(record[key])
      if (field !== record[key]) {
        copy ??= {...record}
        copy[key] = field
      }
    }
    return copy ?? value
  }
  const result = clean(tree) as Root
  if (dropped > 0) {
    file?.message(
      `Dropped ${dropped} control character${dropped === 1 ? '' : 's'} (NUL, C0/C1 controls, lone surrogates, U+FFFE/U+FFFF) that Markdown cannot carry`,
      {ruleId: 'control-character', source: '@liveblog/writer-markdown'}
    )
  }
  return result
}
