import type {FeedOptions} from '@liveblog/lbast-util-to-hast'
import type {VFile} from 'vfile'

/**
 * Configuration for `toHtml` and `writeHtml`: the options the feed writers
 * share (`title`, `url` (the canonical page URL, absolute), `description`,
 * `language`, `postUrl`, `sort`, `descriptionLength`; see
 * `@liveblog/lbast-util-to-hast`), and:
 */
export interface HtmlOptions extends FeedOptions {
  /**
   * `true`: only the blog's markup (`<div class="liveblog">` with its JSON-LD
   * script), to put in a template. Default `false`: a whole HTML5 page.
   */
  fragment?: boolean
  /**
   * The stylesheet: `undefined` (default) the small built-in one in a
   * `<style>` element; `false` none; a URL string a `<link rel="stylesheet">`
   * to it (a URL with a scheme other than http(s) is refused: `unsafe-url`).
   * Ignored with `fragment: true`.
   */
  css?: false | string
  /** The publisher's name for JSON-LD `publisher` (an `Organization`); default `meta.site`. */
  publisher?: string
  /**
   * The blog has ended: JSON-LD `coverageEndTime` (schema.org
   * LiveBlogPosting). An ISO 8601 date-time with offset
   * (`'2024-07-18T21:00:00-04:00'`), or `true` for the newest time of any
   * post (`published` or `updated`). Default: left out, as lbast has no field
   * that says a blog has ended (a notice such as "This blog has ended." is
   * prose, not read). A string that is not a date-time with offset is a
   * fatal `invalid-option` message (a `TypeError` without a file); `true`
   * with no dated post is a `missing-coverage-end` warning.
   */
  coverageEndTime?: string | true
}

/** `toHtml` options: `HtmlOptions` and a file to put messages on. */
export interface ToHtmlOptions extends HtmlOptions {
  /** File that receives warnings and errors. */
  file?: VFile
}
