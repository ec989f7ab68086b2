// Bidirectional override, embedding and isolate controls (U+202A–U+202E,
// U+2066–U+2069; Unicode UAX #9 §2.1–2.2) make text display in another order
// than it is stored ("Trojan Source", CVE-2021-42574): a headline can show
// one thing and say another. Real headlines do not need them (right-to-left
// scripts display right without them), so readers warn where they appear,
// and names derived from input (post ids, file names) never contain them.
import type {VFile} from 'vfile'
import type {Root} from './types.js'

const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g

/** Text fields of top-level nodes that name or title something. */
const FIELDS = ['headline', 'title', 'byline', 'dateline', 'id'] as const

/** One bidi control found in a tree by `findBidiControls`. */
export interface BidiControlMatch {
  /** JSON Pointer to the field: `/children/3/headline`, `/children/0/authors/1/name`. */
  path: string
  /** The field's name: `headline`, `title`, `name`, … */
  field: string
  /** The node the field is on (a post, meta, summary or media). */
  node: Root['children'][number]
  /** The first control in the field, as `U+202E`. */
  codePoint: string
}

/** The index of the first bidi control in `value`, or `-1`. */
export function findBidiControl(value: string): number {
  return value.search(BIDI_CONTROL)
}

/** `value` without bidi override, embedding or isolate controls. */
export function removeBidiControls(value: string): string {
  return value.replace(BIDI_CONTROLS, '')
}

/**
 * Every headline, title, byline, dateline, id and author name of the root's
 * children (posts, meta, summary, media) that holds a bidi control, in
 * document order. Linear in the number of nodes and field lengths.
 */
export function findBidiControls(tree: Root): BidiControlMatch[] {
  const matches: BidiControlMatch[] = []
  const children = Array.isArray(tree?.children) ? tree.children : []
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!
    const record = node as unknown as Record<string, unknown>
    const check = (value: unknown, path: string, field: string) => {
      if (typeof value !== 'string') return
      const at = findBidiControl(value)
      if (at === -1) return
      const code = value.charCodeAt(at).toString(16).toUpperCase()
      matches.push({path, field, node, codePoint: `U+${code}`})
    }
    for (const field of FIELDS) {
      if (Object.hasOwn(record, field)) check(record[field], `/children/${index}/${field}`, field)
    }
    const authors = record.authors
    if (Array.isArray(authors)) {
      for (let author = 0; author < authors.length; author++) {
        const value: unknown = authors[author]
        if (typeof value === 'object' && value !== null && Object.hasOwn(value, 'name')) {
          check(
            (value as {name: unknown}).name,
            `/children/${index}/authors/${author}/name`,
            'name'
          )
        }
      }
    }
  }
  return matches
}

/** The message `warnBidiControls` gives for one match. */
export function bidiControlReason(match: Pick<BidiControlMatch, 'field' | 'codePoint'>): string {
  return `Unexpected bidirectional control ${match.codePoint} in \`${match.field}\`: it can make the text display in another order than it reads; kept, but left out of ids and file names`
}

/**
 * Warns (`bidi-control`) on `file` for each field `findBidiControls` finds,
 * at the node's position when it has one. For readers whose nodes carry
 * positions; returns the number of warnings.
 */
export function warnBidiControls(tree: Root, file: VFile, source: string): number {
  const matches = findBidiControls(tree)
  for (const match of matches) {
    file.message(bidiControlReason(match), {
      place: match.node.position,
      ruleId: 'bidi-control',
      source
    })
  }
  return matches.length
}

/**
 * A file name derived from input (`Storm‮txt.exe` → `Stormtxt.exe`): bidi
 * controls, other control characters (C0, C1, DEL) and path separators
 * removed, so the name shows as it is and stays in its folder. `fallback`
 * when nothing is left.
 */
export function safeFileName(name: string, fallback = 'stdin'): string {
  const cleaned = removeBidiControls(name).replace(/[\p{Cc}/\\]/gu, '')
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? fallback : cleaned
}
