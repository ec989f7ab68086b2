// One handler per lbast node type (`meta`, `summary`, `notice`, `media`,
// `post`, `update`), and the mdast ones lbast must treat its own way (`link`
// and `image` URLs, raw `html`, `listItem` in linear time).
import type {Handlers} from 'mdast-util-to-hast'
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
import {update} from './update.js'

export function lbastHandlers(context: Context): Handlers {
  return {
    meta: meta(),
    summary: summary(),
    notice: notice(),
    media: media(context),
    post: post(),
    update: update(),
    link: link(context),
    image: image(context),
    html: html(context),
    listItem: listItem()
  } as Handlers
}
