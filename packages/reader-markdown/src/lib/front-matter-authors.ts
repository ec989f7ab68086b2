// Author records in front matter take only an author's fields. A page field
// found inside one (`updated:` indented under `- name:`, as a stray blank line
// or indent makes YAML read it) is reported as misplaced, any other unknown
// field as unknown; both are dropped, so the tree never carries them silently.
import type {Yaml} from 'mdast'
import {type Context, warn} from './context.js'

/** An author's own fields (`Author` in `docs/ast.md`). */
const authorFields = new Set(['name', 'affiliation', 'location', 'role'])

/** Page fields (`Meta` in `docs/ast.md`) that belong at the top level. */
const pageFields = new Set([
  'title',
  'description',
  'url',
  'site',
  'language',
  'byline',
  'authors',
  'published',
  'updated',
  'dateline',
  'postCount',
  'lbast'
])

/**
 * `authors` with unknown fields removed from each record, warning for each
 * (`frontmatter-misplaced` for page fields, `frontmatter-key` for others).
 * Values other than a list of records are returned as they are, for the
 * field check to judge.
 */
export function checkAuthors(value: unknown, node: Yaml, context: Context): unknown {
  if (!Array.isArray(value)) return value
  return value.map((author: unknown, index) => {
    if (author === null || typeof author !== 'object' || Array.isArray(author)) return author
    const kept: Record<string, unknown> = {}
    for (const [key, field] of Object.entries(author)) {
      if (authorFields.has(key)) {
        kept[key] = field
      } else if (pageFields.has(key)) {
        warn(
          context,
          `Unexpected page field \`${key}\` inside author ${index + 1} of \`authors\`, ignored: move it to the top level of the front matter (no indent)`,
          node,
          'frontmatter-misplaced'
        )
      } else {
        warn(
          context,
          `Unexpected author field \`${key}\` in author ${index + 1} of \`authors\`, ignored; expected ${[...authorFields].join(', ')}`,
          node,
          'frontmatter-key'
        )
      }
    }
    return kept
  })
}
