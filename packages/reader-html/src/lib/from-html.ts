// The reader: a saved web page → lbast. The page is parsed with
// `hast-util-from-html` (positions on), and the live blog is looked for in
// this order: JSON-LD `LiveBlogPosting`s, microdata, then the markup
// `@liveblog/writer-html` writes. The first way that finds one wins; facts
// it lacks are filled from the page (`<title>`, description, canonical
// link, `lang`, writer-html's header), and a JSON-LD update whose `url`
// points at an element of the page (`…#{id}`) takes its body, printed time
// and byline from that element.
import {
  isPost,
  type ReaderInput,
  type Root,
  readGuarded,
  toVFile,
  warnBidiControls
} from '@liveblog/core'
import type {Element, Root as HastRoot} from 'hast'
import type {VFile} from 'vfile'
import {buildTree} from './build.js'
import {at, type Context, report, SOURCE} from './context.js'
import {attribute, elements} from './hast.js'
import {readJsonLd} from './json-ld.js'
import {enrich, headFacts, readMarkup} from './markup.js'
import {readMicrodata} from './microdata.js'
import type {Candidate} from './model.js'
import {parsePage} from './parse.js'

export interface Options {
  /**
   * IANA zone for times written without an offset (`2024-03-10T07:15`);
   * without it such times keep `dateline` only, with a warning.
   */
  timeZone?: string | undefined
  /**
   * Throw a bug of this reader instead of reporting it as an `internal-error`
   * message. Default: `true` when the environment variable `LIVEBLOG_RETHROW`
   * is `1` (the project's tests set it, so that no crash hides in a message).
   */
  rethrow?: boolean | undefined
}

/** How many ignored candidates a `several-live-blogs` message lists by place. */
const LISTED = 10

/**
 * Reads a saved live-blog page (HTML) into an lbast tree. Never throws
 * (unless `options.rethrow`): problems are messages on the file, with the
 * line and column of the element or `<script>` they are about (pass a
 * `VFile` to get them). A page with no live blog gives an empty root and a
 * fatal `no-live-blog` message. `value` is what `VFile` accepts: text, its
 * bytes (UTF-8, or the detected encoding with a message) or a file;
 * anything else is a `TypeError` naming the parameter.
 */
export function fromHtml(value: ReaderInput, options: Options = {}): Root {
  const file = toVFile(value, {name: 'value', source: SOURCE})
  return readGuarded(file, SOURCE, options.rethrow, () =>
    read(String(file.value ?? ''), file, options)
  )
}

function read(value: string, file: VFile, options: Options): Root {
  const context: Context = {file, value, timeZone: options.timeZone}
  const page = parsePage(context)
  const candidate = find(page, context)
  if (!candidate) {
    report(
      context,
      'Cannot find a live blog: no JSON-LD or microdata `LiveBlogPosting`, and no `<article>` with a heading',
      page.position?.start ?? {line: 1, column: 1, offset: 0},
      'no-live-blog',
      'fatal'
    )
    return {type: 'root', children: []}
  }
  const head = headFacts(page)
  candidate.title ??= head.title
  candidate.description ??= head.description
  candidate.url ??= head.url
  candidate.language ??= head.language
  candidate.site ??= head.site
  if (candidate.origin !== 'markup') attachElements(candidate, page)
  const tree = buildTree(candidate, context)
  if (page.position) tree.position = page.position
  if (!tree.children.some(isPost)) {
    // A `LiveBlogPosting` with no update anywhere: the page facts alone are
    // no live blog to follow, and must not pass for a clean read.
    report(
      context,
      'Found a `LiveBlogPosting` but no updates: no `liveBlogUpdate`, microdata update or `<article>` post',
      page.position?.start ?? {line: 1, column: 1, offset: 0},
      'no-posts',
      'warning'
    )
  }
  warnBidiControls(tree, file, SOURCE)
  return tree
}

