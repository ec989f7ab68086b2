import type {Root} from '@liveblog/core'
import type {Plugin} from 'unified'

export interface Options {
  /** Page title (default: the blog's title, or "Digest"). */
  title?: string
}

/** The extension `liveblog -o folder` gives files this writer writes. */
export const extname: string

/** lbast to an HTML page listing the posts. */
export function toDigest(tree: Root, options?: Options | null): string

/** Compiler: write the digest page. */
declare const writeDigest: Plugin<[(Options | null | undefined)?], Root, string>
export default writeDigest
