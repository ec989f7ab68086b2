// One handler per lbast node type (`meta`, `summary`, `notice`, `media`,
// `post`, `update`), and the mdast ones lbast must treat its own way (`link`
// and `image` URLs, raw `html`, `listItem` in linear time, `text` without a
// line ending).
//
// The two are kept apart: `mdast-util-to-hast` merges `handlers` into its
// defaults on every call (`{...defaultHandlers, ...handlers}`), and a key
// the defaults lack makes that merge some 15 times slower (about 60 µs a
// call on Node 20, more than converting a short post); so `handlers`
// only replaces default ones, and lbast's own types go through
// `unknownHandler` (see `to-hast.ts`).
import type {Handler, Handlers} from 'mdast-util-to-hast'
import type {Context} from '../context.js'
import {html} from './html.js'
import {image} from './image.js'
import {link} from './link.js'
import {listItem} from './list-item.js'
import {media} from './media.js'
import {meta} from './meta.js'
import {notice} from './notice.js'
import {post} from './post.js'
import {summary} from './summary.js'
import {text} from './text.js'
import {update} from './update.js'

/** Replacements for handlers `mdast-util-to-hast` has (every key is one of its defaults). */
export function mdastHandlers(context: Context): Handlers {
  return {
    link: link(context),
    image: image(context),
    html: html(context),
    listItem: listItem(),
    text
  } as Handlers
}

/** Handlers for the node types lbast adds to mdast. */
export function lbastHandlers(context: Context): Map<string, Handler> {
  return new Map<string, Handler>([
    ['meta', meta()],
    ['summary', summary()],
    ['notice', notice()],
    ['media', media(context)],
    ['post', post()],
    ['update', update()]
  ])
}
