// The unified parser plugin: `unified().use(readCnn, options)`.
import type {Root} from '@liveblog/core'
import type {Plugin} from 'unified'
import {fromCnnText, type Options} from './from-cnn-text.js'

/** unified parser plugin: read CNN-style text with `fromCnnText`; messages go on the file. */
export const readCnn: Plugin<[(Readonly<Options> | null | undefined)?], string, Root> = function (
  options
) {
  this.parser = (_document, file) => fromCnnText(file, options ?? undefined)
}
