// lbast → hast on `mdast-util-to-hast`: lbast is mdast plus its own nodes, so
// the mdast conversion does the work and `lbastHandlers` add the rest.
import type {MdastNodes, Nodes, PostContent} from '@liveblog/core'
import {toString} from '@liveblog/core'
import type {ElementContent, Nodes as HastNodes, Root as HastRoot} from 'hast'
import {
  type Handler,
  type Options as MdastOptions,
  toHast as mdastToHast,
  type State
} from 'mdast-util-to-hast'
import {type Context, createContext} from './context.js'
import {lbastHandlers, mdastHandlers} from './handlers/index.js'
import {ignore, type Warn} from './messages.js'

type MdastRoot = Parameters<typeof mdastToHast>[0]

/** Options for `toHast` and `postsToHast`. */
export interface Options {
  /**
   * Absolute URL relative `href`/`src` values resolve against (the page).
   * Without one they stay relative, each with a `relative-url` warning.
   */
  base?: string
  /** Receives warnings: `unsafe-url`, `relative-url`, `raw-html`, `unknown-node`. */
  warn?: Warn
}

/**
 * `tree` (any lbast node: a `root`, a `post`, a paragraph…) as hast. Raw
 * `html` becomes text, unsafe URLs are dropped (core's `isSafeUrl`), relative
 * ones resolved against `options.base`. Never throws on a valid tree.
 */
export function toHast(tree: Nodes, options: Options = {}): HastNodes {
  const context = createContext(options.base, options.warn ?? ignore)
  return mdastToHast(tree as unknown as MdastRoot, settings(context))
}

/** One post body to convert, and the absolute URL its relative URLs resolve against. */
export interface PostBody {
  children: PostContent[]
  /** The post's own URL (a permalink) or the page's. */
  base?: string | undefined
}

/**
 * A function that converts one post body at a time (against its own base),
 * sharing the handlers: a writer can convert, serialise and drop each body
 * in turn, so a large feed never holds every body's hast at once. Warnings
 * go to `options.warn` as each body is converted. The hast is for
 * serialising: its nodes carry no `position` (see `toHast` for that).
 */
export function bodyConverter(options: Options = {}): (body: PostBody) => HastRoot {
  const context = createContext(options.base, options.warn ?? ignore)
  // The state of the first conversion, kept: `mdast-util-to-hast` sets up a
  // state per call (handlers merged, footer made), which for short posts
  // cost as much as converting them. A body without footnote definitions
  // has no footer, so the kept state converts it with its definitions
  // reset; one with footnote definitions gets a call of its own.
  let kept: State | undefined
  const keep = (state: State, node: {body: PostContent[]}) => {
    kept ??= state
    return feedBody(state, node)
  }
  const feedSettings = settings(context, [FEED_BODY, keep as unknown as Handler])
  return (body) => {
    context.base = body.base ?? options.base
    if (kept) {
      reset(kept)
      findDefinitions(body.children, kept)
      if (kept.footnoteById.size === 0) {
        const root = {type: 'root', children: body.children} as unknown as MdastRoot
        return {type: 'root', children: kept.wrap(kept.all(root))}
      }
      reset(kept)
    }
    const tree = mdastToHast(
      {type: FEED_BODY, body: body.children} as unknown as MdastRoot,
      feedSettings
    )
    return tree.type === 'root' ? tree : {type: 'root', children: [tree as ElementContent]}
  }
}

/** Empties what one conversion leaves in a state (definitions, footnote calls). */
function reset(state: State): void {
  state.definitionById.clear()
  state.footnoteById.clear()
  state.footnoteCounts.clear()
  state.footnoteOrder.length = 0
}

// The node `bodyConverter` hands `mdast-util-to-hast`: the body sits in
// `body`, not `children`, so the library's set-up walk (a
// `unist-util-visit` over every node to find definitions, a fifth of a
// feed's time) sees one node; `feedBody` finds the definitions itself.
const FEED_BODY = 'lbastFeedBody'

