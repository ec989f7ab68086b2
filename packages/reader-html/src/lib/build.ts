// A found live blog → lbast: `meta` from the page's facts, then key points
// and notices (writer-html markup), then a `post` per update in page order.
// Times keep the offset the page wrote; authors come from the printed
// byline when it parses (names, affiliations, places), else from the
// structured data's names. Updates without a headline or a time are kept,
// with a warning each.
import {
  type Author,
  assignPostIds,
  isSafeUrl,
  type Meta,
  type Post,
  parseByline,
  type Root,
  type RootContent,
  type Summary,
  validate
} from '@liveblog/core'
import type {Element} from 'hast'
import type {BlockContent, PhrasingContent} from 'mdast'
import type {Node} from 'unist'
import {readBody, textBody} from './body.js'
import {type Context, report} from './context.js'
import {hasClass, textOf} from './hast.js'
import type {Candidate, Item} from './model.js'
import {readTime} from './time.js'

/** `articleBody`s longer than this (characters) are kept whole, with an info message. */
export const LARGE_BODY = 1_000_000

export function buildTree(candidate: Candidate, context: Context): Root {
  const tree: Root = {type: 'root', children: []}
  const meta = buildMeta(candidate, context)
  if (meta) tree.children.push(meta)
  for (const extra of candidate.extras ?? []) {
    const node = buildExtra(extra, context)
    if (node) tree.children.push(node)
  }
  let missingHeadlines = 0
  let missingTimes = 0
  for (const [index, item] of candidate.items.entries()) {
    const post = buildPost(item, index, context)
    if (!post.headline) missingHeadlines++
    if (!post.published && !post.dateline) missingTimes++
    tree.children.push(post)
  }
  // Ids the page gives (element ids, URL fragments) are kept; a repeated
  // one is numbered by core's `assignPostIds`, with a warning here.
  const given = new Set<string>()
  for (const node of tree.children) {
    if (node.type !== 'post' || !node.id) continue
    if (given.has(node.id)) {
      report(
        context,
        `Unexpected repeated post id \`${node.id.slice(0, 40)}\``,
        node,
        'duplicate-id'
      )
    }
    given.add(node.id)
  }
  assignPostIds(tree)
  for (const problem of validate(tree)) {
    report(
      context,
      `Unexpected invalid tree at \`${problem.path}\`: ${problem.reason}`,
      candidate.node,
      problem.ruleId
    )
  }
  if (missingHeadlines + missingTimes > 0) {
    report(
      context,
      `Read ${candidate.items.length} updates: ${missingHeadlines} without a headline, ${missingTimes} without a time`,
      candidate.node,
      'incomplete-updates',
      'info'
    )
  }
  return tree
}

function buildMeta(candidate: Candidate, context: Context): Meta | undefined {
  const meta: Meta = {type: 'meta'}
  if (candidate.title) meta.title = candidate.title
  if (candidate.description) meta.description = candidate.description
  if (candidate.url && isSafeUrl(candidate.url)) meta.url = candidate.url
  else if (candidate.url) {
    report(
      context,
      `Unexpected unsafe URL \`${candidate.url.slice(0, 40)}\`, dropped`,
      candidate.node,
      'unsafe-url'
    )
  }
  if (candidate.site) meta.site = candidate.site
  if (candidate.language) meta.language = candidate.language
  const byline = madeUp(candidate.byline, candidate.authors) ? undefined : candidate.byline
  if (byline) meta.byline = byline
  const authors = authorsOf(byline, candidate.authors)
  if (authors.length > 0) meta.authors = authors
  const published = time(candidate.published, 'datePublished', candidate.node, context)
  if (published.iso) meta.published = published.iso
  const updated = time(candidate.updated, 'dateModified', candidate.node, context)
  if (updated.iso) meta.updated = updated.iso
  const dateline = candidate.dateline ?? updated.printed ?? published.printed
  if (dateline) meta.dateline = dateline
  if (candidate.node.position) meta.position = candidate.node.position
  return Object.keys(meta).length > 2 || (Object.keys(meta).length === 2 && !meta.position)
    ? meta
    : undefined
}

