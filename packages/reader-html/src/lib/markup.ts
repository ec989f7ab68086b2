// The markup `@liveblog/writer-html` writes (and pages shaped like it): a
// `.liveblog` container with a `header.liveblog-header` (h1, `.byline`,
// `.dateline` with `<time datetime>`), key points (`section.summary`),
// notices (`p.notice`), and one `<article id>` per post with a `<header>`
// (heading, `<time datetime>` with the printed time, `.byline`), the body,
// and a `<footer>` (`.updated` time, permalink). Also the page's `<head>`
// facts every way of reading uses to fill gaps.
import type {Element, ElementContent, Root} from 'hast'
import type {Context} from './context.js'
import {
  attribute,
  childElements,
  elements,
  find,
  hasClass,
  isHeading,
  textOf,
  tokens
} from './hast.js'
import type {Candidate, Item} from './model.js'

/** `itemprop`s that are facts about an update, not its body. */
const FACT_PROPS = new Set(['headline', 'name', 'datePublished', 'dateModified', 'author', 'url'])

/** The page's posts from its markup, or `undefined` when it has no `<article>` with a heading. */
export function readMarkup(tree: Root, _context: Context): Candidate | undefined {
  const container = find(tree, (element) => hasClass(element, 'liveblog')) ?? tree
  const articles = topArticles(container)
  const posts = articles.filter((article) => hasClass(article, 'post'))
  const chosen = (posts.length > 0 ? posts : articles).filter(
    (article) => find(article, isHeading) !== undefined
  )
  if (chosen.length === 0) return undefined
  const header = childElements(container).find(
    (child) => child.tagName === 'header' && hasClass(child, 'liveblog-header')
  )
  const candidate: Candidate = {
    origin: 'markup',
    node: container.type === 'element' ? container : chosen[0]!,
    authors: [],
    items: chosen.map((article) => readArticle(article)),
    extras: childElements(container).filter(
      (child) =>
        (child.tagName === 'section' && hasClass(child, 'summary')) ||
        (child.tagName === 'p' && hasClass(child, 'notice')) ||
        (child.tagName === 'figure' && hasClass(child, 'media'))
    )
  }
  if (header) {
    candidate.title = textOf(find(header, (element) => element.tagName === 'h1')) || undefined
    Object.assign(candidate, headerFacts(header))
  }
  return candidate
}

/** A page header's byline and time line. */
export function headerFacts(header: Element): Pick<Candidate, 'byline' | 'dateline' | 'updated'> {
  const byline = find(header, (element) => hasClass(element, 'byline'))
  const dateline = find(header, (element) => hasClass(element, 'dateline'))
  const time = dateline ? find(dateline, (element) => element.tagName === 'time') : undefined
  return {
    byline: textOf(byline) || undefined,
    dateline: textOf(dateline) || undefined,
    updated: time ? attribute(time, 'dateTime') : undefined
  }
}

/** One post from its `<article>`. */
export function readArticle(article: Element): Item {
  const item: Item = {node: article, id: attribute(article, 'id'), authors: []}
  enrich(item, article)
  return item
}

/**
 * Fills what `item` lacks from its element on the page (a JSON-LD update's
 * `#id` target): id, headline, time with its printed text, byline, updated
 * time, and the body.
 */
export function enrich(item: Item, element: Element): void {
  const header = childElements(element).find((child) => child.tagName === 'header') ?? element
  const heading = find(header, isHeading)
  const headline = textOf(heading) || undefined
  item.headline ??= headline
  item.id ??= attribute(element, 'id')
  const dateline = find(header, (node) => hasClass(node, 'dateline'))
  const time = find(
    dateline ?? header,
    (node) => node.tagName === 'time' && attribute(node, 'dateTime') !== undefined
  )
  if (time) {
    const datetime = attribute(time, 'dateTime')
    item.published ??= datetime
    const printed = textOf(time)
    if (printed && printed !== datetime) item.dateline ??= printed
  } else if (dateline) {
    item.dateline ??= textOf(dateline) || undefined
  }
  const byline = find(header, (node) => hasClass(node, 'byline'))
  if (byline) item.byline ??= textOf(byline) || undefined
  // A line of the article that only holds its time or byline is not body.
  const facts = new Set<Element>()
  for (const fact of [time ?? dateline, byline]) {
    if (!fact || header !== element) continue
    const line = childElements(element).find(
      (child) => child === fact || find(child, (node) => node === fact)
    )
    if (line && textOf(line) === textOf(fact)) facts.add(line)
  }
  const footer = childElements(element).find((child) => child.tagName === 'footer')
  const updated = footer && find(footer, (node) => hasClass(node, 'updated'))
  const updatedTime = updated && find(updated, (node) => node.tagName === 'time')
  if (updatedTime) item.updated ??= attribute(updatedTime, 'dateTime')
  item.body ??= bodyOf(element, heading, facts)
}

/**
 * An update element's body: its children without the `<header>` and
 * `<footer>`, the headline's heading, and elements that only carry facts
 * (`itemprop="headline"`, `datePublished`, `author`, …).
 */
export function bodyOf(
  element: Element,
  heading?: Element,
  skip: ReadonlySet<Element> = new Set()
): Element[] {
  const body: Element[] = []
  let keep: ElementContent[] = []
  const flush = () => {
    if (keep.length === 0) return
    body.push({type: 'element', tagName: 'div', properties: {}, children: keep})
    keep = []
  }
  const headline = heading ?? find(element, isHeading)
  for (const child of element.children) {
    if (child.type === 'element') {
      if (child.tagName === 'header' || child.tagName === 'footer' || child === headline) continue
      if (skip.has(child)) continue
      if (tokens(child, 'itemProp').some((name) => FACT_PROPS.has(name))) continue
    }
    keep.push(child)
  }
  flush()
  return body
}

/** The outermost `<article>`s under `container`. */
function topArticles(container: Element | Root): Element[] {
  const result: Element[] = []
  const stack: Array<Element | Root> = [container]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node !== container && node.type === 'element' && node.tagName === 'article') {
      result.push(node)
      continue
    }
    for (let index = node.children.length - 1; index >= 0; index--) {
      const child = node.children[index]!
      if (child.type === 'element') stack.push(child)
    }
  }
  return result
}

/** Facts from the page's `<head>` and `<html>`: title, description, canonical URL, language, site. */
export function headFacts(
  tree: Root
): Pick<Candidate, 'title' | 'description' | 'url' | 'language' | 'site'> {
  const facts: Pick<Candidate, 'title' | 'description' | 'url' | 'language' | 'site'> = {}
  for (const element of elements(tree)) {
    switch (element.tagName) {
      case 'html': {
        const lang = attribute(element, 'lang')?.trim()
        if (lang && lang.toLowerCase() !== 'und') facts.language ??= lang
        break
      }
      case 'title':
        facts.title ??= textOf(element) || undefined
        break
      case 'meta': {
        const name = (
          attribute(element, 'name') ??
          attribute(element, 'property') ??
          ''
        ).toLowerCase()
        const content = textOfAttribute(element, 'content')
        if (name === 'description' || name === 'og:description') facts.description ??= content
        else if (name === 'og:site_name') facts.site ??= content
        else if (name === 'og:url') facts.url ??= content
        break
      }
      case 'link':
        if (tokens(element, 'rel').some((rel) => rel.toLowerCase() === 'canonical')) {
          facts.url ??= textOfAttribute(element, 'href')
        }
        break
      default:
        break
    }
  }
  return facts
}

function textOfAttribute(element: Element, name: string): string | undefined {
  const value = attribute(element, name)?.replace(/\s+/g, ' ').trim()
  return value || undefined
}
