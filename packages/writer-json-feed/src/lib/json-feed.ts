// The JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/), the
// fields this writer fills, named as the spec names them.

/** §"authors": an object with at least one of name, url, avatar. */
export interface JsonFeedAuthor {
  name: string
}

/** §"items". */
export interface JsonFeedItem {
  /** Required; unique for the item in the feed over time: the post id. */
  id: string
  /** The item's permalink, or the page URL with the post id as fragment. */
  url?: string
  title?: string
  /** The post body as HTML. */
  content_html?: string
  /** The post body as plain text. */
  content_text?: string
  /** A plain-text summary (`descriptionLength` at most). */
  summary?: string
  /** The first image's URL. */
  image?: string
  /** RFC 3339, with the offset the page printed. */
  date_published?: string
  /** RFC 3339, with the offset the page printed. */
  date_modified?: string
  authors?: JsonFeedAuthor[]
  tags?: string[]
}

/** The top-level object. */
export interface JsonFeed {
  /** Required: `https://jsonfeed.org/version/1.1`. */
  version: string
  /** Required. */
  title: string
  home_page_url?: string
  feed_url?: string
  description?: string
  language?: string
  authors?: JsonFeedAuthor[]
  /** Required. */
  items: JsonFeedItem[]
}

export const VERSION = 'https://jsonfeed.org/version/1.1'
