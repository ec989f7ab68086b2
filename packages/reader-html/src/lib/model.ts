// What each way of finding the blog (JSON-LD, microdata, writer-html markup)
// reads from the page, before it becomes lbast: the same shape for all three,
// so one builder makes the tree.
import type {Element} from 'hast'
import type {Node} from 'unist'

export type Origin = 'json-ld' | 'microdata' | 'markup'

/** A live blog found on the page. */
export interface Candidate {
  origin: Origin
  /** Where it was found: the `<script>` (JSON-LD) or the element. */
  node: Node
  title?: string | undefined
  description?: string | undefined
  url?: string | undefined
  site?: string | undefined
  language?: string | undefined
  published?: string | undefined
  updated?: string | undefined
  /** The page byline and time line as printed (writer-html's header). */
  byline?: string | undefined
  dateline?: string | undefined
  /** Names from `author` (`Person`, `Organization` or text). */
  authors: string[]
  items: Item[]
  /** Key points and notices (writer-html markup). */
  extras?: Element[] | undefined
}

/** One `liveBlogUpdate` (or `<article>`). */
export interface Item {
  /** Where it was found, for messages and the post's position. */
  node: Node
  id?: string | undefined
  /** The update's address (`…#{id}` points at its element on the page). */
  url?: string | undefined
  headline?: string | undefined
  published?: string | undefined
  updated?: string | undefined
  /** The time as printed (a `<time>` element's text). */
  dateline?: string | undefined
  byline?: string | undefined
  authors: string[]
  /** Plain-text `articleBody`. */
  articleBody?: string | undefined
  /** The update's own markup, when the page has it. */
  body?: Element[] | undefined
  image?: string | undefined
}
