// mdast `text`, as the library's handler does it: spaces and tabs around
// line endings trimmed (`trim-lines`). Most text has no line ending, and
// then there is nothing to trim: it is not scanned and split.
import type {MdastNodes} from '@liveblog/core'
import type {ElementContent} from 'hast'
import {defaultHandlers, type State} from 'mdast-util-to-hast'

type Text = Extract<MdastNodes, {type: 'text'}>

export function text(state: State, node: Text): ElementContent {
  const value = String(node.value)
  if (value.indexOf('\n') !== -1 || value.indexOf('\r') !== -1) {
    return defaultHandlers.text(state, node)
  }
  const result: ElementContent = {type: 'text', value}
  state.patch(node, result)
  return state.applyData(node, result)
}
