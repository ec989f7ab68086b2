// GitHub alerts (`> [!NOTE]`) and quotes as notices and update notes.
import type {UpdateKind} from '@liveblog/core'
import type {Blockquote, PhrasingContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {readPhrasing} from './content.js'
import {type Context, warn} from './context.js'

/** An alert line: `[!NOTE]` alone on the first line. */
const ALERT = /^\[!([A-Za-z]+)\][ \t]*(?:\r?\n|$)/

/** The alert type (upper case) a quote opens with, if any. */
export function alertType(node: Blockquote): string | undefined {
  const first = node.children[0]
  const text = first?.type === 'paragraph' ? first.children[0] : undefined
  return text?.type === 'text' ? ALERT.exec(text.value)?.[1]?.toUpperCase() : undefined
}

/** The phrasing of a quote: one paragraph's content, without its alert line when `strip`. */
export function quotePhrasing(
  node: Blockquote,
  strip: boolean,
  context: Context
): PhrasingContent[] {
  const content: PhrasingContent[] = []
  for (const child of node.children) {
    if (content.length > 0) {
      warn(
        context,
        'Unexpected second block in a note, joined with a line break',
        child,
        'note-shape'
      )
      content.push({type: 'break'})
    }
    if (child.type === 'paragraph') {
      for (const node of child.children) content.push(node)
    } else {
      warn(context, `Unexpected \`${child.type}\` in a note, read as text`, child, 'note-shape')
      content.push({type: 'text', value: toString(child), position: child.position})
    }
  }
  const first = content[0]
  if (strip && first?.type === 'text') {
    const match = ALERT.exec(first.value)
    if (match) content[0] = {...first, value: first.value.slice(match[0].length)}
  }
  return readPhrasing(content, context)
}

/** An update's kind from its alert: `[!NOTE]`/`[!TIP]` are updates, the others corrections. */
export function kindOfAlert(type: string | undefined): UpdateKind | undefined {
  if (type === undefined) return undefined
  return type === 'NOTE' || type === 'TIP' ? 'update' : 'correction'
}
