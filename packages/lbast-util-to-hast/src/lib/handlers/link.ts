// mdast `link`: the URL resolved against the post's URL; an unsafe one is
// dropped and the link text kept.
import type {MdastNodes} from '@liveblog/core'
import {defaultHandlers, type Handler, type State} from 'mdast-util-to-hast'
import type {Context} from '../context.js'

type Link = Extract<MdastNodes, {type: 'link'}>

export function link(context: Context): Handler {
  return (state: State, node: Link) => {
    const url = context.url(node.url, node)
    if (url === undefined) return state.all(node)
    return defaultHandlers.link(state, url === node.url ? node : {...node, url})
  }
}
