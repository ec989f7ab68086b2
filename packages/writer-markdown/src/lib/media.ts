// A media node: a `[media]` marker and one paragraph of lead (image or bold
// title), caption and italic credit, joined by hard breaks. Whatever the
// paragraph cannot say unambiguously goes in the marker (docs/markdown.md).
import {isSafeUrl, type Media} from '@liveblog/core'
import type {Image, PhrasingContent, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {type ContentContext, writePhrasing} from './content.js'
import {type MarkerFields, marker} from './marker.js'

export function writeMedia(node: Media, context: ContentContext): RootContent[] {
  // A video whose caption is its title (as CNN prints embeds) shows it once.
  const captionIsTitle =
    node.title !== undefined &&
    node.title !== '' &&
    node.children.length === 1 &&
    node.children[0]?.type === 'text' &&
    node.children[0].value === node.title &&
    !(node.kind === 'image' && node.url !== undefined)
  const caption = captionIsTitle ? [] : writePhrasing(node.children, context)
  const fields: MarkerFields = {
    kind: node.kind === 'image' ? undefined : node.kind,
    slug: node.slug,
    duration: node.duration,
    source: node.source,
    caption: captionIsTitle ? 'title' : undefined
  }
  let url = node.url
  if (url !== undefined && !isSafeUrl(url)) {
    context.file?.message(`Unexpected unsafe media URL \`${url.slice(0, 40)}\`, dropped`, {
      place: node.position,
      ruleId: 'unsafe-url',
      source: '@liveblog/writer-markdown'
    })
    url = undefined
  }

  let lead: PhrasingContent | undefined
  if (node.kind === 'image' && url !== undefined) {
    // The alt text is for renderers only (the caption follows it); on one
    // line, as a line break inside it could start a list or a heading.
    const alt = (toString(node.children) || node.title || '').replace(LINE_ENDINGS, ' ')
    const image: Image = {type: 'image', url, alt}
    // An empty image title is not written: the marker keeps it.
    if (node.title) image.title = node.title
    else fields.title = node.title
    lead = image
  } else {
    fields.url = url
    if (node.title) lead = {type: 'strong', children: [{type: 'text', value: node.title}]}
    else fields.title = node.title
    // Without a lead, a caption that opens like one must not be read as one.
    if (!lead && node.kind === 'image' && url === undefined && caption[0]?.type === 'image') {
      fields.url = null
    }
    if (!lead && node.title === undefined && opensWithStrongLine(caption)) fields.title = null
  }

  let credit: PhrasingContent | undefined
  if (node.credit) credit = {type: 'emphasis', children: [{type: 'text', value: node.credit}]}
  else fields.credit = node.credit
  if (!credit && node.credit === undefined && endsWithEmphasisLine(caption)) fields.credit = null

  const children: PhrasingContent[] = []
  for (const part of [lead ? [lead] : [], caption, credit ? [credit] : []]) {
    if (part.length === 0) continue
    if (children.length > 0) children.push({type: 'break'})
    for (const node of part) children.push(node)
  }
  if (children.length === 0) fields.empty = true
  const result: RootContent[] = [marker('media', fields)]
  if (children.length > 0) result.push({type: 'paragraph', children})
  return result
}

const LINE_ENDINGS = /[\r\n]+/g

function opensWithStrongLine(content: readonly PhrasingContent[]): boolean {
  return content[0]?.type === 'strong' && (content.length === 1 || content[1]?.type === 'break')
}

function endsWithEmphasisLine(content: readonly PhrasingContent[]): boolean {
  const last = content.length - 1
  return content[last]?.type === 'emphasis' && (last === 0 || content[last - 1]?.type === 'break')
}
