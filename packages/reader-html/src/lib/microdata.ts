// Microdata (HTML §5, https://html.spec.whatwg.org/multipage/microdata.html):
// an item (`itemscope`) of type `…/LiveBlogPosting`, or any item with
// `liveBlogUpdate` properties (a `NewsArticle` that embeds them), is a
// candidate. An item's properties are the `itemprop` elements under it,
// not under a nested item; values are read as the spec says (`content`,
// `datetime`, `href`, `src`, else the text). One walk of the page finds
// every item, and each element is looked at by the one item it belongs to.
import type {Element, Root} from 'hast'
import type {Context} from './context.js'
import {attribute, collapse, elements, textOf, tokens} from './hast.js'
import {bodyOf} from './markup.js'
import type {Candidate, Item} from './model.js'

type Properties = Map<string, Element[]>

/** Every microdata live blog on the page, in document order. */
export function readMicrodata(tree: Root, _context: Context): Candidate[] {
  // Items of type `LiveBlogPosting` and items that own `liveBlogUpdate`s.
  const live = new Set<Element>()
  // Each element with its nearest enclosing item (excluding itself).
  const stack: Array<{node: Root | Element; owner: Element | undefined}> = [
    {node: tree, owner: undefined}
  ]
  while (stack.length > 0) {
    const {node, owner} = stack.pop()!
    let inner = owner
    if (node.type === 'element') {
      if (owner && tokens(node, 'itemProp').includes('liveBlogUpdate')) live.add(owner)
      if (node.properties.itemScope) {
        if (isLiveBlogType(node)) live.add(node)
        inner = node
      }
    }
    for (let index = node.children.length - 1; index >= 0; index--) {
      const child = node.children[index]!
      if (child.type === 'element') stack.push({node: child, owner: inner})
    }
  }
  const found: Candidate[] = []
  if (live.size === 0) return found
  for (const element of elements(tree)) if (live.has(element)) found.push(readItem(element))
  return found
}

function isLiveBlogType(node: Element): boolean {
  return tokens(node, 'itemType').some((type) =>
    /[/#:]LiveBlogPosting$|^LiveBlogPosting$/.test(type)
  )
}

/** The item's properties by name (HTML §5.2.5, without `itemref`). */
function properties(item: Element): Properties {
  const result: Properties = new Map()
  const stack: Element[] = []
  for (let index = item.children.length - 1; index >= 0; index--) {
    const child = item.children[index]!
    if (child.type === 'element') stack.push(child)
  }
  while (stack.length > 0) {
    const node = stack.pop()!
    for (const name of tokens(node, 'itemProp')) {
      let list = result.get(name)
      if (!list) {
        list = []
        result.set(name, list)
      }
      list.push(node)
    }
    if (node.properties.itemScope) continue
    for (let index = node.children.length - 1; index >= 0; index--) {
      const child = node.children[index]!
      if (child.type === 'element') stack.push(child)
    }
  }
  return result
}

/** A property's value (HTML §5.2.4): the item's own text for nested items is not used here. */
function valueOf(node: Element): string | undefined {
  let value: string | undefined
  switch (node.tagName) {
    case 'meta':
      value = attribute(node, 'content')
      break
    case 'time':
      value = attribute(node, 'dateTime') ?? textOf(node)
      break
    case 'a':
    case 'area':
    case 'link':
      value = attribute(node, 'href')
      break
    case 'img':
    case 'audio':
    case 'video':
    case 'source':
    case 'iframe':
    case 'embed':
    case 'track':
      value = attribute(node, 'src')
      break
    case 'object':
      value = attribute(node, 'data')
      break
    case 'data':
    case 'meter':
      value = attribute(node, 'value')
      break
    default:
      value = textOf(node)
  }
  const text = value === undefined ? undefined : collapse(value)
  return text || undefined
}

function first(props: Properties, ...names: string[]): string | undefined {
  for (const name of names) {
    for (const node of props.get(name) ?? []) {
      const value = node.properties.itemScope ? undefined : valueOf(node)
      if (value) return value
    }
  }
  return undefined
}

/** Names of `author`/`publisher` values: nested items by their `name`, else the text. */
function names(props: Properties, name: string): string[] {
  const result = new Set<string>()
  for (const node of props.get(name) ?? []) {
    const value = node.properties.itemScope ? first(properties(node), 'name') : valueOf(node)
    if (value) result.add(value)
  }
  return [...result]
}

function readItem(scope: Element): Candidate {
  const props = properties(scope)
  const items: Item[] = []
  for (const node of props.get('liveBlogUpdate') ?? []) {
    const update = node.properties.itemScope ? properties(node) : new Map()
    const body = update.get('articleBody')?.[0] ?? (node.properties.itemScope ? undefined : node)
    const url = first(update, 'url')
    items.push({
      node,
      id: attribute(node, 'id'),
      url,
      headline: first(update, 'headline', 'name'),
      published: first(update, 'datePublished'),
      updated: first(update, 'dateModified'),
      dateline: datelineOf(update.get('datePublished')?.[0]),
      authors: names(update, 'author'),
      body: body ? [body] : node.properties.itemScope ? bodyOf(node) : undefined,
      image: first(update, 'image')
    })
  }
  return {
    origin: 'microdata',
    node: scope,
    title: first(props, 'headline', 'name'),
    description: first(props, 'description'),
    url: first(props, 'url', 'mainEntityOfPage'),
    site: names(props, 'publisher')[0],
    language: first(props, 'inLanguage'),
    published: first(props, 'datePublished'),
    updated: first(props, 'dateModified'),
    authors: names(props, 'author'),
    items
  }
}

/** The printed text of a `<time datetime>`, when it is not just the machine form. */
function datelineOf(node: Element | undefined): string | undefined {
  if (node?.tagName !== 'time') return undefined
  const text = textOf(node)
  return text && text !== attribute(node, 'dateTime') ? text : undefined
}
