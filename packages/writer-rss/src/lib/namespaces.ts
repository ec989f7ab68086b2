// The RSS extension namespaces this writer may use; each is declared on
// `<rss>` only when an element of it is written.
export const NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/'
} as const

export type Prefix = keyof typeof NAMESPACES
