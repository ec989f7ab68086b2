export {
  fromCnnText,
  type Options as FromCnnTextOptions,
  /** @deprecated Use `FromCnnTextOptions`. */
  type Options
} from './lib/from-cnn-text.js'
export {readCnn, readCnn as default} from './lib/plugin.js'
