// `npm run bench`: liveblog's readers and writers side by side with what users
// would otherwise use, on the same input in one process, then cnn → rss end to
// end at growing sizes. Prints a table and writes docs/benchmarks.md.
// `--only <text>` runs the comparisons whose name holds the text (and no end
// to end run) and writes nothing; `--no-write` only prints. `--only batch`
// runs the batch section alone (scripts/bench/batch.mjs; with `--write` it
// updates that section of docs/benchmarks.md).
// Needs `npm run build` first.
import {execFileSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {cpus, totalmem} from 'node:os'
import {fromCnnText} from '@liveblog/reader-cnn'
import {fromHtml} from '@liveblog/reader-html'
import {fromMarkdown} from '@liveblog/reader-markdown'
import {toAtom} from '@liveblog/writer-atom'
import {toHtml as toPage, toHtmlTree as toPageTree} from '@liveblog/writer-html'
import {toJson} from '@liveblog/writer-json'
import {toJsonFeed} from '@liveblog/writer-json-feed'
import {toMarkdown, toMdast} from '@liveblog/writer-markdown'
import {toRss} from '@liveblog/writer-rss'
import {XMLParser} from 'fast-xml-parser'
import {Feed} from 'feed'
import {fromHtml as hastFromHtml} from 'hast-util-from-html'
import {toHtml} from 'hast-util-to-html'
import {frontmatterToMarkdown} from 'mdast-util-frontmatter'
import {gfmToMarkdown} from 'mdast-util-gfm'
import {toHast} from 'mdast-util-to-hast'
import {toMarkdown as mdastToMarkdown} from 'mdast-util-to-markdown'
import {toString} from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import {Bench} from 'tinybench'
import {unified} from 'unified'
import {batchBench, batchMarkdown, batchVerdicts, writeBatchSection} from './bench/batch.mjs'
import {baseText, scaled} from './bench/inputs.mjs'
import {MEMORY_METHOD, measureMemory, memoryTable as memoryTableOf} from './bench/memory-table.mjs'
import {htmlFromPosts} from './bench/page.mjs'

const onlyAt = process.argv.indexOf('--only')
const only = onlyAt === -1 ? undefined : process.argv[onlyAt + 1]
const write = !process.argv.includes('--no-write') && only === undefined
if (only === 'batch') {
  const batch = await batchBench()
  console.log(batchMarkdown(batch))
  if (process.argv.includes('--write')) writeBatchSection(batchMarkdown(batch))
  process.exit(0)
}
// Rounds per comparison; each gives one paired ratio (both sides timed in
// the same round, their order alternating), and the verdict is the median.
const ROUNDS = 7
const ROUND_MS = 500
const SCALE = 10
const base = baseText()
const cnnText = scaled(base.text, SCALE)
const tree = fromCnnText(cnnText)
const markdown = toMarkdown(tree)
const rssOptions = {url: 'https://example.com/live'}
const remark = unified().use(remarkParse)

/**
 * Times `ours` against `peer` in `ROUNDS` rounds. Each round times both sides
 * (tinybench medians), the one that goes first alternating, and gives one
 * paired ratio; the reported ratio is the median of those, with their spread
 * (lowest–highest). Taking each side's best median across rounds instead, as
 * an earlier version did, pairs times from different moments of a busy
 * machine, and always running ours first gave the peer a warmer process: one
 * run could show 0.81× where the paired median was 1.25×.
 */
async function compare(name, bytes, ours, peer, target, sense = 'max', rounds = ROUNDS) {
  if (only !== undefined && !name.includes(only)) return undefined
  const ratios = []
  const oursTimes = []
  const peerTimes = []
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({time: ROUND_MS, warmupTime: 100, iterations: 5, warmupIterations: 2})
    const tasks = [
      ['ours', () => touch(ours())],
      ['peer', () => touch(peer())]
    ]
    if (round % 2 === 1) tasks.reverse()
    for (const [label, run] of tasks) bench.add(label, run)
    await bench.run()
    const p50 = (label) => {
      const task = bench.tasks.find((candidate) => candidate.name === label)
      if (task.result.error) throw task.result.error
      return task.result.latency.p50
    }
    oursTimes.push(p50('ours'))
    peerTimes.push(p50('peer'))
    ratios.push(p50('ours') / p50('peer'))
  }
  const ratio = median(ratios)
  const oursMs = median(oursTimes)
  const peerMs = median(peerTimes)
  const spread = [Math.min(...ratios), Math.max(...ratios)]
  // No target: a figure for context, not a goal.
  const met = target === undefined || (sense === 'max' ? ratio <= target : ratio >= target)
  return {name, bytes, oursMs, peerMs, ratio, spread, rounds, target, sense, met}
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
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
function feedFromPosts(format = 'rss2') {
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
      // JSON Feed's content_text, which liveblog writes too (feed takes it as
      // an item extension; RSS and Atom ignore it).
      extensions:
        format === 'json1'
          ? [{name: 'content_text', objects: toString(post.children, {includeHtml: false})}]
          : undefined,
      // `feed`'s json1() fails on an empty author list: none when there is none.
      author: post.authors?.length ? post.authors.map((author) => ({name: author.name})) : undefined
    })
  }
  return feedRss(items, format)
}

