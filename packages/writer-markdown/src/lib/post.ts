// A post: a `[post]` marker (id, ISO times, authors the byline does not say),
// a `##` headline, the italic byline and time, then the body.

import {isDeepStrictEqual} from 'node:util'
import {type Post, parseByline, type Update} from '@liveblog/core'
import type {Paragraph, PhrasingContent, RootContent} from 'mdast'
import {alertQuote, startsLikeAlert} from './alert.js'
import {type ContentContext, writeFlow, writePhrasing} from './content.js'
import {type MarkerFields, marker} from './marker.js'
import {writeMedia} from './media.js'

export function writePost(node: Post, context: ContentContext): RootContent[] {
  const fields: MarkerFields = {published: node.published, updated: node.updated}
  // A byline's authors are left to the reader to parse when that gives them back.
  const parsed = node.byline ? (parseByline(node.byline)?.authors ?? []) : []
  if (!isDeepStrictEqual(parsed, node.authors)) fields.authors = node.authors.map((a) => ({...a}))

  const lines: PhrasingContent[] = []
  for (const [key, value] of [
    ['byline', node.byline],
    ['dateline', node.dateline]
  ] as const) {
    if (value === '') fields[key] = ''
    if (!value) continue
    if (lines.length > 0) lines.push({type: 'break'})
    lines.push({type: 'emphasis', children: [{type: 'text', value}]})
  }
  if (lines.length === 1 && node.dateline) fields.head = 'dateline'

  const body = writeBody(node.children, context)
  if (lines.length === 0 && body[0]?.type === 'paragraph' && isHeaderShape(body[0])) {
    fields.head = 'none'
  }

  const result: RootContent[] = [
    marker('post', fields, node.id),
    {type: 'heading', depth: 2, children: [{type: 'text', value: node.headline}]}
  ]
  if (lines.length > 0) result.push({type: 'paragraph', children: lines})
  for (const node of body) result.push(node)
  return result
}

function writeBody(children: Post['children'], context: ContentContext): RootContent[] {
  const result: RootContent[] = []
  for (const child of children) {
    const written =
      child.type === 'media'
        ? writeMedia(child, context)
        : child.type === 'update'
          ? writeUpdate(child, context)
          : writeFlow([child], context)
    for (const node of written) result.push(node)
  }
  return result
}

function writeUpdate(node: Update, context: ContentContext): RootContent[] {
  const content = writePhrasing(node.children, context)
  const type =
    node.kind === 'correction' ? 'IMPORTANT' : node.kind === 'update' ? 'NOTE' : undefined
  const fields: MarkerFields = {kind: !type && startsLikeAlert(content) ? null : undefined}
  return [marker('update', fields), alertQuote(type, content)]
}

/** The shape of a byline/time paragraph: `*…*` or `*…*\` + `*…*`. */
function isHeaderShape(node: Paragraph): boolean {
  const [first, second, third, ...rest] = node.children
  if (first?.type !== 'emphasis' || rest.length > 0) return false
  return second === undefined || (second.type === 'break' && third?.type === 'emphasis')
}
