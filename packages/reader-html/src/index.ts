export {fromHtml, type Options as FromHtmlOptions} from './lib/from-html.js'
export {
  readerHtml as default,
  readerHtml as liveblogReaderHtml,
  readerHtml
} from './lib/plugin.js'
