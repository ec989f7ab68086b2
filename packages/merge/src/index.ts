import {mergeArchive} from './lib/plugin.js'

export {
  type MergeChanges,
  type MergeOptions,
  type MergeResult,
  merge
} from './lib/merge.js'
export type {MergeArchiveOptions} from './lib/plugin.js'
export {mergeArchive}
export default mergeArchive
