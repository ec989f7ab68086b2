// mdast `html`: raw HTML is written as text, never as markup, so content
// from a page cannot run in a reader (`raw-html` warning).
import type {MdastNodes} from '@liveblog/core'
import type {Handler, State} from 'mdast-util-to-hast'
import type {Context} from '../context.js'

type Html = Extract<MdastNodes, {type: 'html'}>

export function html(context: Context): Handler {
  return (_state: State, node: Html) => {
    context.warn('Raw HTML is written as text, not as markup', node, 'raw-html')
    return {type: 'text', value: node.value}
  }
}
