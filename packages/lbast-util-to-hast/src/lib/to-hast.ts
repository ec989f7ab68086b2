// lbast → hast on `mdast-util-to-hast`: lbast is mdast plus its own nodes, so
// the mdast conversion does the work and `lbastHandlers` add the rest.
import type {MdastNodes, Nodes, PostContent} from '@liveblog/core'
import {toString} from '@liveblog/core'
import type {ElementContent, Nodes as HastNodes, Root as HastRoot} from 'hast'
import {
  defaultHandlers,
  type Handler,
  type Handlers,
  toHast as mdastToHast,
  type State
} from 'mdast-util-to-hast'
import {type Context, createContext} from './context.js'
import {lbastHandlers} from './handlers/index.js'
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

/**
 * `mdast-util-to-hast` options for lbast: handlers for the node types mdast
 * has (`link`, `image`, `html`, `listItem`) as `handlers`, lbast's own types
 * (and `extra`) dispatched from `unknownHandler`, the rest to `unknown`.
 * Each call copies `{...defaultHandlers, ...handlers}`, and in V8 a copy
 * that adds keys `defaultHandlers` lacks costs some 50 µs (measured on Node
 * 20: 9 ms for the 190 bodies of the bench page, twice their conversion);
 * with only known keys the copy stays on V8's fast path.
 */
function settings(context: Context, extra: Record<string, Handler> = {}) {
  const known: Record<string, Handler> = {}
  const own: Record<string, Handler> = {...extra}
  for (const [type, handler] of Object.entries(lbastHandlers(context) as Record<string, Handler>)) {
    if (Object.hasOwn(defaultHandlers, type)) known[type] = handler
    else own[type] = handler
  }
  const fallback = unknown(context)
  const dispatch: Handler = (state, node, parent) => {
    const handler = Object.hasOwn(own, node.type) ? (own[node.type] as Handler) : fallback
    return handler(state, node, parent)
  }
  return {handlers: known as Handlers, unknownHandler: dispatch}
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
 * go to `options.warn` as each body is converted.
 */
export function bodyConverter(options: Options = {}): (body: PostBody) => HastRoot {
  const context = createContext(options.base, options.warn ?? ignore)
  const shared = settings(context)
  return (body) => {
    context.base = body.base ?? options.base
    const tree = mdastToHast(
      {type: 'root', children: body.children} as unknown as MdastRoot,
      shared
    )
    return tree.type === 'root' ? tree : {type: 'root', children: [tree as ElementContent]}
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
    settings(context, {[BODY]: body})
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
