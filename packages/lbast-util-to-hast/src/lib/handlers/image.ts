// mdast `image`: the URL resolved against the post's URL; an unsafe one is
// dropped and the `alt` text kept.
import type {MdastNodes} from '@liveblog/core'
import {defaultHandlers, type Handler, type State} from 'mdast-util-to-hast'
import type {Context} from '../context.js'

type Image = Extract<MdastNodes, {type: 'image'}>

export function image(context: Context): Handler {
  return (state: State, node: Image) => {
    const url = context.url(node.url, node)
    if (url === undefined) return node.alt ? {type: 'text', value: node.alt} : undefined
    return defaultHandlers.image(state, url === node.url ? node : {...node, url})
  }
}
