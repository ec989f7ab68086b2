// lbast `media` → a `<figure>`: an `<img>` for images with a URL; a title
// (linked to the URL) and a duration for video, audio, maps and embeds; a
// `<figcaption>` with the caption and the credit and source.
import type {MdastNodes, Media} from '@liveblog/core'
import {toString} from '@liveblog/core'
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import type {Handler, State} from 'mdast-util-to-hast'
import type {Context} from '../context.js'

const KIND_LABEL: Record<Media['kind'], string> = {
  image: 'Image',
  video: 'Video',
  audio: 'Audio',
  map: 'Map',
  embed: 'Embed'
}

// Sequential optional groups: linear.
const DURATION = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.\d+)?S)?$/

/** `PT3M16S` → `3:16`, `PT1H2M3S` → `1:02:03`; other values as they are. */
export function displayDuration(value: string): string {
  const match = DURATION.exec(value)
  if (!match || value === 'PT') return value
  const hours = Number(match[1] ?? 0)
  const minutes = Number(match[2] ?? 0)
  const seconds = Number(match[3] ?? 0)
  const ss = String(seconds).padStart(2, '0')
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, '0')}:${ss}`
  return `${minutes}:${ss}`
}

export function media(context: Context): Handler {
  return (state: State, node: Media) => {
    const url = node.url ? context.url(node.url, node) : undefined
    return mediaFigure(node, state.all(node as unknown as MdastNodes), url)
  }
}

/** The figure for `node`, its caption already hast, `url` safe (or `undefined`). */
function mediaFigure(node: Media, caption: ElementContent[], url: string | undefined): Element {
  const body: ElementContent[] = []
  if (node.kind === 'image') {
    if (url) body.push(h('img', {src: url, alt: node.title ?? toString(node)}))
  } else if (node.title || url || node.duration) {
    const label = node.title || KIND_LABEL[node.kind] || 'Media'
    const title = url ? h('a', {href: url}, label) : h('strong', label)
    const duration = node.duration
      ? [' (', h('time', {dateTime: node.duration}, displayDuration(node.duration)), ')']
      : []
    body.push(h('p', {className: ['media-title']}, [title, ...duration]))
  }
  const notes: ElementContent[] = []
  if (node.credit) notes.push(h('small', {className: ['credit']}, node.credit))
  if (node.source) notes.push(h('small', {className: ['source']}, `Source: ${node.source}`))
  // Spaces between caption, credit and source, so readers that strip markup
  // do not run them together ("…near Marrow FallsKim Lee/AP").
  const line: ElementContent[] = caption.slice()
  for (const note of notes) {
    if (line.length > 0) line.push({type: 'text', value: ' '})
    line.push(note)
  }
  if (line.length > 0) body.push(h('figcaption', line))
  return h('figure', {className: ['media', node.kind]}, body)
}
