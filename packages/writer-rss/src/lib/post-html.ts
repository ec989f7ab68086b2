// A post's body as HTML for `content:encoded`. lbast post content is mdast
// plus `media` and `update`, so `mdast-util-to-hast` does the work with
// handlers for those two, and for what must not pass unchecked: raw `html`
// (rendered as text, never as markup) and links and images whose URL would
// run code (the URL is dropped, the text kept).
import type {MdastNodes, Media, PostContent, Update} from '@liveblog/core'
import {isSafeUrl, toString} from '@liveblog/core'
import type {ElementContent} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import {defaultHandlers, type Handler, type Handlers, type State, toHast} from 'mdast-util-to-hast'
import {mediaFigure} from './media-html.js'
import type {Warn} from './messages.js'

type Link = Extract<MdastNodes, {type: 'link'}>
type Image = Extract<MdastNodes, {type: 'image'}>
type Html = Extract<MdastNodes, {type: 'html'}>
type MdastRoot = Parameters<typeof toHast>[0]

export function postHtml(children: PostContent[], warn: Warn): string {
  const unsafe = (url: string, node: MdastNodes | Media) =>
    warn(
      `Dropped unsafe URL \`${url.slice(0, 40)}\`: scripts and data URLs are not allowed in feed HTML`,
      node,
      'unsafe-url'
    )

  const link: Handler = (state: State, node: Link) => {
    if (isSafeUrl(node.url)) return defaultHandlers.link(state, node)
    unsafe(node.url, node)
    return state.all(node)
  }

  const image: Handler = (state: State, node: Image) => {
    if (isSafeUrl(node.url)) return defaultHandlers.image(state, node)
    unsafe(node.url, node)
    return node.alt ? {type: 'text', value: node.alt} : undefined
  }

  const html: Handler = (_state: State, node: Html) => {
    warn('Raw HTML is written as text in feed content, not as markup', node, 'raw-html')
    return {type: 'text', value: node.value}
  }

  const media: Handler = (state: State, node: Media) => {
    let url = node.url
    if (url && !isSafeUrl(url)) {
      unsafe(url, node)
      url = undefined
    }
    return mediaFigure(node, state.all(node as unknown as MdastNodes), url)
  }

  const update: Handler = (state: State, node: Update) => {
    const className = node.kind === 'correction' ? ['update', 'correction'] : ['update']
    return h('p', {className}, state.all(node as unknown as MdastNodes))
  }

  // Handlers are keyed by mdast type; `media` and `update` are lbast's own.
  const handlers = {link, image, html, media, update} as Handlers
  const tree = toHast({type: 'root', children: children} as MdastRoot, {
    handlers,
    unknownHandler: (state: State, node: MdastNodes) => {
      warn(`Unknown node \`${node.type}\` in a post: written as its text`, node, 'unknown-node')
      return unknown(state, node)
    }
  })
  return toHtml(tree, {closeSelfClosing: true})
}

/** Nodes lbast does not define (an invalid tree): keep their text. */
function unknown(state: State, node: MdastNodes): ElementContent | ElementContent[] | undefined {
  if ('children' in node) return state.all(node)
  const text = toString(node)
  return text ? {type: 'text', value: text} : undefined
}
