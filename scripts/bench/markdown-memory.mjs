// Peak memory of reader-markdown on `MB` megabytes of live-blog Markdown
// (the seed page as Markdown, repeated): prints JSON {bytes, peak, ratio}.
// Run one size per process (`node scripts/bench/markdown-memory.mjs 10`), so
// each peak is its own. Needs `npm run build`.
import {fromCnnText} from '@liveblog/reader-cnn'
import {fromMarkdown} from '@liveblog/reader-markdown'
import {toMarkdown} from '@liveblog/writer-markdown'
import {baseText} from './inputs.mjs'

const megabytes = Number(process.argv[2] ?? 1)
const unit = toMarkdown(fromCnnText(baseText().text))
// Posts repeat; the reader makes their ids unique.
const markdown = unit.repeat(Math.max(1, Math.round((megabytes * 1e6) / unit.length)))
const bytes = Buffer.byteLength(markdown)
globalThis.gc?.()
const before = process.memoryUsage().rss
let peak = before
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss)
}, 5)
const start = performance.now()
const tree = fromMarkdown(markdown)
const ms = performance.now() - start
clearInterval(timer)
// maxRSS (kB) catches a peak between samples.
peak = Math.max(peak, process.resourceUsage().maxRSS * 1024)
const posts = tree.children.length
console.log(JSON.stringify({bytes, ms, posts, peak: peak - before, ratio: (peak - before) / bytes}))
