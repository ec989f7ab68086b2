// Terse builders, in the spirit of `unist-builder` and `hastscript`: a string
// where phrasing content is expected becomes a text node.
import type {
  BlockContent,
  Blockquote,
  Emphasis,
  Link,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Strong,
  Text
} from 'mdast'
import {isBlockContentType} from './content-model.js'
import {postId} from './post-id.js'
import type {
  Author,
  Media,
  MediaKind,
  Meta,
  Notice,
  Post,
  PostContent,
  Root,
  RootContent,
  Summary,
  Update,
  UpdateKind
} from './types.js'

/** Phrasing content, or a string to wrap in a text node. */
export type PhrasingInput = string | PhrasingContent | Array<string | PhrasingContent>

function phrasing(value: PhrasingInput | undefined): PhrasingContent[] {
  if (value === undefined) return []
  const list = Array.isArray(value) ? value : [value]
  return list.map((item) => (typeof item === 'string' ? text(item) : item))
}

/** Drops keys whose value is `undefined`, so built nodes equal parsed JSON. */
function defined<T extends object>(value: T): T {
  const result: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(value)) {
    if (field !== undefined) result[key] = field
  }
  return result as T
}

export function root(children: RootContent[] = []): Root {
  return {type: 'root', children}
}

/**
 * `T` with `undefined` allowed on its optional fields, so that builders take
 * `{published: time?.iso}` under `exactOptionalPropertyTypes`; builders drop
 * fields that are `undefined`.
 */
export type Loose<T> = {
  [K in keyof T as Partial<Pick<T, K>> extends Pick<T, K> ? never : K]: T[K]
} & {
  [K in keyof T as Partial<Pick<T, K>> extends Pick<T, K> ? K : never]?: T[K] | undefined
}

export function meta(fields: Loose<Omit<Meta, 'type'>> = {}): Meta {
  return defined({type: 'meta', ...fields})
}

export function summary(title: string | undefined, children: BlockContent[] = []): Summary {
  return defined({type: 'summary', title, children})
}

export function notice(children: PhrasingInput): Notice {
  return {type: 'notice', children: phrasing(children)}
}

export type MediaFields = Loose<Omit<Media, 'type' | 'children' | 'kind'>> & {
  kind?: MediaKind | undefined
}

/** A media node; `caption` becomes its children. */
export function media(fields: MediaFields, caption?: PhrasingInput): Media {
  return defined({kind: 'image', ...fields, type: 'media', children: phrasing(caption)}) as Media
}

export function update(kind: UpdateKind | undefined, children: PhrasingInput): Update {
  return defined({type: 'update', kind, children: phrasing(children)})
}

export type PostFields = Loose<Omit<Post, 'type' | 'children' | 'id' | 'authors'>> & {
  id?: string | undefined
  authors?: Author[] | undefined
}

/** A post; without an `id`, one is derived with `postId`. */
export function post(fields: PostFields, children: PostContent[] = []): Post {
  const node = defined({
    type: 'post',
    id: '',
    ...fields,
    authors: fields.authors ?? [],
    children
  }) as Post
  if (!node.id) node.id = postId(node)
  return node
}

/** An author record. */
export function author(name: string, affiliation?: string, location?: string): Author {
  return defined({name, affiliation, location})
}

export function text(value: string): Text {
  return {type: 'text', value}
}

export function paragraph(children: PhrasingInput): Paragraph {
  return {type: 'paragraph', children: phrasing(children)}
}

export function strong(children: PhrasingInput): Strong {
  return {type: 'strong', children: phrasing(children)}
}

export function emphasis(children: PhrasingInput): Emphasis {
  return {type: 'emphasis', children: phrasing(children)}
}

export function link(url: string, children: PhrasingInput, title?: string): Link {
  return defined({type: 'link', url, title, children: phrasing(children)}) as Link
}

export function blockquote(children: BlockContent[]): Blockquote {
  return {type: 'blockquote', children}
}

export function listItem(children: BlockContent[] | PhrasingInput): ListItem {
  const blocks = isBlockList(children) ? children : [paragraph(children)]
  return {type: 'listItem', spread: false, children: blocks}
}

/**
 * A labelled list item, as pages print "Iran denial: Iran's ambassador …":
 * the paragraph opens with a `strong` holding the label with its colon, as the
 * page's own markup has it (`<strong>Iran denial:</strong> …`).
 */
export function labelledItem(label: string, rest: PhrasingInput): ListItem {
  const tail = phrasing(rest)
  const first = tail[0]
  if (first?.type === 'text' && !/^\s/.test(first.value)) tail[0] = text(` ${first.value}`)
  return listItem([paragraph([strong(label.endsWith(':') ? label : `${label}:`), ...tail])])
}

export function list(children: ListItem[], ordered = false): List {
  return {type: 'list', ordered, spread: false, children}
}

function isBlockList(value: unknown): value is BlockContent[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (item) =>
        typeof item === 'object' &&
        item !== null &&
        isBlockContentType((item as {type: string}).type)
    )
  )
}
