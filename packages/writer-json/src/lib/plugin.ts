import type {Root} from '@liveblog/core'
import type {Plugin} from 'unified'
import {type ToJsonOptions, toJson} from './to-json.js'

/** unified compiler plugin: serialise the lbast tree with `toJson`. */
export const writeJson: Plugin<[(Readonly<ToJsonOptions> | null | undefined)?], Root, string> =
  function (options) {
    this.compiler = (tree) => toJson(tree as Root, options ?? undefined)
  }
