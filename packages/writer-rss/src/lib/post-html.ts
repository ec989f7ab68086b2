// Each post's body as HTML for `content:encoded`. lbast post content is mdast
// plus `media` and `update`, so `mdast-util-to-hast` does the work with
// handlers for those two, and for what must not pass unchecked: raw `html`
// (rendered as text, never as markup) and links and images whose URL would
// run code (the URL is dropped, the text kept).
//
// All bodies go through one `toHast` call (its set-up walks the whole tree,
// which per post would cost as much as the conversion); the warnings of each
// body are held until its item is written, so they keep the feed's order.
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

/** A post body's HTML, and a function that reports its warnings. */
export interface PostHtml {
  html: string
  report: () => void
}

// A container for one post body inside the single mdast tree.
const BODY = 'liveblogPostBody'

export function postsHtml(bodies: PostContent[][], report: Warn): PostHtml[] {
  const held: Array<Array<() => void>> = []
  let current: Array<() => void> = []
  const warn: Warn = (reason, node, ruleId) => current.push(() => report(reason, node, ruleId))

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

  const body: Handler = (state: State, node: MdastRoot) => {
    current = []
    held.push(current)
    return {type: 'element', tagName: 'div', properties: {}, children: state.wrap(state.all(node))}
  }

  // Handlers are keyed by mdast type; `media` and `update` are lbast's own.
  const handlers = {link, image, html, media, update, [BODY]: body} as Handlers
  const containers = bodies.map((children) => ({type: BODY, children}))
  const tree = toHast({type: 'root', children: containers} as unknown as MdastRoot, {
    handlers,
    unknownHandler: (state: State, node: MdastNodes) => {
      warn(`Unknown node \`${node.type}\` in a post: written as its text`, node, 'unknown-node')
      return unknown(state, node)
    }
  })
  const elements =
    tree.type === 'root' ? tree.children.filter((child) => child.type === 'element') : []
  return elements.map((element, index) => {
    const reports = held[index] ?? []
    return {
      html: toHtml({type: 'root', children: element.children}, {closeSelfClosing: true}),
      report: () => {
        for (const report of reports) report()
      }
    }
  })
}

/** Nodes lbast does not define (an invalid tree): keep their text. */
function unknown(state: State, node: MdastNodes): ElementContent | ElementContent[] | undefined {
  if ('children' in node) return state.all(node)
  const text = toString(node)
  return text ? {type: 'text', value: text} : undefined
}
