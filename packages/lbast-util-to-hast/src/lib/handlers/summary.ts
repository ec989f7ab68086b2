// lbast `summary` (key points of the blog) → `<section class="summary">`
// with its title as a heading.
import type {MdastNodes, Summary} from '@liveblog/core'
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import type {Handler, State} from 'mdast-util-to-hast'

export function summary(): Handler {
  return (state: State, node: Summary) => {
    const children: ElementContent[] = []
    if (node.title) children.push(h('h2', node.title))
    for (const child of state.all(node as unknown as MdastNodes)) children.push(child)
    return h('section', {className: ['summary']}, state.wrap(children, true))
  }
}
