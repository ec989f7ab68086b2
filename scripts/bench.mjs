// `npm run bench`: liveblog's readers and writers side by side with what users
// would otherwise use, on the same input in one process, then cnn → rss end to
// end at growing sizes. Prints a table and writes docs/benchmarks.md.
// `--only <text>` runs the comparisons whose name holds the text (and no end
// to end run) and writes nothing; `--no-write` only prints.
// Needs `npm run build` first.
import {execFileSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {cpus, totalmem} from 'node:os'
import {fromCnnText} from '@liveblog/reader-cnn'
import {fromMarkdown} from '@liveblog/reader-markdown'
import {toJson} from '@liveblog/writer-json'
import {toMarkdown, toMdast} from '@liveblog/writer-markdown'
import {toRss} from '@liveblog/writer-rss'
import {XMLParser} from 'fast-xml-parser'
import {Feed} from 'feed'
import {toHtml} from 'hast-util-to-html'
import {frontmatterToMarkdown} from 'mdast-util-frontmatter'
import {gfmToMarkdown} from 'mdast-util-gfm'
import {toHast} from 'mdast-util-to-hast'
import {toMarkdown as mdastToMarkdown} from 'mdast-util-to-markdown'
import {toString} from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import {Bench} from 'tinybench'
import {unified} from 'unified'
import {baseText, scaled} from './bench/inputs.mjs'

const onlyAt = process.argv.indexOf('--only')
const only = onlyAt === -1 ? undefined : process.argv[onlyAt + 1]
const write = !process.argv.includes('--no-write') && only === undefined
const ROUNDS = 3
const SCALE = 10
const base = baseText()
const cnnText = scaled(base.text, SCALE)
const tree = fromCnnText(cnnText)
const markdown = toMarkdown(tree)
const rssOptions = {url: 'https://example.com/live'}
const remark = unified().use(remarkParse)

/**
 * Times `ours` against `peer` in alternating rounds and keeps each one's best
 * median: a round disturbed by the machine does not decide the ratio.
 */
async function compare(name, bytes, ours, peer, target, sense = 'max', rounds = ROUNDS) {
  if (only !== undefined && !name.includes(only)) return undefined
  let oursMs = Number.POSITIVE_INFINITY
  let peerMs = Number.POSITIVE_INFINITY
  // Each round's own ratio: their spread shows how much the machine moved.
  const ratios = []
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({time: 1000, warmupTime: 200, iterations: 5, warmupIterations: 2})
    // Which side runs first alternates, so neither always gets the warmer machine.
    if (round % 2 === 0) bench.add('ours', () => touch(ours())).add('peer', () => touch(peer()))
    else bench.add('peer', () => touch(peer())).add('ours', () => touch(ours()))
    await bench.run()
    const time = (task) => bench.tasks.find((t) => t.name === task).result.latency.p50
    const [a, b] = [time('ours'), time('peer')]
    ratios.push(a / b)
    oursMs = Math.min(oursMs, a)
    peerMs = Math.min(peerMs, b)
  }
  const ratio = oursMs / peerMs
  const spread = [Math.min(...ratios), Math.max(...ratios)]
  // No target: a figure for context, not a goal.
  const met = target === undefined || (sense === 'max' ? ratio <= target : ratio >= target)
  return {name, bytes, oursMs, peerMs, ratio, spread, rounds, target, sense, met}
}

// Reads one character of a string result: V8 may return a string as a rope
// of pieces and join them only when read, which must count for both sides.
function touch(result) {
  if (typeof result === 'string') result.charCodeAt(result.length >> 1)
}

const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1000)

// The feed package gets the very strings our feed holds (read back from it),
// so both write the same items and only the writing is compared.
function feedInput() {
  const parsed = new XMLParser({ignoreAttributes: false}).parse(toRss(tree, rssOptions))
  const items = [parsed.rss.channel.item].flat()
  return items.map((item) => ({
    title: String(item.title),
    id: String(item.guid['#text'] ?? item.guid),
    link: String(item.link ?? rssOptions.url),
    date: item.pubDate ? new Date(item.pubDate) : new Date(0),
    description: String(item.description ?? ''),
    content: String(item['content:encoded'] ?? ''),
    author: [item['dc:creator'] ?? []].flat().map((name) => ({name: String(name)}))
  }))
}

// What a user of `feed` writes to publish the same posts: each body to HTML
// with the same libraries (mdast-util-to-hast, hast-util-to-html), a plain
// description, then the feed.
function feedFromPosts() {
  const items = []
  for (const post of tree.children) {
    if (post.type !== 'post') continue
    const paragraphs = post.children.filter((child) => child.type === 'paragraph')
    items.push({
      title: post.headline,
      id: post.id,
      link: `${rssOptions.url}#${post.id}`,
      date: new Date(post.published ?? 0),
      description: toString(paragraphs, {includeHtml: false}).slice(0, 300),
      content: toHtml(toHast({type: 'root', children: post.children})),
      author: (post.authors ?? []).map((author) => ({name: author.name}))
    })
  }
  return feedRss(items)
}

