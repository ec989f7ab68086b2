export {writeMarkdown as default, writeMarkdown} from './lib/plugin.js'
export {
  /** @deprecated Use `ToMarkdownOptions`. */
  type Options,
  type Options as ToMarkdownOptions,
  toMarkdown
} from './lib/to-markdown.js'
export {type ToMdastOptions, toMdast} from './lib/to-mdast.js'
