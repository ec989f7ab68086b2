// lbast `post` → `<article id="{id}">` with a header (headline, time,
// byline) and the body. Feed writers convert bodies only (see
// `postsToHast`); this is for whole pages.
import type {MdastNodes, Post} from '@liveblog/core'
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import type {Handler, State} from 'mdast-util-to-hast'

export function post(): Handler {
  return (state: State, node: Post) => {
    const header: ElementContent[] = []
    if (node.headline) header.push(h('h2', node.headline))
    if (node.dateline || node.published) {
      header.push(
        h(
          'p',
          {className: ['dateline']},
          h('time', {dateTime: node.published}, node.dateline || node.published || '')
        )
      )
    }
    if (node.byline) header.push(h('p', {className: ['byline']}, node.byline))
    const body = state.all(node as unknown as MdastNodes)
    const children: ElementContent[] = []
    if (header.length > 0) children.push(h('header', state.wrap(header, true)))
    for (const child of body) children.push(child)
    return h('article', {id: node.id || undefined, className: ['post']}, state.wrap(children, true))
  }
}
