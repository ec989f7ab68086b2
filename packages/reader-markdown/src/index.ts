export {
  fromMarkdown,
  type Options as FromMarkdownOptions,
  /** @deprecated Use `FromMarkdownOptions`. */
  type Options
} from './lib/from-markdown.js'
export {fromMdast, type Options as FromMdastOptions} from './lib/from-mdast.js'
export {readMarkdown as default, readMarkdown, remarkLiveblog} from './lib/plugin.js'
