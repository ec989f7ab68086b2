// Page facts (`meta`) and the tree's spec version as YAML front matter.
import {META_FIELDS, type Meta, type Root} from '@liveblog/core'
import type {Yaml} from 'mdast'
import YAML from 'yaml'

/** Front-matter keys in the order they are written. */
const KEYS = META_FIELDS

const BARE_DATE = /^\d{4}-\d{2}-\d{2}T00:00:00Z$/

/** Whether a meta node has any field the front matter shows. */
export function hasMetaFields(meta: Meta): boolean {
  return KEYS.some((key) => meta[key] !== undefined)
}

/** The front matter for a tree, or `undefined` when it has neither meta nor `lbast`. */
export function frontMatter(tree: Root, meta: Meta | undefined): Yaml | undefined {
  if (!meta && tree.lbast === undefined) return undefined
  const value: Record<string, unknown> = {}
  if (tree.lbast !== undefined) value.lbast = tree.lbast
  if (meta) {
    for (const key of KEYS) {
      const field = meta[key]
      if (field === undefined) continue
      value[key] =
        key === 'authors'
          ? meta.authors?.map((author) => ({...author}))
          : // A day (how the reader stores a bare date) is written as the bare date.
            (key === 'published' || key === 'updated') && BARE_DATE.test(field as string)
            ? (field as string).slice(0, 10)
            : field
    }
  }
  // Block scalars (`|+`) would lose trailing line endings to the closing
  // fence; double-quoted strings keep them as `\n`.
  const body =
    Object.keys(value).length === 0
      ? ''
      : YAML.stringify(value, {
          lineWidth: 0,
          blockQuote: false,
          // yaml folds long double-quoted strings with line breaks and can
          // misplace an escape when it does; one line is always exact.
          doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY
        })
  return {type: 'yaml', value: body.replace(/\n$/, '')}
}
