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
}

/** `toHtml` options: `HtmlOptions` and a file to put messages on. */
export interface ToHtmlOptions extends HtmlOptions {
  /** File that receives warnings and errors. */
  file?: VFile
}