function buildPost(item: Item, index: number, context: Context): Post {
  const headline = item.headline ?? ''
  if (!headline) {
    report(
      context,
      `Unexpected update ${index + 1} without a headline, kept with an empty one`,
      item.node,
      'missing-headline'
    )
  }
  const post: Post = {type: 'post', id: item.id ?? '', headline, authors: [], children: []}
  const byline = madeUp(item.byline, item.authors) ? undefined : item.byline
  if (byline) post.byline = byline
  post.authors = authorsOf(byline, item.authors)
  const published = time(item.published, 'datePublished', item.node, context)
  if (published.iso) post.published = published.iso
  const updated = time(item.updated, 'dateModified', item.node, context)
  if (updated.iso) post.updated = updated.iso
  const dateline = item.dateline ?? published.printed
  if (dateline) post.dateline = dateline
  if (!item.published && !item.dateline) {
    report(
      context,
      `Unexpected update ${index + 1} (\`${headline.slice(0, 40)}\`) without a time`,
      item.node,
      'missing-time'
    )
  }
  if (item.body) post.children = readBody(item.body, context)
  else if (item.articleBody !== undefined) {
    if (item.articleBody.length > LARGE_BODY) {
      report(
        context,
        `Read a large \`articleBody\` (${item.articleBody.length} characters) of update ${index + 1} in full`,
        item.node,
        'large-article-body',
        'info'
      )
    }
    post.children = textBody(item.articleBody)
  }
  if (item.image && !item.body) {
    if (isSafeUrl(item.image)) {
      post.children.push({type: 'media', kind: 'image', url: item.image, children: []})
    } else {
      report(
        context,
        `Unexpected unsafe URL \`${item.image.slice(0, 40)}\`, dropped`,
        item.node,
        'unsafe-url'
      )
    }
  }
  if (item.node.position) post.position = item.node.position
  return post
}

/**
 * Whether a byline is the one writer-html makes up from the authors' names
 * when the tree had none (`By A, B`): not printed by the source, so not kept.
 */
function madeUp(byline: string | undefined, names: string[]): boolean {
  return byline !== undefined && names.length > 0 && byline === `By ${names.join(', ')}`
}

/**
 * Authors: the printed byline parsed (`From Example News' Lena Osei in
 * Valmora` gives name, affiliation and place) when it names the same people
 * as the structured data (or there are none), else the structured names.
 */
function authorsOf(byline: string | undefined, names: string[]): Author[] {
  const parsed = byline ? parseByline(byline)?.authors : undefined
  if (parsed && parsed.length > 0) {
    if (names.length === 0) return parsed
    const printed = new Set(parsed.map((author) => author.name))
    if (names.length === parsed.length && names.every((name) => printed.has(name))) return parsed
  }
  return names.map((name) => ({name}))
}

/** A time field: its lbast form, or the value as written (for `dateline`) with a warning. */
function time(
  value: string | undefined,
  field: string,
  node: Node,
  context: Context
): {iso?: string; printed?: string} {
  if (value === undefined || value.trim() === '') return {}
  const result = readTime(value, context.timeZone)
  if (result.ok) {
    if (result.guessedZone) {
      report(
        context,
        `Read \`${field}\` \`${value}\` (no offset) in zone \`${context.timeZone}\``,
        node,
        'time-zone-guessed',
        'info'
      )
    }
    return {iso: result.iso}
  }
  const why =
    result.reason === 'no-offset'
      ? 'has no offset (pass `timeZone` to place it)'
      : result.reason === 'date-only'
        ? 'is a date without a time'
        : 'is not an ISO 8601 date-time'
  report(
    context,
    `Unexpected \`${field}\` \`${value.slice(0, 40)}\`: it ${why}; kept as printed`,
    node,
    'invalid-time'
  )
  return {printed: value.trim()}
}

/** writer-html's key points and notices → `summary` and `notice`; a top-level figure → `media`. */
function buildExtra(element: Element, context: Context): RootContent | undefined {
  if (element.tagName === 'section') {
    const heading = element.children.find(
      (child): child is Element => child.type === 'element' && /^h[1-6]$/.test(child.tagName)
    )
    const rest = element.children.filter((child) => child !== heading)
    const summary: Summary = {
      type: 'summary',
      children: readBody(
        [{type: 'element', tagName: 'div', properties: {}, children: rest}],
        context
      ) as BlockContent[]
    }
    const title = textOf(heading)
    if (title) summary.title = title
    if (element.position) summary.position = element.position
    return summary
  }
  const [node] = readBody([element], context)
  if (!node) return undefined
  if (element.tagName === 'p' && hasClass(element, 'notice') && node.type === 'paragraph') {
    const notice: RootContent = {type: 'notice', children: node.children as PhrasingContent[]}
    if (element.position) notice.position = element.position
    return notice
  }
  return node.type === 'media' ? node : undefined
}
