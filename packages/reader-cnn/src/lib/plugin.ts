// The unified parser plugin: `unified().use(readCnn, options)`.
import type {Root} from '@liveblog/core'
import type {Processor} from 'unified'
import {fromCnnText, type Options} from './from-cnn-text.js'

export function readCnn(this: Processor<Root>, options?: Options | null): void {
  this.parser = (_document, file) => fromCnnText(file, options ?? undefined)
}
