import type {Root} from '@liveblog/core'
import type {Plugin} from 'unified'

export interface Options {
  /** Name as printed in bylines (case and spacing are ignored). */
  author?: string
  /** Added to `data.tags` of every post that is kept. */
  tag?: string
}

/** A new root with only the posts `author` wrote or co-wrote. */
export function keepAuthor(tree: Root, author: string): Root

/** Transformer: keep the posts by one author; tag them. */
declare const onlyAuthor: Plugin<[(Options | null | undefined)?], Root>
export default onlyAuthor
