export {writeMarkdown as default} from './lib/plugin.js'
export {type Options, toMarkdown} from './lib/to-markdown.js'
export {type ToMdastOptions, toMdast} from './lib/to-mdast.js'