const noPatch = (): undefined => undefined

/**
 * A feed body as a hast `root`, like the library's `root` handler. Its hast
 * gets no positions (`patch`): a feed body is serialised at once, and
 * copying every node's position was most of the garbage made.
 */
function feedBody(state: State, node: {body: PostContent[]}): HastRoot {
  state.patch = noPatch
  findDefinitions(node.body, state)
  const root = {type: 'root', children: node.body} as unknown as MdastRoot
  return {type: 'root', children: state.wrap(state.all(root))}
}

/** Fills `state`'s definitions as `mdast-util-to-hast` does (first of each identifier wins). */
function findDefinitions(nodes: unknown[], state: State): void {
  for (const node of nodes) {
    if (!node || typeof node !== 'object') continue
    const {type, children} = node as {type?: unknown; children?: unknown}
    if (type === 'definition' || type === 'footnoteDefinition') {
      const id = String((node as {identifier?: unknown}).identifier).toUpperCase()
      if (type === 'definition') {
        if (!state.definitionById.has(id)) state.definitionById.set(id, node as never)
      } else if (!state.footnoteById.has(id)) state.footnoteById.set(id, node as never)
    }
    if (Array.isArray(children)) findDefinitions(children, state)
  }
}

/** A converted body, and a function that puts its warnings out. */
export interface PostHast {
  tree: HastRoot
  /** Sends this body's warnings to `options.warn`, so a writer reports them in item order. */
  report: () => void
}

// A container for one body inside the single mdast tree.
const BODY = 'lbastPostBody'

/**
 * Many post bodies at once. One `mdast-util-to-hast` call for all (its set-up
 * walks the whole tree, which per post would cost as much as the
 * conversion); each body's warnings are held until its `report` is called.
 */
export function postsToHast(bodies: PostBody[], options: Options = {}): PostHast[] {
  const report = options.warn ?? ignore
  const held: Array<Array<() => void>> = []
  let current: Array<() => void> = []
  const context = createContext(undefined, (reason, node, ruleId) =>
    current.push(() => report(reason, node, ruleId))
  )
  const body: Handler = (state: State, node: {base?: string} & MdastRoot) => {
    current = []
    held.push(current)
    context.base = node.base ?? options.base
    return {type: 'element', tagName: 'div', properties: {}, children: state.wrap(state.all(node))}
  }
  const containers = bodies.map((item) => ({type: BODY, base: item.base, children: item.children}))
  const tree = mdastToHast(
    {type: 'root', children: containers} as unknown as MdastRoot,
    settings(context, [BODY, body])
  )
  const elements =
    tree.type === 'root' ? tree.children.filter((child) => child.type === 'element') : []
  return elements.map((element, index) => {
    const reports = held[index] ?? []
    return {
      tree: {type: 'root', children: element.children},
      report: () => {
        for (const report of reports) report()
      }
    }
  })
}

/**
 * `mdast-util-to-hast` options: the mdast handlers lbast replaces, and
 * lbast's own types (and `extra`) through `unknownHandler`, so the library's
 * per-call handler merge stays cheap (see `handlers/index.ts`).
 */
function settings(context: Context, extra?: [string, Handler]): MdastOptions {
  const own = lbastHandlers(context)
  if (extra) own.set(extra[0], extra[1])
  const fallback = unknown(context)
  return {
    handlers: mdastHandlers(context),
    unknownHandler: (state, node, parent) =>
      (own.get(node.type) ?? fallback)(state, node as never, parent)
  }
}

/** Nodes lbast does not define (an invalid tree): their text is kept. */
function unknown(context: Context): Handler {
  return (state: State, node: MdastNodes): ElementContent | ElementContent[] | undefined => {
    context.warn(
      `Unknown node \`${node.type}\`: written as its text`,
      node as unknown as Nodes,
      'unknown-node'
    )
    if ('children' in node) return state.all(node)
    const text = toString(node)
    return text ? {type: 'text', value: text} : undefined
  }
}
