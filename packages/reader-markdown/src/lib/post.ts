// A post: its heading, the byline and time under it, then its body. Marked
// posts (`[post]` marker) are read exactly; hand-written ones are guessed.
import type {Post, PostContent, Update, UpdateKind} from '@liveblog/core'
import type {Heading, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {bylineAuthors, clockTime} from './adapters.js'
import {alertType, kindOfAlert, quotePhrasing} from './alert.js'
import {readFlow, readPhrasing} from './content.js'
import {type Context, warn} from './context.js'
import {looksLikeByline, looksLikeTime, looksLikeUpdate, paragraphLines} from './guess.js'
import {type Marker, readMarker} from './marker.js'
import {guessedMedia, isFigure, markedMedia} from './media.js'
import {place, span} from './position.js'

export interface Section {
  marker?: Marker | undefined
  heading?: Heading | undefined
  blocks: RootContent[]
}

interface Header {
  byline?: string
  dateline?: string
  /** How many blocks the header took. */
  used: number
}

/** A post from its section; `id` is `''` when it must be derived. */
export function readPost(section: Section, context: Context): Post {
  const {marker, heading, blocks} = section
  const header = marker ? markedHeader(marker, blocks) : guessedHeader(blocks)
  const post: Post = {
    type: 'post',
    id: marker?.anchor ?? '',
    headline: heading ? toString(heading) : '',
    authors: [],
    children: []
  }
  if (header.byline !== undefined) post.byline = header.byline
  const fields = marker?.fields ?? {}
  if (Array.isArray(fields.authors)) post.authors = fields.authors
  else if (header.byline) post.authors = bylineAuthors(header.byline) ?? []
  if (typeof fields.published === 'string') post.published = fields.published
  else if (!marker && header.dateline) {
    const iso = clockTime(header.dateline, context.timeZone)
    if (iso) post.published = iso
  }
  if (typeof fields.updated === 'string') post.updated = fields.updated
  if (header.dateline !== undefined) post.dateline = header.dateline
  post.children = readBody(blocks.slice(header.used), Boolean(marker), context)
  return place(
    post,
    span(marker?.node ?? heading ?? blocks[0], blocks[blocks.length - 1] ?? heading)
  )
}

/** `*byline*`, `*time*` (with `head: dateline`), or both joined by a hard break. */
function markedHeader(marker: Marker, blocks: readonly RootContent[]): Header {
  const {head, byline, dateline} = marker.fields
  const header: Header = {used: 0}
  const first = blocks[0]
  if (head !== 'none' && first?.type === 'paragraph') {
    const [one, two, three, ...rest] = first.children
    if (one?.type === 'emphasis' && two === undefined) {
      header[head === 'dateline' ? 'dateline' : 'byline'] = toString(one)
      header.used = 1
    } else if (
      one?.type === 'emphasis' &&
      two?.type === 'break' &&
      three?.type === 'emphasis' &&
      rest.length === 0
    ) {
      header.byline = toString(one)
      header.dateline = toString(three)
      header.used = 1
    }
  }
  if (typeof byline === 'string') header.byline = byline
  if (typeof dateline === 'string') header.dateline = dateline
  return header
}

/** Lines under a hand-written heading that read as a byline and/or a printed time. */
function guessedHeader(blocks: readonly RootContent[]): Header {
  const header: Header = {used: 0}
  for (const block of blocks.slice(0, 2)) {
    if (block.type !== 'paragraph') break
    const lines = paragraphLines(block)
    const found: Header = {used: 0}
    for (const line of lines) {
      if (!found.byline && header.byline === undefined && looksLikeByline(line)) found.byline = line
      else if (!found.dateline && header.dateline === undefined && looksLikeTime(line))
        found.dateline = line
      else return header
    }
    if (found.byline !== undefined) header.byline = found.byline
    if (found.dateline !== undefined) header.dateline = found.dateline
    header.used++
  }
  return header
}

function readBody(
  blocks: readonly RootContent[],
  marked: boolean,
  context: Context
): PostContent[] {
  const children: PostContent[] = []
  let run: RootContent[] = []
  const flush = () => {
    for (const node of readFlow(run, context)) children.push(node)
    run = []
  }
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!
    const marker = block.type === 'definition' ? readMarker(block, context) : undefined
    if (marker?.type === 'media' || marker?.type === 'update') {
      flush()
      const next = blocks[index + 1]
      if (marker.type === 'media') {
        const paragraph = !marker.fields.empty && next?.type === 'paragraph' ? next : undefined
        if (paragraph) index++
        else if (!marker.fields.empty)
          warn(context, 'Expected a paragraph after `[media]`', block, 'marker-orphan')
        children.push(markedMedia(marker, paragraph, context))
      } else if (next?.type === 'blockquote') {
        index++
        const explicit = marker.fields.kind
        const type = explicit === null ? undefined : alertType(next)
        const kind = typeof explicit === 'string' ? (explicit as UpdateKind) : kindOfAlert(type)
        children.push(update(kind, quotePhrasing(next, type !== undefined, context), block, next))
      } else {
        warn(context, 'Expected a quote after `[update]`', block, 'marker-orphan')
      }
    } else if (!marked && (block.type === 'blockquote' || block.type === 'paragraph')) {
      const guessed = guessBlock(block, context)
      if (guessed) {
        flush()
        children.push(guessed)
      } else {
        run.push(block)
      }
    } else {
      run.push(block)
    }
  }
  flush()
  return children
}

/** Update notes and figures in hand-written posts. */
function guessBlock(block: RootContent, context: Context): PostContent | undefined {
  if (block.type === 'blockquote') {
    const type = alertType(block)
    const first = block.children[0]
    const label = first?.type === 'paragraph' && first.children[0]?.type === 'strong'
    if (type === undefined && !(label && looksLikeUpdate(toString(first)))) return undefined
    warn(context, 'Read a quote as an update note', block, 'update-guessed')
    const content = quotePhrasing(block, type !== undefined, context)
    const kind = type ? kindOfAlert(type) : kindOfText(toString(block))
    return update(kind, content, block, block)
  }
  if (block.type !== 'paragraph') return undefined
  if (isFigure(block)) return guessedMedia(block, context)
  const [only, ...rest] = block.children
  if (only?.type !== 'emphasis' || rest.length > 0 || !looksLikeUpdate(toString(only)))
    return undefined
  warn(context, 'Read an italic paragraph as an update note', block, 'update-guessed')
  return update(kindOfText(toString(only)), readPhrasing(only.children, context), block, block)
}

function kindOfText(value: string): UpdateKind {
  return /^\s*correction/i.test(value) ? 'correction' : 'update'
}

function update(
  kind: UpdateKind | undefined,
  children: Update['children'],
  first: RootContent,
  last: RootContent
): Update {
  const node: Update = {type: 'update', children}
  if (kind) node.kind = kind
  return place(node, span(first, last))
}
