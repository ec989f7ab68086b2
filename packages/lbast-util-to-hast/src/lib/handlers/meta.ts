// lbast `meta` holds page facts, not content: it gives no HTML here (an HTML
// or feed writer puts its fields in the document head or the channel).
import type {Handler} from 'mdast-util-to-hast'

export function meta(): Handler {
  return () => undefined
}
