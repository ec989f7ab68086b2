// lbast `notice` (a note about the blog itself) → `<p class="notice">`.
import type {MdastNodes, Notice} from '@liveblog/core'
import {h} from 'hastscript'
import type {Handler, State} from 'mdast-util-to-hast'

export function notice(): Handler {
  return (state: State, node: Notice) =>
    h('p', {className: ['notice']}, state.all(node as unknown as MdastNodes))
}
