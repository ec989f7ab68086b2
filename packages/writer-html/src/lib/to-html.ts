// lbast → an HTML5 page (or the blog's markup alone), built as hast with
// `hastscript` and serialised by `hast-util-to-html`: no markup is put
// together as strings. What goes in each post (id, link, times, title,
// authors, body) comes from `@liveblog/lbast-util-to-hast`'s `feedModel`, so
// the page agrees with the feeds. Deterministic: the output depends only on
// the tree and the options.
import type {Meta, Root} from '@liveblog/core'
import {
  charCleaner,
  createFail,
  createWarn,
  type FeedEntry,
  type FeedModel,
  feedModel,
  formatRfc3339,
  type IsoTime,
  parseIsoTime,
  plainText,
  readTime,
  resolveUrl,
  toHast,
  type Warn
} from '@liveblog/lbast-util-to-hast'
import type {Element, ElementContent, Root as HastRoot, RootContent} from 'hast'
import {toHtml as hastToHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import {jsonLd, scriptJson} from './json-ld.js'
import type {ToHtmlOptions} from './options.js'
import {scopeIds} from './scope-ids.js'
import {STYLESHEET} from './style.js'
import {tidy} from './tidy.js'

/** The `source` of every message this package puts on a file. */
const SOURCE = '@liveblog/writer-html'

/**
 * The page for `tree` as hast: a `root` with a doctype and `<html>`, or with
 * `fragment: true` one `<div class="liveblog">`. Never throws on a valid
 * tree. A `url` or `postUrl` that is not an absolute URL is a fatal
 * `invalid-option` message on `options.file` and is left out; without a file
 * it throws a `TypeError`.
 */
export function toHtmlTree(tree: Root, options: ToHtmlOptions = {}): HastRoot {
  const warn = createWarn(options.file, SOURCE)
  const model = feedModel(tree, options, warn, createFail(options.file, SOURCE))
  const children = Array.isArray(tree?.children) ? tree.children : []
  const meta = children.find((child): child is Meta => child.type === 'meta')
  const base = model.pageUrl

  const blog: ElementContent[] = [pageHeader(model, meta)]
  // Key points, then notices, then anything else at the top (media), each in
  // source order; then the posts.
  for (const kind of ['summary', 'notice', 'media']) {
    for (const child of children) {
      if (child.type !== kind) continue
      const node = toHast(child, {base, warn})
      const part: HastRoot =
        node.type === 'root' ? node : {type: 'root', children: [node as ElementContent]}
      tidy(part)
      for (const item of part.children) if (item.type !== 'doctype') blog.push(item)
    }
  }
  for (const entry of model.entries) blog.push(article(entry))
  const ended = coverageEnd(options, model, meta ?? tree, warn)
  blog.push(
    h('script', {type: 'application/ld+json'}, scriptJson(jsonLd(model, options.publisher, ended)))
  )

  if (options.fragment) {
    return {type: 'root', children: [h('div', {className: ['liveblog']}, blog)]}
  }

  const head: ElementContent[] = [
    h('meta', {charSet: 'utf-8'}),
    h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
    h('title', model.title),
    h('meta', {name: 'description', content: model.description})
  ]
  if (model.pageUrl) head.push(h('link', {rel: ['canonical'], href: model.pageUrl}))
  if (options.css === undefined) head.push(h('style', STYLESHEET))
  else if (typeof options.css === 'string' && options.css.trim()) {
    const resolved = resolveUrl(options.css.trim(), base)
    if (resolved.kind === 'unsafe') {
      warn('Dropped unsafe `css` URL: not an allowed URL scheme', meta ?? tree, 'unsafe-url')
    } else head.push(h('link', {rel: ['stylesheet'], href: resolved.url}))
  }
  if (!model.language) {
    warn(
      'No language in options or meta: `<html lang="und">` (undetermined, BCP 47)',
      meta ?? tree,
      'missing-language'
    )
  }
  const page: RootContent[] = [
    {type: 'doctype'},
    h('html', {lang: model.language ?? 'und'}, [
      h('head', head),
      h('body', [h('main', {className: ['liveblog']}, blog)])
    ])
  ]
  return {type: 'root', children: page}
}

/**
 * The `coverageEndTime` option as a time (or `'newest'`): `undefined` when
 * absent; a string that is not an ISO 8601 date-time with offset is a fatal
 * `invalid-option` message on `options.file` (a `TypeError` without one);
 * `true` with no dated post warns `missing-coverage-end`.
 */
function coverageEnd(
  options: ToHtmlOptions,
  model: FeedModel,
  place: Root | Meta,
  warn: Warn
): IsoTime | 'newest' | undefined {
  // `false` and `null` (from a JSON settings file) mean not ended too.
  const value: unknown = options.coverageEndTime
  if (value === undefined || value === null || value === false) return undefined
  if (value === true) {
    if (!model.entries.some((entry) => entry.published || entry.updated)) {
      warn(
        '`coverageEndTime: true` but no post has a time: `coverageEndTime` left out',
        place,
        'missing-coverage-end'
      )
      return undefined
    }
    return 'newest'
  }
  const time = typeof value === 'string' ? parseIsoTime(value) : undefined
  if (time) return time
  const reason = `\`coverageEndTime\` must be \`true\` or an ISO 8601 date-time with offset (\`2024-07-18T21:00:00-04:00\`): got \`${String(value).slice(0, 60)}\``
  const fail = createFail(options.file, SOURCE)
  if (!fail) throw new TypeError(reason)
  fail(reason)
  return undefined
}

/** The page for `tree` as HTML text (see `toHtmlTree`), ending in a line feed. */
export function toHtml(tree: Root, options: ToHtmlOptions = {}): string {
  const warn = createWarn(options.file, SOURCE)
  const hast = toHtmlTree(tree, options)
  // The final line feed as a node, so the serialiser writes it in the same
  // pass: appending it to the finished string would copy the whole page.
  hast.children.push({type: 'text', value: '\n'})
  // Characters HTML cannot carry (controls, lone surrogates) are dropped
  // from the whole page once, and counted in one message.
  const chars = charCleaner()
  const html = chars.clean(hastToHtml(hast), tree)
  chars.report(warn)
  return html
}

/** The blog's header: title, byline, and the updated time with its printed text. */
function pageHeader(model: FeedModel, meta: Meta | undefined): Element {
  const children: ElementContent[] = [h('h1', model.title)]
  const byline = meta && typeof meta.byline === 'string' ? plainText(meta.byline) : ''
  if (byline) children.push(h('p', {className: ['byline']}, byline))
  else if (model.authors.length > 0) {
    children.push(h('p', {className: ['byline']}, `By ${model.authors.join(', ')}`))
  }
  const dateline = meta && typeof meta.dateline === 'string' ? plainText(meta.dateline) : ''
  const updated = meta ? readTime(meta.updated, 'updated', meta, () => {}) : undefined
  if (updated || model.updated) {
    const time = (updated ?? model.updated) as IsoTime
    const text = dateline || `Updated ${formatRfc3339(time)}`
    children.push(
      h('p', {className: ['dateline']}, h('time', {dateTime: formatRfc3339(time)}, text))
    )
  } else if (dateline) {
    children.push(h('p', {className: ['dateline']}, dateline))
  }
  return h('header', {className: ['liveblog-header']}, children)
}

/** One post: `<article id>` with headline, time, byline, body and permalink. */
function article(entry: FeedEntry): Element {
  const {post} = entry
  const header: ElementContent[] = [h('h2', entry.title)]
  const printed = typeof post.dateline === 'string' ? plainText(post.dateline) : ''
  if (entry.published) {
    const datetime = formatRfc3339(entry.published)
    header.push(
      h('p', {className: ['dateline']}, h('time', {dateTime: datetime}, printed || datetime))
    )
  } else if (printed) {
    header.push(h('p', {className: ['dateline']}, printed))
  }
  const byline = typeof post.byline === 'string' ? plainText(post.byline) : ''
  if (byline) header.push(h('p', {className: ['byline']}, byline))
  else if (entry.authors.length > 0) {
    header.push(h('p', {className: ['byline']}, `By ${entry.authors.join(', ')}`))
  }
  const content = entry.content()
  scopeIds(content, entry.id)
  tidy(content)
  const body = content.children.filter((child): child is ElementContent => child.type !== 'doctype')
  const footer: ElementContent[] = []
  if (entry.updated && entry.updated.instant !== entry.published?.instant) {
    const datetime = formatRfc3339(entry.updated)
    footer.push(
      h('p', {className: ['updated']}, ['Updated ', h('time', {dateTime: datetime}, datetime)])
    )
  }
  footer.push(
    h(
      'p',
      {className: ['permalink']},
      h('a', {href: `#${encodeURIComponent(entry.id)}`}, 'Link to this post')
    )
  )
  return h('article', {id: entry.id, className: ['post']}, [
    h('header', header),
    ...body,
    h('footer', footer)
  ])
}
