// The Markdown syntax the reader understands: CommonMark, YAML front matter
// and the GFM constructs lbast can hold (strikethrough, tables, task lists,
// footnotes, so that a footnote is reported rather than read as a link
// definition). GFM's literal autolinks are left out: lbast keeps a bare URL as
// the text that was written, and that extension alone costs as much as the
// rest of the parse.
//
// Each extension only starts on a character it needs, so it is enabled only
// when the text holds that character: the tree is the same, and a document
// without tables pays nothing for table syntax.
import type {Root, RootContent} from 'mdast'
import {fromMarkdown, type Extension as MdastExtension} from 'mdast-util-from-markdown'
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item'
import {frontmatter} from 'micromark-extension-frontmatter'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item'
import type {Extension} from 'micromark-util-types'
import type {VFile} from 'vfile'
import {CHUNK, cutPoints, parseInPieces} from './chunks.js'
import {SOURCE} from './context.js'
import {guardMarkdown, restoreGuarded} from './guard.js'

interface Syntax {
  /** Whether `value` can hold this syntax at all. */
  test: (value: string) => boolean
  extension: Extension
  mdast: MdastExtension
}

// A task list item starts `[ ]`, `[x]` or `[X]` (any whitespace inside).
const TASK = /\[[\t\n\r xX]\]/

const SYNTAXES: Syntax[] = [
  {
    test: (value) => value.includes('---'),
    extension: frontmatter(['yaml']),
    mdast: frontmatterFromMarkdown(['yaml'])
  },
  {
    test: (value) => value.includes('~'),
    extension: gfmStrikethrough(),
    mdast: gfmStrikethroughFromMarkdown()
  },
  {test: (value) => value.includes('|'), extension: gfmTable(), mdast: gfmTableFromMarkdown()},
  {
    test: (value) => TASK.test(value),
    extension: gfmTaskListItem(),
    mdast: gfmTaskListItemFromMarkdown()
  },
  {
    test: (value) => value.includes('[^'),
    extension: gfmFootnote(),
    mdast: gfmFootnoteFromMarkdown()
  }
]

// The options of `fromMarkdown` (what remark-parse passes it) per set of
// syntaxes, made when first used.
interface Settings {
  extensions: Extension[]
  mdastExtensions: MdastExtension[]
}
const settings = new Map<number, Settings>()

function settingsFor(mask: number): Settings {
  let found = settings.get(mask)
  if (!found) {
    const chosen = SYNTAXES.filter((_, index) => mask & (1 << index))
    found = {
      extensions: chosen.map((syntax) => syntax.extension),
      mdastExtensions: chosen.map((syntax) => syntax.mdast)
    }
    settings.set(mask, found)
  }
  return found
}

/**
 * Parses Markdown into mdast with mdast-util-from-markdown (what remark-parse
 * runs) and the syntax lbast's Markdown uses; `all` enables every syntax
 * whatever the text holds. Constructs that would take upstream superlinear
 * time are read as text first (guard.ts), with a message on `file`.
 */
export function parseMarkdown(file: VFile, all = false): Root {
  const blocks: RootContent[] = []
  const tree = parseMarkdownBlocks(
    file,
    (found) => {
      for (const block of found) blocks.push(block)
    },
    all
  )
  tree.children = blocks
  return tree
}

/**
 * Parses as `parseMarkdown`, in pieces of at least `size` characters when the
 * text can be cut (chunks.ts), handing each piece's top-level blocks to `emit`
 * as soon as it is parsed, with the document's marker labels. Gives the root,
 * without children.
 */
export function parseMarkdownBlocks(
  file: VFile,
  emit: (blocks: RootContent[], labels: readonly string[]) => void,
  all = false,
  size = CHUNK
): Root {
  const {value, guarded} = guardMarkdown(String(file), file, SOURCE)
  const parse = (piece: string) => parseWhole(piece, all)
  const restore = (blocks: RootContent[], labels: readonly string[]) => {
    if (guarded) restoreGuarded({type: 'root', children: blocks})
    emit(blocks, labels)
  }
  const cuts = cutPoints(value, size)
  if (cuts.length > 0) return parseInPieces(value, cuts, parse, restore)
  const tree = parse(value)
  const blocks = tree.children
  tree.children = []
  restore(blocks, [])
  return tree
}

/** Parses Markdown in one piece (no guard, no cuts): the reference for `parseMarkdown`. */
export function parseWhole(value: string, all = false): Root {
  let mask = 0
  for (let index = 0; index < SYNTAXES.length; index++) {
    if (all || SYNTAXES[index]?.test(value)) mask |= 1 << index
  }
  return fromMarkdown(value, settingsFor(mask))
}
