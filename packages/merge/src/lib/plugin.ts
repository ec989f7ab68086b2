import type {Root} from '@liveblog/core'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {type MergeChanges, type MergeOptions, merge} from './merge.js'

/** Options for the `mergeArchive` plugin. */
export interface MergeArchiveOptions extends MergeOptions {
  /** The archive to merge each processed tree into (not changed). */
  archive?: Root | undefined
}

declare module 'vfile' {
  interface DataMap {
    /** What `mergeArchive` did: post ids added, updated and unchanged. */
    merge: MergeChanges
  }
}

/**
 * unified transformer: replaces the tree (a new copy of a live blog) with
 * the result of merging it into `options.archive`, and stores the change
 * list in `file.data.merge`. See `merge` for the rules.
 */
export const mergeArchive: Plugin<[MergeArchiveOptions?], Root, Root> = (options = {}) => {
  return (tree: Root, file: VFile): Root => {
    const result = merge(options.archive, tree, options)
    file.data.merge = result.changes
    return result.tree
  }
}
