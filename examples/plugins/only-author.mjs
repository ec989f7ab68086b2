// A transformer plugin: keep only the posts one author wrote (or co-wrote),
// and optionally tag the kept posts in `data.tags`. Page-level nodes (meta,
// summary, notices, featured media) are kept as they are.
//
//   unified().use(readCnn).use(onlyAuthor, {author: 'Jonah Whitcombe'}).use(writeRss)
//   liveblog page.txt --use ./examples/plugins/only-author.mjs=author:"Jonah Whitcombe"

/**
 * @typedef {import('@liveblog/core').Root} Root
 * @typedef {import('@liveblog/core').Post} Post
 *
 * @typedef Options
 * @property {string} [author] Name as printed in bylines (case and spacing are ignored).
 * @property {string} [tag] Added to `data.tags` of every post that is kept.
 */

/**
 * The plain function: a new root with only `author`'s posts.
 *
 * @param {Root} tree
 * @param {string} author
 * @returns {Root}
 */
export function keepAuthor(tree, author) {
  const wanted = normalize(author)
  return {
    ...tree,
    children: tree.children.filter(
      (node) =>
        node.type !== 'post' || node.authors.some((person) => normalize(person.name) === wanted)
    )
  }
}

/**
 * The unified plugin.
 *
 * @this {import('unified').Processor}
 * @param {Options | null | undefined} [options]
 * @returns {(tree: Root, file: import('vfile').VFile) => Root}
 */
export default function onlyAuthor(options) {
  const author = options?.author
  const tag = options?.tag

  return (tree, file) => {
    if (!author) {
      file.message('No `author` given: keeping every post', {
        ruleId: 'missing-author',
        source: 'only-author'
      })
      return tree
    }
    const result = keepAuthor(tree, String(author))
    const kept = result.children.filter((node) => node.type === 'post')
    const before = tree.children.filter((node) => node.type === 'post').length
    if (kept.length === 0) {
      file.message(`No post by \`${author}\` (of ${before}): the output has no posts`, {
        ruleId: 'no-posts-by-author',
        source: 'only-author'
      })
    } else {
      file.info(`Kept ${kept.length} of ${before} posts by \`${author}\``, {
        ruleId: 'kept-posts',
        source: 'only-author'
      })
    }
    if (tag) {
      for (const post of kept) {
        const tags = Array.isArray(post.data?.tags) ? post.data.tags : []
        post.data = {...post.data, tags: [...tags, String(tag)]}
      }
    }
    return result
  }
}

/** @param {string} value */
function normalize(value) {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()
}