function feedRss(items) {
  const feed = new Feed({
    title: 'Live updates',
    id: rssOptions.url,
    link: rssOptions.url,
    description: 'Live updates',
    copyright: '',
    generator: 'feed'
  })
  for (const item of items) feed.addItem(item)
  return feed.rss2()
}

const mdast = toMdast(tree)
const mdastOptions = {bullet: '-', extensions: [frontmatterToMarkdown(['yaml']), gfmToMarkdown()]}
const items = feedInput()
const textBytes = Buffer.byteLength(cnnText)
const markdownBytes = Buffer.byteLength(markdown)
const rssBytes = Buffer.byteLength(toRss(tree, rssOptions))
const jsonBytes = Buffer.byteLength(toJson(tree))

console.error(
  `Input: ${base.name} × ${SCALE} (${(textBytes / 1e3).toFixed(0)} kB), ${ROUNDS} rounds…`
)
const compared = [
  await compare(
    'reader-cnn vs remark-parse (same text)',
    textBytes,
    () => fromCnnText(cnnText),
    () => remark.parse(cnnText),
    0.1
  ),
  await compare(
    'reader-markdown vs remark-parse (same Markdown)',
    markdownBytes,
    () => fromMarkdown(markdown),
    () => remark.parse(markdown),
    1.2
  ),
  await compare(
    'writer-rss vs feed (same posts, HTML by hast on both sides)',
    rssBytes,
    () => toRss(tree, rssOptions),
    () => feedFromPosts(),
    1.0
  ),
  await compare(
    'writer-rss vs feed given finished HTML and text (XML only)',
    rssBytes,
    () => toRss(tree, rssOptions),
    () => feedRss(items),
    undefined
  ),
  await compare(
    'writer-markdown vs mdast-util-to-markdown',
    markdownBytes,
    () => toMarkdown(tree),
    () => mdastToMarkdown(mdast, mdastOptions),
    1.2,
    'max',
    // A close ratio, measured often: more rounds, so one calm round each decides.
    3 * ROUNDS
  ),
  await compare(
    'writer-json vs JSON.stringify',
    jsonBytes,
    () => toJson(tree),
    () => JSON.stringify(tree),
    1.2
  )
]
const rows = compared.filter((row) => row !== undefined)
if (only !== undefined) {
  for (const row of rows) {
    console.log(
      `${row.name}: ${row.oursMs.toFixed(2)} ms vs ${row.peerMs.toFixed(2)} ms, ${row.ratio.toFixed(2)}× (rounds ${row.spread[0].toFixed(2)}–${row.spread[1].toFixed(2)}× over ${row.rounds})`
    )
  }
  process.exit(0)
}

console.error('End to end, cnn → rss…')
const scales = [1, 10, 100, 1000].map((times) =>
  JSON.parse(
    execFileSync(
      process.execPath,
      [new URL('bench/end-to-end.mjs', import.meta.url).pathname, String(times)],
      {
        encoding: 'utf8'
      }
    )
  )
)
const perByte = (run, key) => run[key] / run.bytes
const linearity = perByte(scales[3], 'ms') / perByte(scales[1], 'ms')
const readLinearity = perByte(scales[2], 'readMs') / perByte(scales[0], 'readMs')

const table = [
  '| comparison | input | liveblog | peer | ratio | target | met |',
  '| --- | ---: | ---: | ---: | ---: | ---: | :-: |',
  ...rows.map(
    (row) =>
      `| ${row.name} | ${(row.bytes / 1e3).toFixed(0)} kB | ${row.oursMs.toFixed(2)} ms (${mbps(row.bytes, row.oursMs).toFixed(1)} MB/s) | ${row.peerMs.toFixed(2)} ms (${mbps(row.bytes, row.peerMs).toFixed(1)} MB/s) | ${row.ratio.toFixed(2)}× (${row.spread[0].toFixed(2)}–${row.spread[1].toFixed(2)}) | ${row.target === undefined ? '—' : `${row.sense === 'max' ? '≤' : '≥'} ${row.target}×`} | ${row.target === undefined ? '—' : row.met ? 'yes' : '**no**'} |`
  )
].join('\n')
const endToEnd = [
  '| size | input | read (reader-cnn) | read + write RSS | MB/s | ns per byte | items | peak memory |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...scales.map(
    (run) =>
      `| ${run.times}× | ${(run.bytes / 1e6).toFixed(2)} MB | ${run.readMs.toFixed(1)} ms | ${run.ms.toFixed(1)} ms | ${mbps(run.bytes, run.ms).toFixed(1)} | ${((run.ms * 1e6) / run.bytes).toFixed(1)} | ${run.items} | ${(run.peak / 1e6).toFixed(0)} MB |`
  )
].join('\n')
const linear = [
  `End to end, time per byte at 1000× is ${linearity.toFixed(2)}× that at 10× (target ≤ 1.5×): ${linearity <= 1.5 ? 'linear' : '**not linear**'}.`,
  `Reading 100× the seed takes ${(scales[2].readMs / scales[0].readMs).toFixed(0)}× the time of 1× (${readLinearity.toFixed(2)}× per byte).`
].join('\n')
const missed = rows.filter((row) => !row.met).map((row) => row.name)
if (linearity > 1.5) missed.push('end-to-end linearity')

