// The peer of writer-html in `npm run bench`: the same page built by hand
// with the hast libraries.
import {STYLESHEET} from '@liveblog/writer-html'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import {toHast} from 'mdast-util-to-hast'
import {toString} from 'mdast-util-to-string'

// What a user of the hast libraries writes to publish the same posts as a
// page like writer-html's: the same shell and stylesheet, per post an
// `<article>` with headline, time, byline, the body by mdast-util-to-hast and
// a permalink, and the same JSON-LD (plain text by mdast-util-to-string, `<`
// escaped for the script), all serialised once by hast-util-to-html. What it
// leaves out is liveblog's own work: URL safety and resolution, unique ids,
// checked times, control characters, footnote ids, messages.
export function htmlFromPosts(tree, pageUrl) {
  const articles = []
  const updates = []
  for (const post of tree.children) {
    if (post.type !== 'post') continue
    const url = `${pageUrl}#${encodeURIComponent(post.id)}`
    const header = [h('h2', post.headline)]
    if (post.published) {
      header.push(
        h('p.dateline', h('time', {dateTime: post.published}, post.dateline ?? post.published))
      )
    }
    if (post.byline) header.push(h('p.byline', post.byline))
    const body = toHast({type: 'root', children: post.children})
    articles.push(
      h('article.post', {id: post.id}, [
        h('header', header),
        body,
        h(
          'footer',
          h('p.permalink', h('a', {href: `#${encodeURIComponent(post.id)}`}, 'Link to this post'))
        )
      ])
    )
    const update = {'@type': 'BlogPosting', headline: post.headline, url}
    if (post.published) update.datePublished = post.published
    if (post.updated) update.dateModified = post.updated
    if (post.authors.length > 0) {
      update.author = post.authors.map((author) => ({'@type': 'Person', name: author.name}))
    }
    update.articleBody = toString(post.children, {includeHtml: false})
    updates.push(update)
  }
  const data = {
    '@context': 'https://schema.org',
    '@type': 'LiveBlogPosting',
    headline: 'Live updates',
    description: 'Live updates',
    url: pageUrl,
    inLanguage: 'en',
    liveBlogUpdate: updates
  }
  const json = JSON.stringify(data).replace(/</g, '\\u003c')
  return toHtml({
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: 'en'}, [
        h('head', [
          h('meta', {charSet: 'utf-8'}),
          h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
          h('title', 'Live updates'),
          h('meta', {name: 'description', content: 'Live updates'}),
          h('link', {rel: 'canonical', href: pageUrl}),
          h('style', STYLESHEET)
        ]),
        h('body', [
          h('main.liveblog', [
            h('header.liveblog-header', h('h1', 'Live updates')),
            ...articles,
            h('script', {type: 'application/ld+json'}, json)
          ])
        ])
      ])
    ]
  })
}
