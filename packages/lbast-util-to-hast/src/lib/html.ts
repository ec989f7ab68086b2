// Feed HTML from hast: XML-compatible (`<img />`), so a reader that parses
// the HTML as XML can.
import type {Nodes} from 'hast'
import {toHtml} from 'hast-util-to-html'

export function feedHtml(tree: Nodes): string {
  return toHtml(tree, {closeSelfClosing: true})
}
