// One memory run: a reader (or the CNN pipeline) on one input file, in its own
// process so that its peak is its own. `node --expose-gc memory.mjs KIND FILE
// [WARM-UP FILE]`. The warm-up (a small input of the same kind) is read first,
// so that compiled code and the modules are in memory before measuring, then
// the garbage is collected and the resident set size noted ("before": the
// input is in memory by then). Prints JSON with the input's size, that size,
// the heap in use then (`heapBefore`, for a heap cap of the run's own on top),
// the process's peak resident set size, and
// ratio = (peak − before) ÷ input size: the memory the run itself needed.
import {readFileSync} from 'node:fs'

const [kind, file, warmFile] = process.argv.slice(2)

const runs = {
  json: async (text) => (await import('@liveblog/reader-json')).fromJson(text),
  markdown: async (text) => (await import('@liveblog/reader-markdown')).fromMarkdown(text),
  cnn: async (text) => (await import('@liveblog/reader-cnn')).fromCnnText(text),
  // Bare remark-parse on the whole text: what the Markdown library alone holds.
  'remark-parse': async (text) => {
    const {unified} = await import('unified')
    const {default: remarkParse} = await import('remark-parse')
    return unified().use(remarkParse).parse(text)
  },
  'cnn-rss': async (text) => {
    const {fromCnnText} = await import('@liveblog/reader-cnn')
    const {toRss} = await import('@liveblog/writer-rss')
    return toRss(fromCnnText(text), {url: 'https://example.com/live'})
  }
}
const run = runs[kind]
if (!run) throw new Error(`Unknown kind \`${kind}\`; known: ${Object.keys(runs).join(', ')}`)

if (warmFile) await run(readFileSync(warmFile, 'utf8'))
const text = readFileSync(file, 'utf8')
const bytes = Buffer.byteLength(text)
globalThis.gc?.()
const {rss: before, heapUsed: heapBefore} = process.memoryUsage()
const start = performance.now()
const result = await run(text)
const ms = performance.now() - start
const peak = process.resourceUsage().maxRSS * 1024
console.log(
  JSON.stringify({
    kind,
    bytes,
    before,
    heapBefore,
    peak,
    ratio: (peak - before) / bytes,
    ms,
    size: typeof result === 'string' ? result.length : (result?.children?.length ?? 0)
  })
)
