// HTML → hast with positions, by `hast-util-from-html`. That utility (its
// parse5 → hast step) recurses once per level of nesting, so a page nesting
// elements some ten thousand deep overflows the call stack. Such a page is
// parsed again by the same parse5, with a tree adapter that does what
// browsers do (Blink caps the parser's tree depth at 512): an element that
// would go deeper than `MAX_NESTING` is added beside its parent instead.
// Nothing is dropped; a warning says so.
import type {Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {fromParse5} from 'hast-util-from-parse5'
import {type DefaultTreeAdapterMap, defaultTreeAdapter, parse} from 'parse5'
import {VFile} from 'vfile'
import {type Context, report} from './context.js'

/** Deepest element nesting kept as it is in the fallback parse. */
export const MAX_NESTING = 512

type ParentNode = DefaultTreeAdapterMap['parentNode']
type ChildNode = DefaultTreeAdapterMap['childNode']

export function parsePage(context: Context): Root {
  try {
    return fromHtml(context.value)
  } catch (error) {
    // Only a stack overflow is ours to handle: anything else is a bug.
    if (!(error instanceof RangeError)) throw error
  }
  report(
    context,
    `Elements nested more than ${MAX_NESTING} levels deep: the deeper ones are read as siblings, as browsers do`,
    {line: 1, column: 1},
    'too-deep'
  )
  const depths = new WeakMap<object, number>()
  const depthOf = (node: ParentNode): number => {
    const known = depths.get(node)
    if (known !== undefined) return known
    // Only the document and template contents are not appended by us.
    const parent = (node as {parentNode?: ParentNode | null}).parentNode
    const depth = parent ? depthOf(parent) + 1 : 0
    depths.set(node, depth)
    return depth
  }
  const target = (parent: ParentNode): ParentNode => {
    let node = parent
    // Depths never pass the cap, so this climbs one step at most.
    while (depthOf(node) >= MAX_NESTING) {
      const up = (node as {parentNode?: ParentNode | null}).parentNode
      if (!up) break
      node = up
    }
    return node
  }
  const treeAdapter: typeof defaultTreeAdapter = {
    ...defaultTreeAdapter,
    appendChild(parent: ParentNode, node: ChildNode) {
      const into = target(parent)
      defaultTreeAdapter.appendChild(into, node)
      depths.set(node, depthOf(into) + 1)
    },
    insertBefore(parent: ParentNode, node: ChildNode, reference: ChildNode) {
      defaultTreeAdapter.insertBefore(parent, node, reference)
      depths.set(node, depthOf(parent) + 1)
    },
    setTemplateContent(template, content) {
      defaultTreeAdapter.setTemplateContent(template, content)
      depths.set(content, depthOf(template) + 1)
    }
  }
  const document = parse(context.value, {
    sourceCodeLocationInfo: true,
    scriptingEnabled: false,
    treeAdapter
  })
  return fromParse5(document, {file: new VFile(context.value)}) as Root
}