function feedRss(items, format = 'rss2') {
  const feed = new Feed({
    title: 'Live updates',
    id: rssOptions.url,
    link: rssOptions.url,
    description: 'Live updates',
    copyright: '',
    generator: 'feed',
    // `json1()` requires a feed author; Atom writes one too (RFC 4287).
    author: {name: 'Live updates'}
  })
  for (const item of items) feed.addItem(item)
  return feed[format]()
}

/**
 * A page of `count` updates written by writer-html from the seed's posts
 * repeated (each copy with its own id), for reader-html.
 */
function htmlPage(count = 1000) {
  const source = tree.children.filter((child) => child.type === 'post')
  const meta = tree.children.filter((child) => child.type === 'meta')
  const posts = Array.from({length: count}, (_, index) => {
    const post = source[index % source.length]
    return {...post, id: `${post.id}-${index}`}
  })
  return toPage({type: 'root', children: [...meta, ...posts]}, {url: 'https://example.com/live'})
}

const mdast = toMdast(tree)
const mdastOptions = {bullet: '-', extensions: [frontmatterToMarkdown(['yaml']), gfmToMarkdown()]}
const items = feedInput()
const textBytes = Buffer.byteLength(cnnText)
const markdownBytes = Buffer.byteLength(markdown)
const rssBytes = Buffer.byteLength(toRss(tree, rssOptions))
const jsonBytes = Buffer.byteLength(toJson(tree))
const page = htmlPage()
const pageOptions = {...rssOptions, language: 'en'}
const pageTree = toPageTree(tree, pageOptions)

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
    'writer-atom vs feed (same posts, HTML by hast on both sides)',
    Buffer.byteLength(toAtom(tree, rssOptions)),
    () => toAtom(tree, rssOptions),
    () => feedFromPosts('atom1'),
    1.0
  ),
  await compare(
    'writer-json-feed vs feed (same posts, HTML by hast on both sides)',
    Buffer.byteLength(toJsonFeed(tree, rssOptions)),
    () => toJsonFeed(tree, rssOptions),
    () => feedFromPosts('json1'),
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
    'reader-html vs hast-util-from-html alone (page of 1,000 updates)',
    Buffer.byteLength(page),
    () => fromHtml(page),
    () => hastFromHtml(page),
    undefined,
    'max',
    // Seconds per run on a 3 MB page: fewer rounds keep the bench short.
    3
  ),
  await compare(
    'writer-html vs hast-util-to-html (same posts, HTML by hast on both sides)',
    Buffer.byteLength(toPage(tree, pageOptions)),
    () => toPage(tree, pageOptions),
    () => htmlFromPosts(tree, rssOptions.url),
    1.2
  ),
  await compare(
    'writer-html vs hast-util-to-html given our finished hast (serialising only)',
    Buffer.byteLength(toPage(tree, pageOptions)),
    () => toPage(tree, pageOptions),
    () => toHtml(pageTree),
    undefined
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
console.error('Merging copies into an archive…')
const merges = JSON.parse(
  execFileSync(process.execPath, [new URL('bench/merge.mjs', import.meta.url).pathname], {
    encoding: 'utf8'
  })
)
const mergeTable = [
  '| archive | copy | new | updated | unchanged | median | fastest | slowest | CPU (median) |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...merges.map(
    (run) =>
      `| ${run.archive.toLocaleString('en')} posts | ${run.copy.toLocaleString('en')} posts | ${run.added} | ${run.updated} | ${run.unchanged} | ${run.ms.toFixed(0)} ms | ${run.min.toFixed(0)} ms | ${run.max.toFixed(0)} ms | ${run.cpuMs.toFixed(0)} ms |`
  )
].join('\n')
const mergeMet = merges[0].ms < 1000
console.error('Batches of 1,500 and 6,000 files…')
const batch = await batchBench()
if (!mergeMet) console.error('Merging 1,000 posts into 10,000 took a second or more')
const perByte = (run, key) => run[key] / run.bytes
const linearity = perByte(scales[3], 'ms') / perByte(scales[1], 'ms')
const readLinearity = perByte(scales[2], 'readMs') / perByte(scales[0], 'readMs')

