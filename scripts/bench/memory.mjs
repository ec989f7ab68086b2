// One memory run: a reader (or the CNN pipeline) on one input file, in its own
// process so that its peak is its own. Prints JSON: the input's size, the
// resident set size before reading (the input already in memory) and the
// peak during the run; the ratio the bench reports is
// (peak − before) ÷ input size. Needs `node --expose-gc` for a clean start.
import {readFileSync} from 'node:fs'

const [kind, file] = process.argv.slice(2)
const text = readFileSync(file, 'utf8')
const bytes = Buffer.byteLength(text)

const run = {
  json: async () => (await import('@liveblog/reader-json')).fromJson(text),
  markdown: async () => (await import('@liveblog/reader-markdown')).fromMarkdown(text),
  cnn: async () => (await import('@liveblog/reader-cnn')).fromCnnText(text),
  'cnn-rss': async () => {
    const {fromCnnText} = await import('@liveblog/reader-cnn')
    const {toRss} = await import('@liveblog/writer-rss')
    return toRss(fromCnnText(text), {url: 'https://example.com/live'})
  }
}[kind]
if (!run) throw new Error(`Unknown kind \`${kind}\``)

// Load the modules and settle before measuring.
await import(
  {
    json: '@liveblog/reader-json',
    markdown: '@liveblog/reader-markdown',
    cnn: '@liveblog/reader-cnn',
    'cnn-rss': '@liveblog/writer-rss'
  }[kind]
)
globalThis.gc?.()
const before = process.memoryUsage().rss
const start = performance.now()
const result = await run()
const ms = performance.now() - start
const peak = process.resourceUsage().maxRSS * 1024
console.log(
  JSON.stringify({
    kind,
    bytes,
    before,
    peak,
    ratio: (peak - before) / bytes,
    ms,
    result: typeof result === 'string' ? result.length : (result?.children?.length ?? 0)
  })
)
