// lbast: the live-blog syntax tree. An extension of mdast: post bodies are
// mdast flow and phrasing content; only what mdast lacks gets a node here.
// The spec is docs/ast.md at the repository root.
import type {
  BlockContent,
  Blockquote,
  Break,
  Code,
  Delete,
  Emphasis,
  FootnoteDefinition,
  FootnoteReference,
  Heading,
  Html,
  Image,
  InlineCode,
  Link,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Strong,
  Table,
  TableCell,
  TableRow,
  Text,
  ThematicBreak
} from 'mdast'
import type {Data, Node, Parent} from 'unist'

/** The version of the lbast spec these types describe (semver). */
export const LBAST_VERSION = '1.0.0'

/** A person or desk credited for a post or a page. Not a node: a plain record. */
export interface Author {
  /** As printed: "Dana Whitlock", "CNN staff", "Decision Desk". */
  name: string
  /** The organisation the byline ties them to: "CNN" in "From CNN's Dana Whitlock". */
  affiliation?: string
  /** Where they report from: "Marrow Falls" in "… Dana Whitlock in Marrow Falls". */
  location?: string
  /** Role words printed before the name: "journalist" in "From journalist A". */
  role?: string
}

export interface MetaData extends Data {}

/** Page-level facts; at most one, and first when present. */
export interface Meta extends Node {
  type: 'meta'
  /** The page's title: "Winter storm: live updates". */
  title?: string
  description?: string
  url?: string
  /** Publisher: "CNN". */
  site?: string
  /** BCP 47 language tag: "en". */
  language?: string
  /** The page byline as printed: "By A, B and C, CNN". */
  byline?: string
  /** The page byline, parsed. */
  authors?: Author[]
  /** ISO 8601 with offset. */
  published?: string
  /** ISO 8601 with offset, from "Updated 12:20 a.m. ET, February 8, 2024". */
  updated?: string
  /** The page's time line as printed: "Updated 12:20 a.m. ET, February 8, 2024". */
  dateline?: string
  /** The number of posts the page says it has: "69 Posts". */
  postCount?: number
  data?: MetaData
}

export interface SummaryData extends Data {}

/** Key points of the whole blog: "What we covered here", "Catch up". */
export interface Summary extends Parent {
  type: 'summary'
  /** The heading as printed. */
  title?: string
  /** Usually one list, an item per key point. */
  children: Array<BlockContent | FootnoteDefinition>
  data?: SummaryData
}

export interface NoticeData extends Data {}

/** A note about the blog itself: "Our live coverage has moved here." */
export interface Notice extends Parent {
  type: 'notice'
  children: PhrasingContent[]
  data?: NoticeData
}

/** What a media node shows. */
export type MediaKind = 'image' | 'video' | 'audio' | 'map' | 'embed'

export interface MediaData extends Data {}

/** An image, video, map or other embed; its children are its caption. */
export interface Media extends Parent {
  type: 'media'
  kind: MediaKind
  url?: string
  /** A video's title. */
  title?: string
  /** An internal identifier printed with the embed (a CNN video slug). */
  slug?: string
  /** ISO 8601 duration: "03:16" becomes "PT3M16S". */
  duration?: string
  /** Who made it: "Kim Lee/AP". */
  credit?: string
  /** Where it comes from, for embeds that say so: "CNN" in "02:14 - Source: CNN". */
  source?: string
  children: PhrasingContent[]
  data?: MediaData
}

export interface UpdateData extends Data {}

/** What an editor's note on a post is. */
export type UpdateKind = 'update' | 'correction'

/** An editor's note on a post: "This post was updated with …", corrections. */
export interface Update extends Parent {
  type: 'update'
  kind?: UpdateKind
  children: PhrasingContent[]
  data?: UpdateData
}

export interface PostData extends Data {}

/** One update of the live blog. */
export interface Post extends Parent {
  type: 'post'
  /** Stable: the same post gives the same id on every run; unique within a tree. */
  id: string
  headline: string
  /** As printed: "From CNN's Marcus Oyelaran in Marrow Falls and Hedda Lindqvist in Calden". */
  byline?: string
  authors: Author[]
  /** ISO 8601 with offset. */
  published?: string
  /** ISO 8601 with offset. */
  updated?: string
  /** The time as printed: "8:19 p.m. ET, February 7, 2024", "21 min ago". */
  dateline?: string
  children: PostContent[]
  data?: PostData
}

/** Content of a post; footnote definitions stay in the post that refers to them. */
export type PostContent = BlockContent | FootnoteDefinition | Media | Update

/** Content of the root. */
export type RootContent = Meta | Media | Summary | Notice | Post

export interface RootData extends Data {}

/** The document. */
export interface Root extends Parent {
  type: 'root'
  /**
   * The lbast version the tree was written with, as pandoc's JSON names its
   * API version. Set by writers of serialised trees (JSON); optional in memory.
   */
  lbast?: string
  children: RootContent[]
  data?: RootData
}

/** Every lbast-only node. */
export type LiveblogNodes = Root | Meta | Summary | Notice | Media | Post | Update

/** The mdast nodes lbast reuses. */
export type MdastNodes =
  | Paragraph
  | Heading
  | ThematicBreak
  | Blockquote
  | List
  | ListItem
  | Table
  | TableRow
  | TableCell
  | Html
  | Code
  | Text
  | Emphasis
  | Strong
  | Delete
  | InlineCode
  | Break
  | Link
  | Image
  | FootnoteDefinition
  | FootnoteReference

/** Any node that can occur in an lbast tree. */
export type Nodes = LiveblogNodes | MdastNodes

/** Any parent that can occur in an lbast tree. */
export type Parents = Extract<Nodes, Parent>

export type {BlockContent, PhrasingContent}
