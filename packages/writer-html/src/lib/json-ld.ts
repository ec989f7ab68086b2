// The page's structured data: one schema.org `LiveBlogPosting`
// (https://schema.org/LiveBlogPosting) whose `liveBlogUpdate`s are the posts
// as `BlogPosting`s, from the same feed model the feed writers use.
import {type FeedModel, formatRfc3339, type IsoTime, latest} from '@liveblog/lbast-util-to-hast'
import type {BlogPosting, LiveBlogPosting, Organization, Person, WithContext} from 'schema-dts'

/** The JSON-LD object `jsonLd` builds. */
export type LiveBlogJsonLd = WithContext<LiveBlogPosting>

/**
 * `model` as a `LiveBlogPosting`: `headline`, `description`, `url`,
 * `inLanguage`, `datePublished` (`meta.published`, else the oldest post),
 * `dateModified` (`meta.updated`, else the newest post), `coverageStartTime`
 * (the oldest post), `coverageEndTime` (only when `ended` says the blog has
 * ended: that time, or with `'newest'` the newest post time, `published` or
 * `updated`), `author` (page authors as `Person`s), `publisher` (an
 * `Organization` named `publisher`, else `meta.site`), and `liveBlogUpdate`:
 * per post a `BlogPosting` with
 * `headline`, `url` (`…#{id}` or the permalink), `datePublished`,
 * `dateModified`, `author`, `articleBody` (plain text) and `image`. Times are
 * RFC 3339 with the offset the source printed. Absent facts are left out.
 */
export function jsonLd(
  model: FeedModel,
  publisher: string | undefined,
  ended?: IsoTime | 'newest'
): LiveBlogJsonLd {
  let oldest: IsoTime | undefined
  let newest: IsoTime | undefined
  for (const entry of model.entries) {
    const time = entry.published
    if (time && (!oldest || time.instant < oldest.instant)) oldest = time
    newest = latest(newest, latest(entry.published, entry.updated))
  }
  const updates = model.entries.map((entry): BlogPosting => {
    const update: BlogPosting = {'@type': 'BlogPosting', headline: entry.title}
    if (entry.url) update.url = entry.url
    if (entry.published) update.datePublished = formatRfc3339(entry.published)
    if (entry.updated) update.dateModified = formatRfc3339(entry.updated)
    if (entry.authors.length > 0) update.author = persons(entry.authors)
    const text = entry.text
    if (text) update.articleBody = text
    const image = entry.image
    if (image) update.image = image
    return update
  })
  const result: LiveBlogJsonLd = {
    '@context': 'https://schema.org',
    '@type': 'LiveBlogPosting',
    headline: model.title,
    description: model.description
  }
  if (model.pageUrl) result.url = model.pageUrl
  if (model.language) result.inLanguage = model.language
  const published = model.published ?? oldest
  if (published) result.datePublished = formatRfc3339(published)
  if (model.updated) result.dateModified = formatRfc3339(model.updated)
  if (oldest) result.coverageStartTime = formatRfc3339(oldest)
  const end = ended === 'newest' ? newest : ended
  if (end) result.coverageEndTime = formatRfc3339(end)
  if (model.authors.length > 0) result.author = persons(model.authors)
  const name = publisher ?? model.site
  if (name) result.publisher = {'@type': 'Organization', name} satisfies Organization
  result.liveBlogUpdate = updates
  return result
}

function persons(names: string[]): Person[] {
  return names.map((name): Person => ({'@type': 'Person', name}))
}

/**
 * `value` as JSON that is safe as the text of a `<script>` element (HTML
 * §4.12.1.3, restrictions for contents of script elements): `<`, `>` and `&`
 * as `\u003c`, `\u003e`, `\u0026`, so no `</script>` or `<!--` can appear,
 * and U+2028/U+2029 escaped for parsers older than ES2019. Still the same
 * JSON value.
 */
export function scriptJson(value: unknown): string {
  const json = JSON.stringify(value)
  // `indexOf` scans far faster than a regular expression over a long string
  // (the bench page's JSON-LD is some 300 kB): replace only when needed.
  for (const char of UNSAFE) {
    if (json.includes(char)) return json.replace(UNSAFE_GLOBAL, (found) => ESCAPES[found] as string)
  }
  return json
}

const UNSAFE = ['<', '>', '&', '\u2028', '\u2029']
const UNSAFE_GLOBAL = /[<>&\u2028\u2029]/g
const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029'
}
