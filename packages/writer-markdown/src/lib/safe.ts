// mdast-util-to-markdown escapes text with `state.safe`, which runs every
// unsafe pattern in `state.unsafe` (some fifty: the library's, GFM's and
// ours) as a regular expression over each text, link, title and heading:
// most of the time a document takes. A pattern matches only where its
// `character` occurs, so `state.safe` is wrapped to hand the library's
// `safe` only the patterns whose character the text holds (with its
// `before` and `after` context); the others could not match. The escaping
// itself stays the library's, and so does its output, byte for byte.
import type {SafeConfig, State, Unsafe} from 'mdast-util-to-markdown'

const WRAPPED = Symbol('liveblog-safe')

type Wrappable = State & {[WRAPPED]?: true}

/** Makes `state.safe` skip the patterns that cannot match (once per state). */
export function fasterSafe(state: State): void {
  const target = state as Wrappable
  if (target[WRAPPED]) return
  target[WRAPPED] = true
  const original = state.safe
  let patterns: Unsafe[] = []
  let bits: Int32Array = new Int32Array(128)
  // Pattern lists by the set of pattern characters a text holds.
  let lists = new Map<number, Unsafe[]>()
  state.safe = (value: string | null | undefined, config: SafeConfig): string => {
    if (state.unsafe !== patterns) {
      patterns = state.unsafe
      bits = characterBits(patterns)
      lists = new Map()
    }
    const text = (config.before || '') + (value || '') + (config.after || '')
    let key = 0
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      if (code < 128) key |= bits[code]!
    }
    let list = lists.get(key)
    if (!list) {
      const present = key
      list = patterns.filter((pattern) => {
        const character = pattern.character
        // Not one ASCII code unit (or empty): always kept.
        if (character.length !== 1 || character.charCodeAt(0) >= 128) return true
        return (bits[character.charCodeAt(0)]! & present) !== 0
      })
      lists.set(key, list)
    }
    state.unsafe = list
    try {
      return original.call(state, value, config)
    } finally {
      state.unsafe = patterns
    }
  }
}

/**
 * A bit for each ASCII character some pattern is about, by character code.
 * Past 31 characters (GFM adds every C0 control) the rest share the last
 * bit: a text holding any of them keeps all their patterns.
 */
function characterBits(patterns: Unsafe[]): Int32Array {
  const bits = new Int32Array(128)
  let next = 0
  for (const pattern of patterns) {
    const character = pattern.character
    if (character.length !== 1) continue
    const code = character.charCodeAt(0)
    if (code < 128 && bits[code] === 0) {
      bits[code] = 1 << next
      if (next < 30) next++
    }
  }
  return bits
}
