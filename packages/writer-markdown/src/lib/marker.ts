// Markers: link reference definitions (`[post]: #id "{ published: … }"`) that
// carry the fields a reader of the rendered page never needs to see.
// CommonMark renders definitions as nothing, and lbast content never holds
// one, so a marker cannot be mistaken for content (docs/markdown.md).
import type {Definition} from 'mdast'
import YAML from 'yaml'

/** Marker fields: `undefined` values are left out, `null` means "absent, do not guess". */
export type MarkerFields = Record<string, unknown>

/** A marker for the block that follows it; `anchor` becomes the destination `#anchor`. */
export function marker(label: string, fields: MarkerFields = {}, anchor = ''): Definition {
  const title = serialise(fields)
  const node: Definition = {type: 'definition', identifier: label, label, url: `#${anchor}`}
  if (title !== undefined) node.title = title
  return node
}

// A YAML flow mapping reads best (`{ kind: video, duration: PT2M47S }`), but
// a title must stay on one line: when YAML would break it (long or multi-line
// values), JSON is used instead, which every YAML parser reads too.
function serialise(fields: MarkerFields): string | undefined {
  const defined = Object.entries(fields).filter(([, value]) => value !== undefined)
  if (defined.length === 0) return undefined
  const value = Object.fromEntries(defined)
  const yaml = YAML.stringify(value, {
    collectionStyle: 'flow',
    lineWidth: 0,
    minContentWidth: 0,
    singleQuote: true
  }).trimEnd()
  return yaml.includes('\n') ? JSON.stringify(value) : yaml
}
