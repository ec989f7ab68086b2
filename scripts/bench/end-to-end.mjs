// One end-to-end run (CNN text → tree → RSS) at one scale, in its own process
// so that peak memory is this run's own. Prints JSON.
import {fromCnnText} from '@liveblog/reader-cnn'
import {toRss} from '@liveblog/writer-rss'
import {baseText, scaled} from './inputs.mjs'

const times = Number(process.argv[2] ?? 1)
const text = scaled(baseText().text, times)
const bytes = Buffer.byteLength(text)
// Small inputs run many times for a stable figure, large ones a few times.
const runs = Math.max(3, Math.min(200, Math.round(20_000_000 / bytes)))
let best = Number.POSITIVE_INFINITY
let items = 0
for (let run = 0; run < runs + 1; run++) {
  const start = performance.now()
  const rss = toRss(fromCnnText(text), {url: 'https://example.com/live'})
  const ms = performance.now() - start
  if (run > 0) best = Math.min(best, ms)
  items = rss.split('<item>').length - 1
}
const peak = process.resourceUsage().maxRSS * 1024
console.log(JSON.stringify({times, bytes, ms: best, items, peak}))