/** The live blog to read: JSON-LD first, then microdata, then markup. */
function find(page: HastRoot, context: Context): Candidate | undefined {
  let markup: Candidate | undefined | null = null
  const getMarkup = () => {
    if (markup === null) markup = readMarkup(page, context)
    return markup
  }
  for (const read of [readJsonLd, readMicrodata]) {
    const found = read(page, context)
    if (found.length === 0) continue
    const chosen = choose(found, context)
    const marked = getMarkup()
    if (chosen.items.length === 0) {
      // Structured data for the page, posts only in its markup.
      const others = read === readJsonLd ? readMicrodata(page, context) : []
      const source = others.find((other) => other.items.length > 0) ?? marked
      if (source && source.items.length > 0) {
        report(
          context,
          `The ${describe(chosen)} has no \`liveBlogUpdate\`: read ${source.items.length} posts from the page's ${describe(source)} instead`,
          chosen.node,
          'updates-elsewhere',
          'info'
        )
        chosen.items = source.items
        chosen.extras ??= source.extras
      }
    }
    if (marked) {
      pairWithMarkup(chosen, marked)
      chosen.byline ??= marked.byline
      chosen.dateline ??= marked.dateline
      chosen.extras ??= marked.extras
    }
    return chosen
  }
  return getMarkup()
}

/**
 * Updates without a `url` (a page written without an address) are paired
 * with the page's `<article>`s in order, when there are as many and the
 * headlines agree: the article gives the body, id, printed time and byline.
 */
function pairWithMarkup(chosen: Candidate, marked: Candidate): void {
  if (chosen.items === marked.items || chosen.items.length !== marked.items.length) return
  for (const [index, item] of chosen.items.entries()) {
    const article = marked.items[index]!
    if (item.body || item.url || (item.headline && item.headline !== article.headline)) continue
    if (article.node.type === 'element') enrich(item, article.node as Element)
  }
}

/** The candidate with most updates (the first of equals); the others are reported with their places. */
function choose(found: Candidate[], context: Context): Candidate {
  let chosen = found[0]!
  for (const candidate of found)
    if (candidate.items.length > chosen.items.length) chosen = candidate
  if (found.length > 1) {
    const others = found.filter((candidate) => candidate !== chosen)
    const listed = others
      .slice(0, LISTED)
      .map((other) => `${at(other.node)} (${other.items.length} updates)`)
      .join(', ')
    const more = others.length > LISTED ? `, and ${others.length - LISTED} more` : ''
    report(
      context,
      `Found ${found.length} live blogs in ${chosen.origin === 'json-ld' ? 'JSON-LD' : 'microdata'}: read the one at ${at(chosen.node)} (${chosen.items.length} updates); ignored ${listed}${more}`,
      chosen.node,
      'several-live-blogs'
    )
  }
  return chosen
}

function describe(candidate: Candidate): string {
  if (candidate.origin === 'json-ld') return `JSON-LD \`LiveBlogPosting\` at ${at(candidate.node)}`
  if (candidate.origin === 'microdata') return `microdata live blog at ${at(candidate.node)}`
  return 'markup'
}

/**
 * Gives each update whose `url` ends in `#{id}` the element with that id:
 * its id becomes the post id, and its markup the body (richer than the
 * plain `articleBody`), printed time and byline. One pass over the page.
 */
function attachElements(candidate: Candidate, page: HastRoot): void {
  const wanted = new Map<string, Array<(typeof candidate.items)[number]>>()
  for (const item of candidate.items) {
    const fragment = fragmentOf(item.url)
    if (!fragment) continue
    item.id ??= fragment
    if (item.body) continue
    const list = wanted.get(fragment)
    if (list) list.push(item)
    else wanted.set(fragment, [item])
  }
  if (wanted.size === 0) return
  const byId = new Map<string, Element>()
  for (const element of elements(page)) {
    const id = attribute(element, 'id')
    if (id !== undefined && wanted.has(id) && !byId.has(id)) byId.set(id, element)
  }
  for (const [id, items] of wanted) {
    const element = byId.get(id)
    if (!element) continue
    for (const item of items) enrich(item, element)
  }
}

/** The decoded fragment of a URL (`https://…/live#post-3` → `post-3`), if any. */
function fragmentOf(url: string | undefined): string | undefined {
  if (!url) return undefined
  const hash = url.indexOf('#')
  if (hash === -1 || hash === url.length - 1) return undefined
  const raw = url.slice(hash + 1)
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}
