// A custom writer (a unified compiler plugin): an HTML page that lists each
// post's time, headline, byline and first paragraph, built with hastscript.
//
//   unified().use(readCnn).use(writeDigest, {title: 'Storm digest'}).process(file)
//   liveblog page.txt --to ./examples/plugins/digest.mjs -o digest.html
import {toString} from '@liveblog/core'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'

/** The extension `liveblog -o folder` gives files written with this writer. */
export const extname = '.html'

/**
 * @typedef {import('@liveblog/core').Root} Root
 * @typedef {import('@liveblog/core').Post} Post
 *
 * @typedef Options
 * @property {string} [title] Page title (default: the blog's title, or "Digest").
 */

/**
 * The plain function: lbast to an HTML document.
 *
 * @param {Root} tree
 * @param {Options | null | undefined} [options]
 * @returns {string}
 */
export function toDigest(tree, options) {
  const meta = tree.children.find((node) => node.type === 'meta')
  const title = options?.title || meta?.title || 'Digest'
  const posts = tree.children.filter((node) => node.type === 'post')

  const page = h(null, [
    {type: 'doctype'},
    h('html', {lang: meta?.language || 'en'}, [
      h('head', [h('meta', {charset: 'utf-8'}), h('title', title)]),
      h('body', [
        h('h1', title),
        h('p', `${posts.length} ${posts.length === 1 ? 'post' : 'posts'}`),
        h(
          'ol',
          posts.map((post) => item(post))
        )
      ])
    ])
  ])
  return `${toHtml(page)}\n`
}

/** @param {Post} post */
function item(post) {
  const first = post.children.find((node) => node.type === 'paragraph')
  return h('li', {id: post.id}, [
    post.published ? h('time', {dateTime: post.published}, post.dateline || post.published) : null,
    h('h2', post.headline),
    post.byline ? h('p', {className: ['byline']}, post.byline) : null,
    first ? h('p', toString(first)) : null
  ])
}

/**
 * The unified plugin.
 *
 * @this {import('unified').Processor<undefined, undefined, undefined, Root, string>}
 * @param {Options | null | undefined} [options]
 * @returns {undefined}
 */
export default function writeDigest(options) {
  this.compiler = (tree) => toDigest(/** @type {Root} */ (tree), options)
}
