// Atom ids (RFC 4287 §4.2.6): permanent, universally unique IRIs. An entry's
// is its permalink when `postUrl` gives one, else the page URL with the post
// id as fragment (the entry's link), else a URN from the post id: all derived
// from the post id, which lbast keeps stable across runs, so a reader never
// sees a post twice.

/** The entry id for a post with feed-unique id `id` and link `url`. */
export function entryId(id: string, url: string | undefined): string {
  return url ?? `urn:liveblog:post:${encodeURIComponent(id)}`
}

/** The feed id: the feed's own URL, else the page's, else a URN from the title. */
export function feedId(
  feedUrl: string | undefined,
  pageUrl: string | undefined,
  title: string
): string {
  return feedUrl ?? pageUrl ?? `urn:liveblog:feed:${encodeURIComponent(title)}`
}
