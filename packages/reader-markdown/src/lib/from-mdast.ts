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
  const context: Context = {
    file: options.file ?? new VFile(),
    timeZone: options.timeZone,
    definitions: new Map(),
    shift: 2,
    source: typeof options.file?.value === 'string' ? options.file.value : undefined
  }
  limitNesting(tree, (node) =>
    warn(
      context,
      `Content nested more than ${MAX_NESTING} levels deep, read as text`,
      node,
      'too-deep'
    )
  )
  context.definitions = collectDefinitions(tree)
  const root: Root = place<Root>({type: 'root', children: []}, tree.position)
  let meta: Meta | undefined
  let blocks = [...tree.children]

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
  const marked = blocks.some(
    (block) => block.type === 'definition' && readMarker(block, quiet(context)) !== undefined
  )
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
  context.shift = marked ? 2 : postDepth(blocks)
  if (meta) root.children.push(meta)

  const sections = cut(blocks, context)
  // A tree the reader parsed itself is let go of section by section, so the
  // mdast and the lbast of the whole document are never held at once.
  if (options.consume) {
    tree.children = []
    blocks = []
  }
  for (let index = 0; index < sections.length; index++) {
    const node = readSection(sections[index]!, context)
    if (node) root.children.push(node)
    if (options.consume) sections[index] = {type: 'media', blocks: []}
  }
  placeFootnotes(root)
  assignIds(root, context)
  return root
}

/** Cuts the top-level blocks into sections, one per lbast node. */
function cut(blocks: readonly RootContent[], context: Context): Open[] {
  const sections: Open[] = []
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

  for (const block of blocks) {
    if (block.type === 'definition') {
      const marker = readMarker(block, quiet(context))
      if (!marker) continue
      if (
        open?.type === 'post' &&
        (marker.type === 'media' || marker.type === 'update' || marker.type === 'heading')
      ) {
        open.blocks.push(block)
        continue
      }
      if (open?.type === 'summary' && marker.type === 'heading') {
        open.blocks.push(block)
        continue
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
      continue
    }

    if (waiting) {
      const section = waiting
      waiting = undefined
      if (
        (section.type === 'post' || section.type === 'summary') &&
        isPostHeading(block, context)
      ) {
        section.heading = block as Heading
        continue
      }
      if (section.type === 'summary') {
        section.blocks.push(block)
        continue
      }
      if (
        (section.type === 'notice' && block.type === 'blockquote') ||
        (section.type === 'media' && block.type === 'paragraph')
      ) {
        section.blocks.push(block)
        continue
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
      continue
    }
    if (
      open &&
      !(open.type === 'summary' && open.guessed && block.type === 'blockquote' && alertType(block))
    ) {
      open.blocks.push(block)
      continue
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
  return sections
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

/** The document's definitions by identifier; the first of a repeated one wins, as in CommonMark. */
function collectDefinitions(tree: MdastRoot): Map<string, Definition> {
  const definitions = new Map<string, Definition>()
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'definition' && !definitions.has(node.identifier)) {
      definitions.set(node.identifier, node)
    }
    if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
  return definitions
}

/** The context with messages going nowhere: for looking at a marker before it is read. */
function quiet(context: Context): Context {
  return {...context, file: new VFile()}
}
