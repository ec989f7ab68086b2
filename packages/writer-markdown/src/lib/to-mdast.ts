// lbast → mdast in the Markdown convention of docs/markdown.md.
import type {Root as LbastRoot, Meta} from '@liveblog/core'
import type {Root as MdastRoot, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {alertQuote} from './alert.js'
import {type ContentContext, writeFlow, writePhrasing} from './content.js'
import {frontMatter, hasMetaFields} from './front-matter.js'
import {marker} from './marker.js'
import {writeMedia} from './media.js'
import {writePost} from './post.js'

export interface ToMdastOptions {
  /** File to report dropped unsafe URLs, raw HTML and the like on. */
  file?: VFile | undefined
  /**
   * Write `html` nodes as raw HTML, which Markdown renderers pass through
   * (default `false`: written as text, which shows the markup as written).
   * Only for trees whose HTML you trust, as with `remark-rehype`.
   */
  allowDangerousHtml?: boolean | undefined
}

/** Turns an lbast tree into the mdast tree of its Markdown form. */
export function toMdast(tree: LbastRoot, options: ToMdastOptions = {}): MdastRoot {
  const context: ContentContext = {
    file: options.file,
    allowDangerousHtml: options.allowDangerousHtml,
    footnotes: footnoteIdentifiers(tree)
  }
  const children: RootContent[] = []
  const meta = tree.children.find((child): child is Meta => child.type === 'meta')
  const yaml = frontMatter(tree, meta)
  if (yaml) children.push(yaml)
  // An empty meta beside `lbast` would not show in the front matter.
  if (meta && tree.lbast !== undefined && !hasMetaFields(meta)) children.push(marker('meta'))

  let inPost = false
  for (const node of tree.children) {
    switch (node.type) {
      case 'meta':
        break
      case 'media':
        // Media after a post would belong to it: `[end]` closes the post.
        if (inPost) children.push(marker('end'))
        for (const child of writeMedia(node, context)) children.push(child)
        break
      case 'notice':
        children.push(marker('notice'), alertQuote('NOTE', writePhrasing(node.children, context)))
        break
      case 'summary':
        children.push(marker('summary'))
        if (node.title !== undefined) {
          children.push({type: 'heading', depth: 2, children: [{type: 'text', value: node.title}]})
        }
        for (const child of writeFlow(node.children, context)) children.push(child)
        break
      case 'post':
        for (const child of writePost(node, context)) children.push(child)
        break
    }
    inPost = node.type === 'post'
  }
  return {type: 'root', children}
}

/** Identifiers of every footnote definition in the tree, without recursion. */
function footnoteIdentifiers(tree: LbastRoot): Set<string> {
  const ids = new Set<string>()
  const stack: unknown[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as {type: string; identifier?: unknown; children?: unknown}
    if (node.type === 'footnoteDefinition' && typeof node.identifier === 'string')
      ids.add(node.identifier)
    if (Array.isArray(node.children)) for (const child of node.children) stack.push(child)
  }
  return ids
}
