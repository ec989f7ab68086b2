// The page facts a `meta` node holds, in the order Markdown front matter
// writes them: one list for the writer that orders them and the reader that
// checks them.
export const META_FIELDS = [
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
  'postCount'
] as const

/** The name of one `meta` field. */
export type MetaField = (typeof META_FIELDS)[number]
