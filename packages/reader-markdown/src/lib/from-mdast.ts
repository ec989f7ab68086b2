// mdast → lbast: the document is cut into sections at post headings and
// markers, then each section becomes a node. Never throws; what is guessed,
// dropped or malformed becomes a message on the file.
import {
  assignPostIds,
  type RootContent as LbastContent,
  type Media,
  type Meta,
  type Notice,
  type Root,
  type Summary
} from '@liveblog/core'
import type {Definition, Heading, Root as MdastRoot, Nodes, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {VFile} from 'vfile'
import {alertType, quotePhrasing} from './alert.js'
import {readFlow} from './content.js'
import {type Context, warn} from './context.js'
import {limitNesting, MAX_NESTING} from './depth.js'
import {placeFootnotes} from './footnotes.js'
import {readFrontMatter} from './front-matter.js'
import {looksLikeSummaryTitle} from './guess.js'
import {type Marker, readMarker} from './marker.js'
import {guessedMedia, isFigure, markedMedia} from './media.js'
import {place, span} from './position.js'
import {readPost, type Section} from './post.js'

export interface Options {
  /** File to put messages on (the plugins pass theirs). */
  file?: VFile | undefined
  /** Zone for printed times without one in hand-written posts; default `America/New_York`. */
  timeZone?: string | undefined
  /** Empty `tree` while reading it, to bound memory (for trees nothing else holds). */
  consume?: boolean | undefined
}

type Open =
  | (Section & {type: 'post' | 'summary'; guessed?: boolean})
  | {type: 'notice' | 'media'; marker?: Marker | undefined; blocks: RootContent[]}

export function fromMdast(tree: MdastRoot, options: Options = {}): Root {
  const reader = createReader(options)
  const children = tree.children
  // A tree the reader parsed itself is let go of section by section, so the
  // mdast and the lbast of the whole document are never held at once.
  if (options.consume) tree.children = []
  reader.add(children)
  return reader.done(tree.position)
}

/**
 * Reads a document whose top-level blocks come in runs (`add`, in order), as
 * `fromMdast` reads them all at once: the same tree and the same messages in
 * the same order. What needs the whole document waits: nothing is read until
 * a marker is seen (a document without markers is read whole at `done`) and
 * every label in `labels` (marker labels the text may refer to in brackets)
 * has its first definition; after that, each section is read as soon as the
 * next one starts, and its mdast let go.
 */
export interface Reader {
  add(blocks: RootContent[]): void
  /** The tree, at `position` (the whole document's). */
  done(position: MdastRoot['position']): Root
}

export function createReader(options: Options, labels: readonly string[] = []): Reader {
  const file = options.file ?? new VFile()
  const context: Context = {
    file,
    timeZone: options.timeZone,
    definitions: new Map(),
    shift: 2,
    source: typeof options.file?.value === 'string' ? options.file.value : undefined
  }
  // Messages by step, put on the file in the order `fromMdast` makes them.
  const steps = {
    nesting: scratch(file),
    start: scratch(file),
    cut: scratch(file),
    read: scratch(file)
  }
  const root: Root = {type: 'root', children: []}
  const unseen = new Set(labels)
  let pending: RootContent[] = []
  let seen = 0
  let marked = false
  let cutter: Cutter | undefined

  const readDone = (all: boolean) => {
    const sections = cutter!.sections
    const last = all ? sections.length : sections.length - 1
    const read = {...context, file: steps.read}
    for (let index = cutter!.read; index < last; index++) {
      const node = readSection(sections[index]!, read)
      if (node) root.children.push(node)
      sections[index] = undefined
    }
    if (last > cutter!.read) cutter!.read = last
  }

  const flush = () => {
    let blocks = pending
    pending = []
    if (!cutter) {
      const meta = start(blocks, root, {...context, file: steps.start}, marked)
      blocks = meta.blocks
      context.shift = marked ? 2 : postDepth(blocks)
      cutter = createCutter({...context, file: steps.cut})
    }
    for (const block of blocks) cutter.push(block)
    readDone(false)
  }

  return {
    add(blocks) {
      limitNesting({type: 'root', children: blocks}, (node) =>
        warn(
          {...context, file: steps.nesting},
          `Content nested more than ${MAX_NESTING} levels deep, read as text`,
          node,
          'too-deep'
        )
      )
      collectDefinitions(blocks, context.definitions)
      for (const label of unseen) if (context.definitions.has(label)) unseen.delete(label)
      for (const block of blocks) {
        // The front matter and a leading `[meta]` marker do not make a document marked.
        if (!marked && block.type === 'definition' && !isPrologue(block, seen, pending, context)) {
          marked = readMarker(block, quiet(context)) !== undefined
        }
        pending.push(block)
        seen++
      }
      if (marked && unseen.size === 0 && pending.length > 0) flush()
    },
    done(position) {
      flush()
      readDone(true)
      for (const step of [steps.nesting, steps.start, steps.cut, steps.read]) {
        for (const message of step.messages) file.messages.push(message)
      }
      // Fields in the order `fromMdast` always gave them.
      const tree = place<Root>({type: 'root', children: root.children}, position)
      if (root.lbast !== undefined) tree.lbast = root.lbast
      placeFootnotes(tree)
      assignIds(tree, context)
      return tree
    }
  }
}

/** Whether `block`, the `index`th top-level block, is a document's leading `[meta]` marker. */
function isPrologue(
  block: RootContent,
  index: number,
  before: readonly RootContent[],
  context: Context
): boolean {
  const first = index === 0 || (index === 1 && before[0]?.type === 'yaml')
  return first && block.type === 'definition' && readMarker(block, quiet(context))?.type === 'meta'
}

/** A file of its own for messages, named as `file`. */
function scratch(file: VFile): VFile {
  const result = new VFile()
  if (file.path) result.path = file.path
  return result
}

/**
 * The start of a document: front matter, a leading `[meta]` marker and, in a
 * hand-written document (no markers), a lone `#` heading as the page title.
 * Puts the meta node on `root`; gives the blocks left.
 */
function start(
  all: RootContent[],
  root: Root,
  context: Context,
  marked: boolean
): {blocks: RootContent[]} {
  let meta: Meta | undefined
  let blocks = all
  if (blocks[0]?.type === 'yaml') {
    const front = readFrontMatter(blocks[0], context)
    meta = front.meta
    if (front.lbast !== undefined) root.lbast = front.lbast
    blocks = blocks.slice(1)
  }
  const first = blocks[0]
  if (first?.type === 'definition' && readMarker(first, quiet(context))?.type === 'meta') {
    meta ??= place<Meta>({type: 'meta'}, first.position)
    blocks = blocks.slice(1)
  }
  // A lone `#` heading first in a hand-written document is the page title.
  const title = blocks.find((block) => block.type !== 'definition')
  if (
    !marked &&
    title?.type === 'heading' &&
    title.depth === 1 &&
    !meta?.title &&
    !blocks.some((block) => block !== title && block.type === 'heading' && block.depth === 1)
  ) {
    meta ??= place<Meta>({type: 'meta'}, title.position)
    meta.title = toString(title)
    warn(context, 'Read the first `#` heading as the page title', title, 'title-from-heading')
    blocks = blocks.filter((block) => block !== title)
  }
  if (meta) root.children.push(meta)
  return {blocks}
}

/**
 * Cuts top-level blocks, pushed in order, into sections, one per lbast node.
 * Only the last section can still take blocks; `read` counts the sections
 * read (and let go: `undefined`) so far.
 */
interface Cutter {
  sections: Array<Open | undefined>
  read: number
  push(block: RootContent): void
}

function createCutter(context: Context): Cutter {
  const sections: Array<Open | undefined> = []
  let open: Open | undefined
  // A section that waits for its first block (a post's heading, a notice's quote).
  let waiting: Open | undefined
  let warnedDepth = false
  let seenPost = false

  const start = (section: Open) => {
    sections.push(section)
    if (section.type === 'post') seenPost = true
    open = section.type === 'post' || section.type === 'summary' ? section : undefined
    return section
  }

  const push = (block: RootContent) => {
    if (block.type === 'definition') {
      const marker = readMarker(block, quiet(context))
      if (!marker) return
      if (
        open?.type === 'post' &&
        (marker.type === 'media' || marker.type === 'update' || marker.type === 'heading')
      ) {
        open.blocks.push(block)
        return
      }
      if (open?.type === 'summary' && marker.type === 'heading') {
        open.blocks.push(block)
        return
      }
      // Reported again here, once, now that its place is known.
      readMarker(block, context)
      waiting = undefined
      open = undefined
      switch (marker.type) {
        case 'post':
        case 'summary':
          waiting = start({type: marker.type, marker, blocks: []})
          break
        case 'notice':
          waiting = start({type: 'notice', marker, blocks: []})
          break
        case 'media':
          start({type: 'media', marker, blocks: []})
          if (!marker.fields.empty) waiting = sections[sections.length - 1]
          break
        case 'end':
          break
        default:
          warn(context, `Unexpected \`[${marker.type}]\` marker here`, block, 'marker-misplaced')
      }
      return
    }

    if (waiting) {
      const section = waiting
      waiting = undefined
      if (
        (section.type === 'post' || section.type === 'summary') &&
        isPostHeading(block, context)
      ) {
        section.heading = block as Heading
        return
      }
      if (section.type === 'summary') {
        section.blocks.push(block)
        return
      }
      if (
        (section.type === 'notice' && block.type === 'blockquote') ||
        (section.type === 'media' && block.type === 'paragraph')
      ) {
        section.blocks.push(block)
        return
      }
      warn(
        context,
        `Expected content after \`[${section.type}]\``,
        section.marker?.node,
        'marker-orphan'
      )
    }

    if (isPostHeading(block, context)) {
      if (!warnedDepth && block.depth !== 2) {
        warnedDepth = true
        warn(
          context,
          `Read depth-${block.depth} headings as posts (the convention is \`##\`)`,
          block,
          'heading-depth'
        )
      }
      const summary = !seenPost && looksLikeSummaryTitle(toString(block))
      if (summary)
        warn(
          context,
          'Read a heading named like a summary as the summary',
          block,
          'summary-guessed'
        )
      start({type: summary ? 'summary' : 'post', heading: block, blocks: [], guessed: true})
      return
    }
    if (
      open &&
      !(open.type === 'summary' && open.guessed && block.type === 'blockquote' && alertType(block))
    ) {
      open.blocks.push(block)
      return
    }
    // Top-level content outside any post.
    if (block.type === 'blockquote') {
      warn(context, 'Read a quote outside posts as a notice', block, 'notice-guessed')
      start({type: 'notice', blocks: [block]})
    } else if (block.type === 'paragraph' && isFigure(block)) {
      start({type: 'media', blocks: [block]})
    } else {
      warn(
        context,
        'Read content before the first post as an untitled summary',
        block,
        'content-before-post'
      )
      start({type: 'summary', blocks: [block], guessed: true})
    }
  }
  return {sections, read: 0, push}
}

function readSection(section: Open, context: Context): LbastContent | undefined {
  switch (section.type) {
    case 'post':
      return readPost(section, context)
    case 'summary': {
      const node: Summary = {type: 'summary', children: readFlow(section.blocks, context)}
      if (section.heading) node.title = toString(section.heading)
      const first = section.marker?.node ?? section.heading ?? section.blocks[0]
      return place(node, span(first, section.blocks[section.blocks.length - 1] ?? first))
    }
    case 'notice': {
      const quote = section.blocks[0]
      const node: Notice = {type: 'notice', children: []}
      if (quote?.type === 'blockquote')
        node.children = quotePhrasing(quote, alertType(quote) !== undefined, context)
      return place(node, span(section.marker?.node ?? quote, quote ?? section.marker?.node))
    }
    case 'media': {
      const paragraph = section.blocks[0]?.type === 'paragraph' ? section.blocks[0] : undefined
      if (section.marker) return markedMedia(section.marker, paragraph, context)
      return paragraph ? (guessedMedia(paragraph, context) as Media) : undefined
    }
  }
}

/** Whether a top-level block starts a post (or summary): a heading at post depth or above. */
function isPostHeading(block: RootContent, context: Context): block is Heading {
  return block.type === 'heading' && block.depth <= context.shift
}

/** Post depth of a hand-written document: `##` if used at the top level, else the shallowest. */
function postDepth(blocks: readonly RootContent[]): number {
  let depth = 7
  for (const block of blocks) {
    if (block.type !== 'heading') continue
    if (block.depth === 2) return 2
    depth = Math.min(depth, block.depth)
  }
  return depth === 7 ? 2 : depth
}

/**
 * Unique ids: given ones kept (a repeat is reported), missing ones derived
 * with `postId`, repeats suffixed by core's `assignPostIds` (linear).
 */
function assignIds(root: Root, context: Context) {
  const given = new Set<string>()
  for (const node of root.children) {
    if (node.type !== 'post' || !node.id) continue
    if (given.has(node.id))
      warn(context, `Unexpected repeated post id \`${node.id}\``, node, 'duplicate-id')
    given.add(node.id)
  }
  assignPostIds(root)
}

/** Adds the definitions in `blocks` to `definitions`; the first of a repeated one wins, as in CommonMark. */
function collectDefinitions(
  blocks: readonly RootContent[],
  definitions: Map<string, Definition>
): void {
  const stack: Nodes[] = []
  for (let i = blocks.length - 1; i >= 0; i--) stack.push(blocks[i]!)
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'definition' && !definitions.has(node.identifier)) {
      definitions.set(node.identifier, node)
    }
    if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
}

/** The context with messages going nowhere: for looking at a marker before it is read. */
function quiet(context: Context): Context {
  return {...context, file: new VFile()}
}