// reader-markdown's peak memory, one size per process. The heap is capped at
// 15× the input (the target): the run completes only if what it holds at
// any moment fits; RSS beside it is what the process took.
console.error('reader-markdown peak memory…')
const markdownMemory = [1, 10, 30].map((megabytes) => {
  const cap = Math.max(64, Math.round(15 * megabytes))
  try {
    const run = JSON.parse(
      execFileSync(
        process.execPath,
        [
          '--expose-gc',
          `--max-old-space-size=${cap}`,
          new URL('bench/markdown-memory.mjs', import.meta.url).pathname,
          String(megabytes)
        ],
        {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}
      )
    )
    return {megabytes, cap, ...run, fits: true}
  } catch {
    return {megabytes, cap, fits: false}
  }
})
const memoryTable = [
  '| input | heap cap (15×) | completes | peak RSS | RSS ÷ input |',
  '| ---: | ---: | :-: | ---: | ---: |',
  ...markdownMemory.map((run) =>
    run.fits
      ? `| ${(run.bytes / 1e6).toFixed(1)} MB | ${run.cap} MB | yes | ${(run.peak / 1e6).toFixed(0)} MB | ${run.ratio.toFixed(1)}× |`
      : `| ${run.megabytes} MB | ${run.cap} MB | **no** | — | — |`
  )
].join('\n')
if (markdownMemory.some((run) => !run.fits)) missed.push('reader-markdown memory')
const verdict = missed.length === 0 ? 'Every target is met.' : `Missed: ${missed.join('; ')}.`

console.log(`${table}\n\n${endToEnd}\n\n${memoryTable}\n\n${linear}\n${verdict}`)

if (write) {
  const cpu = cpus()[0]?.model ?? 'unknown CPU'
  const machine = `Node ${process.version}, ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`
  writeFileSync(
    new URL('../docs/benchmarks.md', import.meta.url),
    `# Benchmarks

Written by \`npm run bench\` (after \`npm run build\`) on ${new Date().toISOString().slice(0, 10)}: ${machine}.
Run it on your machine for figures of your own; the ratios matter more than the
times.

## Method

- One process, same input for both sides: ${base.name} repeated ${SCALE}×
  (made at run time; nothing large is committed).
- [tinybench](https://github.com/tinylibs/tinybench), ${ROUNDS} rounds of 1 s per
  task (${3 * ROUNDS} for writer-markdown, whose ratio is close to its target),
  alternating, and which side goes first alternates too; each side keeps its
  best median, so a round disturbed by the machine does not decide a ratio.
  In brackets, the lowest and highest ratio of single rounds: the spread.
- ratio = liveblog's time ÷ the peer's time: below 1 is faster. Each result
  string is read once on both sides, so a string V8 keeps in pieces is
  joined inside the timing.
- **reader-cnn** does the whole job (lines, chrome, posts, bylines, times,
  positions); remark-parse reads the same text as Markdown.
- **reader-markdown** is remark-parse plus the front matter and GFM syntax lbast
  uses (each enabled only when the text holds its marker character) plus the
  mdast → lbast step; the peer is bare remark-parse.
- **writer-rss** renders each post to HTML (hast) and a plain-text
  description, and writes the feed with xast. Against the
  [feed](https://github.com/jpmonette/feed) package it is measured twice:
  *same posts*, where the feed side does what a user of \`feed\` must do to
  publish these posts (each body to HTML with mdast-util-to-hast and
  hast-util-to-html, a description with mdast-util-to-string, then
  \`feed.rss2()\`) — the target applies here; and *XML only*, where \`feed\`
  gets the finished strings read back from our feed, so only its XML writing
  is timed, for context.
- **writer-markdown** is lbast → mdast plus mdast-util-to-markdown; the peer is
  mdast-util-to-markdown on that mdast with the same extensions.
- **End to end** runs \`fromCnnText(text)\` alone and then
  \`toRss(fromCnnText(text))\` in a fresh process per size: the mean of
  several runs after a warm-up, so each size pays its own garbage collection;
  peak memory is the process's maximum resident set size, Node included.

## Results

${table}

### End to end, cnn → rss

${endToEnd}

### reader-markdown peak memory

The seed page as Markdown, repeated to size; \`scripts/bench/markdown-memory.mjs\`
in its own process, heap capped at 15× the input.

${memoryTable}

${linear}

${verdict}
`
  )
  console.error('Wrote docs/benchmarks.md')
}
