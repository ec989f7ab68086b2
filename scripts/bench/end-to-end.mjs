// One end-to-end run (CNN text → tree → RSS) at one scale, in its own process
// so that peak memory is this run's own. Prints JSON: the mean time of
// reading alone and of reading and writing.
import {fromCnnText} from '@liveblog/reader-cnn'
import {toRss} from '@liveblog/writer-rss'
import {baseText, scaled} from './inputs.mjs'

const times = Number(process.argv[2] ?? 1)
const text = scaled(baseText().text, times)
const bytes = Buffer.byteLength(text)
// Small inputs run many times for a stable figure, large ones a few times;
// the mean (after a warm-up run) counts the garbage collection each size
// really costs, which a best run would leave out at small sizes.
const runs = Math.max(3, Math.min(200, Math.round(50_000_000 / bytes)))

function mean(fn) {
  let total = 0
  for (let run = 0; run < runs + 1; run++) {
    const start = performance.now()
    fn()
    if (run > 0) total += performance.now() - start
  }
  return total / runs
}

let items = 0
const readMs = mean(() => fromCnnText(text))
const ms = mean(() => {
  const rss = toRss(fromCnnText(text), {url: 'https://example.com/live'})
  items = rss.split('<item>').length - 1
})
const peak = process.resourceUsage().maxRSS * 1024
console.log(JSON.stringify({times, bytes, readMs, ms, items, peak}))
