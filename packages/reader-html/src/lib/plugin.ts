// The unified parser plugin: `unified().use(readerHtml, options)`.
import type {Root} from '@liveblog/core'
import type {Plugin} from 'unified'
import {fromHtml, type Options} from './from-html.js'

/** unified parser plugin: read a saved live-blog page with `fromHtml`; messages go on the file. */
export const readerHtml: Plugin<[(Readonly<Options> | null | undefined)?], string, Root> =
  function (options) {
    this.parser = (_document, file) => fromHtml(file, options ?? undefined)
  }
