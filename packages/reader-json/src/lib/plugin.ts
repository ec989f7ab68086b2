import type {Root} from '@liveblog/core'
import type {Plugin} from 'unified'
import {type FromJsonOptions, fromJson} from './from-json.js'

/** unified parser plugin: read lbast JSON with `fromJson`; messages go on the file. */
export const readJson: Plugin<[(Readonly<FromJsonOptions> | null | undefined)?], string, Root> =
  function (options) {
    this.parser = (_document, file) => fromJson(file, options ?? undefined)
  }
