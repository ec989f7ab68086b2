// YAML front matter → the page's `meta` node and the tree's `lbast` version.
// Each key is checked by the core validator's own rule for `meta` fields.
import type {Meta} from '@liveblog/core'
import {checkField} from '@liveblog/core'
import type {Yaml} from 'mdast'
import {type Context, warn} from './context.js'
import {checkAuthors} from './front-matter-authors.js'
import {parseYaml} from './marker.js'
import {place} from './position.js'

export interface FrontMatter {
  /** The meta node; absent when the front matter holds only `lbast`. */
  meta?: Meta
  lbast?: string
}

export function readFrontMatter(node: Yaml, context: Context): FrontMatter {
  let value = parseYaml(node.value)
  if (value === undefined) {
    warn(context, 'Unexpected front matter, expected YAML', node, 'frontmatter-invalid')
    value = {}
  } else if (value === null) {
    value = {}
  } else if (typeof value !== 'object' || Array.isArray(value)) {
    warn(context, 'Unexpected front matter, expected a YAML mapping', node, 'frontmatter-invalid')
    value = {}
  }
  const result: FrontMatter = {}
  const meta: Meta = {type: 'meta'}
  const record = meta as unknown as Record<string, unknown>
  let keys = 0
  for (const [key, given] of Object.entries(value as Record<string, unknown>)) {
    const field = key === 'authors' ? checkAuthors(given, node, context) : given
    if (key === 'lbast') {
      if (typeof field === 'string') result.lbast = field
      else
        warn(
          context,
          'Unexpected `lbast` value, expected a version string',
          node,
          'frontmatter-value'
        )
      continue
    }
    keys++
    const problems = checkField('meta', key, field)
    if (!problems)
      warn(context, `Unexpected front matter key \`${key}\`, ignored`, node, 'frontmatter-key')
    else if (problems.length > 0)
      warn(context, `Unexpected value for \`${key}\`, ignored`, node, 'frontmatter-value')
    else record[key] = field
  }
  if (keys > 0 || result.lbast === undefined) result.meta = place(meta, node.position)
  return result
}
