// mdast `image`: the URL resolved against the post's URL; an empty URL
// (`![alt]()`, which would be `<img src="">`, or the page itself once
// resolved) or an unsafe one is dropped with a warning, and the `alt` text
// kept.
import type {MdastNodes} from '@liveblog/core'
import {defaultHandlers, type Handler, type State} from 'mdast-util-to-hast'
import type {Context} from '../context.js'

type Image = Extract<MdastNodes, {type: 'image'}>

export function image(context: Context): Handler {
  return (state: State, node: Image) => {
    let url: string | undefined
    if (typeof node.url !== 'string' || node.url.trim() === '') {
      context.warn('Dropped image without URL: its alt text is kept', node, 'empty-url')
    } else url = context.url(node.url, node)
    if (url === undefined) return node.alt ? {type: 'text', value: node.alt} : undefined
    return defaultHandlers.image(state, url === node.url ? node : {...node, url})
  }
}
