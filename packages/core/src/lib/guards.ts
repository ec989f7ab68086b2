// Type guards for lbast nodes, usable as `unist-util-visit` tests.
import type {Media, Meta, Notice, Post, Root, Summary, Update} from './types.js'

function guard<T extends {type: string}>(type: T['type']) {
  return (node: unknown): node is T =>
    typeof node === 'object' && node !== null && (node as {type?: unknown}).type === type
}

export const isRoot = guard<Root>('root')
export const isMeta = guard<Meta>('meta')
export const isSummary = guard<Summary>('summary')
export const isNotice = guard<Notice>('notice')
export const isMedia = guard<Media>('media')
export const isPost = guard<Post>('post')
export const isUpdate = guard<Update>('update')
