import {fromCnnText} from '@liveblog/reader-cnn'
import {fromMarkdown} from '@liveblog/reader-markdown'
import {toMarkdown} from '@liveblog/writer-markdown'
import {fromMarkdown as mdastFrom} from 'mdast-util-from-markdown'
import {baseText} from './scripts/bench/inputs.mjs'

const unit = toMarkdown(fromCnnText(baseText().text))
const md = unit.repeat(8)
gc()
const h0 = process.memoryUsage().heapUsed
const which = process.argv[2]
const t = which === 'mdast' ? mdastFrom(md) : fromMarkdown(md)
gc()
const h1 = process.memoryUsage().heapUsed
console.log(
  which,
  md.length,
  'retained',
  ((h1 - h0) / md.length).toFixed(1),
  'x; maxRSS',
  ((process.resourceUsage().maxRSS * 1024) / md.length).toFixed(1),
  'x',
  t.children.length
)
