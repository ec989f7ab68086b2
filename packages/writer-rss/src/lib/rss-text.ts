// Text for RSS `title` and `description`. RSS 2.0 has no way to say whether
// such an element holds text or HTML, so consumers guess: Python feedparser
// reads it as HTML when it holds a closing tag or a character reference
// (`</b>`, `&amp;`), `@rowanmanning/feed-parser` decodes character
// references, `feedsmith` returns it as it is. Text with none of those
// (`Fish & chips`, `3 < 4`) is written once escaped, and all three read the
// very text back. Text that holds something markup-like (`Boats <b>gather</b>`,
// `a &amp; b`) is written as HTML that shows it literally (`&lt;b&gt;`,
// escaped again for XML): feedparser then reads HTML whose text is the title,
// `@rowanmanning/feed-parser` decodes it to the title, and a consumer that
// renders feedsmith's value as HTML (RSS 2.0 §"description") shows the title,
// never the markup.

// `<` before a letter, `/`, `!` or `?` (a tag, comment or instruction), or a
// character reference. `\w+;` stops at the first non-word character: linear.
import {xmlLeaf as leaf, xmlNamedLeaf as namedLeaf} from '@liveblog/lbast-util-to-hast'
import type {Element} from 'xast'

const MARKUP_LIKE = /<[A-Za-z/!?]|&#?\w+;/

/** Whether `value` would be read as markup by some consumer. */
export function looksLikeMarkup(value: string): boolean {
  return MARKUP_LIKE.test(value)
}

/** An RSS text element (`title`, `description`) holding `value` as consumers read it. */
export function textLeaf(name: string, value: string): Element {
  if (!MARKUP_LIKE.test(value)) return leaf(name, value)
  return namedLeaf(name, value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
}