// Peak memory against input size, each run in its own process, with V8's
// defaults and with the heap capped at the target (bench/memory-table.mjs).
const memoryRows = measureMemory()
const {table: memoryTable, missed: memoryMissed} = memoryTableOf(memoryRows)

const table = [
  '| comparison | input | liveblog | peer | ratio | spread | target | met |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | :-: |',
  ...rows.map(
    (row) =>
      `| ${row.name} | ${(row.bytes / 1e3).toFixed(0)} kB | ${row.oursMs.toFixed(2)} ms (${mbps(row.bytes, row.oursMs).toFixed(1)} MB/s) | ${row.peerMs.toFixed(2)} ms (${mbps(row.bytes, row.peerMs).toFixed(1)} MB/s) | ${row.ratio.toFixed(2)}× | ${row.spread[0].toFixed(2)}–${row.spread[1].toFixed(2)}× | ${row.target === undefined ? '—' : `${row.sense === 'max' ? '≤' : '≥'} ${row.target}×`} | ${row.target === undefined ? '—' : row.met ? 'yes' : '**no**'} |`
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

if (!mergeMet) missed.push('merge under a second')
for (const name of memoryMissed) missed.push(name)
for (const [name, met] of Object.entries(batchVerdicts(batch)))
  if (!met) missed.push(`batch ${name}`)
const verdict = missed.length === 0 ? 'Every target is met.' : `Missed: ${missed.join('; ')}.`

console.log(`${table}\n\n${endToEnd}\n\n${linear}\n\n${mergeTable}\n\n${memoryTable}\n${verdict}`)

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
- [tinybench](https://github.com/tinylibs/tinybench), ${ROUNDS} rounds of
  ${ROUND_MS} ms per task. Each round times both sides, which one goes first
  alternating, and gives one paired ratio (liveblog's median ÷ the peer's);
  *ratio* is the median of the ${ROUNDS} and *spread* their lowest–highest, the
  times are the medians of each side's round medians. A single run can
  mislead: keeping each side's best median across rounds (as this bench once
  did) pairs times from different moments of a busy machine, and always
  running liveblog first gave the peer a warmer process; on a shared machine
  one such run showed writer-rss at 0.81× where repeated paired rounds gave
  1.25×. Read a ratio with its spread: a target is met only by the median.
  writer-markdown, whose ratio is close to its target, gets ${3 * ROUNDS} rounds.
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
- **writer-atom** and **writer-json-feed** are measured like writer-rss
  (*same posts*) against \`feed.atom1()\` and \`feed.json1()\`.
- **writer-markdown** is lbast → mdast plus mdast-util-to-markdown; the peer is
  mdast-util-to-markdown on that mdast with the same extensions.
- **reader-html** reads a page of 1,000 updates that writer-html writes at
  run time from the seed's posts repeated; its MB/s is the throughput the
  issue asks for. Bare \`hast-util-from-html\` (which it parses with) on the
  same page is there for context, not as a target.
- **writer-html** writes the whole page (head, stylesheet, header, one
  \`<article>\` per post, the \`LiveBlogPosting\` JSON-LD) with
  \`@liveblog/lbast-util-to-hast\`, hastscript and hast-util-to-html. The peer
  (\`scripts/bench/page.mjs\`) is the same page by hand with the same
  libraries, serialised once by hast-util-to-html: the shell and built-in
  stylesheet, per post an \`<article>\` with headline, time, byline, the body
  by mdast-util-to-hast and a permalink, and the JSON-LD with the same fields
  (\`articleBody\` by mdast-util-to-string, \`<\` escaped). That is the fair
  peer for *the same posts through hast-util-to-html*: handing it our own
  finished hast instead would time only the serialiser against all of
  writer-html's work (reading times, unique ids, URL safety, plain text,
  footnote ids, control characters), so that row is shown for context only,
  without a target.
- **End to end** runs \`fromCnnText(text)\` alone and then
  \`toRss(fromCnnText(text))\` in a fresh process per size: the mean of
  several runs after a warm-up, so each size pays its own garbage collection;
  peak memory is the process's maximum resident set size, Node included.

## Results

${table}

### End to end, cnn → rss

${endToEnd}

${linear}

### Merging copies (\`@liveblog/merge\`)

A copy of 1,000 posts (100 new, 300 edited, 600 as they were) merged into an
archive of 10,000, and the same at 4× (\`scripts/bench/merge.mjs\`): nine
timed runs after three warm-ups, wall time and the process's CPU time
(target: the 10,000-post median under a second).

${mergeTable}

${batchMarkdown(batch)}
### Memory

${MEMORY_METHOD}

${memoryTable}

${verdict}
`
  )
  console.error('Wrote docs/benchmarks.md')
}
