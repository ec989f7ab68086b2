// lbast `update` (an editor's note) → `<p class="update">`, plus
// `correction` for corrections.
import type {MdastNodes, Update} from '@liveblog/core'
import {h} from 'hastscript'
import type {Handler, State} from 'mdast-util-to-hast'

export function update(): Handler {
  return (state: State, node: Update) => {
    const className = node.kind === 'correction' ? ['update', 'correction'] : ['update']
    return h('p', {className}, state.all(node as unknown as MdastNodes))
  }
}
