// `npm run bench`: liveblog's readers and writers side by side with what users
// would otherwise use, on the same input in one process, then cnn → rss end to
// end at growing sizes. Prints a table and writes docs/benchmarks.md.
// `--only <text>` runs the comparisons whose name holds the text (and no end
// to end run) and writes nothing; `--no-write` only prints. `--only batch`
// runs the batch section alone (scripts/bench/batch.mjs; with `--write` it
// updates that section of docs/benchmarks.md).
// Needs `npm run build` first.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {cpus, tmpdir, totalmem} from 'node:os'
import path from 'node:path'
import {fromCnnText} from '@liveblog/reader-cnn'
import {fromMarkdown} from '@liveblog/reader-markdown'
import {toAtom} from '@liveblog/writer-atom'
import {toJson} from '@liveblog/writer-json'
import {toJsonFeed} from '@liveblog/writer-json-feed'
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
import {batchBench, batchMarkdown, batchVerdicts, writeBatchSection} from './bench/batch.mjs'
import {baseText, scaled} from './bench/inputs.mjs'

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

// Peak memory against input size, each run in its own process (see
// bench/memory.mjs). reader-markdown joins `MEMORY_KINDS` once its post ids
// are linear in the number of posts (issue 16): at 30 MB it would not finish.
console.error('Memory, 1 / 10 / 30 MB…')
const MEMORY_KINDS = ['json', 'cnn-rss']
const MEMORY_TARGET = 15
const memoryFolder = mkdtempSync(path.join(tmpdir(), 'liveblog-bench-'))
const memoryInput = (kind, bytes) => {
  const times = Math.max(1, Math.round(bytes / Buffer.byteLength(base.text)))
  // lbast JSON is about 2.6 times the CNN text it was read from.
  if (kind === 'json')
    return toJson(fromCnnText(scaled(base.text, Math.max(1, Math.round(times / 2.6)))))
  return scaled(base.text, times)
}
const memory = []
for (const kind of MEMORY_KINDS) {
  const warm = path.join(memoryFolder, `warm-${kind}`)
  writeFileSync(warm, memoryInput(kind, 30_000))
  for (const megabytes of [1, 10, 30]) {
    const file = path.join(memoryFolder, `${kind}-${megabytes}`)
    writeFileSync(file, memoryInput(kind, megabytes * 1e6))
    const script = new URL('bench/memory.mjs', import.meta.url).pathname
    const run = JSON.parse(
      execFileSync(process.execPath, ['--expose-gc', script, kind, file, warm], {encoding: 'utf8'})
    )
    memory.push({...run, megabytes})
  }
}
rmSync(memoryFolder, {recursive: true, force: true})
// Below 10 MB the figure is mostly V8's young generation (some 30–40 MB
// whatever the input), so the target applies from 10 MB.
const memoryMet = (run) => run.megabytes < 10 || run.ratio <= MEMORY_TARGET
const memoryTable = [
  '| run | input | peak above start | ratio | target | met |',
  '| --- | ---: | ---: | ---: | ---: | :-: |',
  ...memory.map(
    (run) =>
      `| ${run.kind === 'json' ? 'reader-json' : 'reader-cnn → writer-rss'} | ${(run.bytes / 1e6).toFixed(1)} MB | ${((run.peak - run.before) / 1e6).toFixed(0)} MB | ${run.ratio.toFixed(1)}× | ${run.megabytes < 10 ? '— (young generation)' : `≤ ${MEMORY_TARGET}×`} | ${run.megabytes < 10 ? '—' : memoryMet(run) ? 'yes' : '**no**'} |`
  )
].join('\n')

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
const markdownMemoryTable = [
  '| input | heap cap (15×) | completes | peak RSS | RSS ÷ input |',
  '| ---: | ---: | :-: | ---: | ---: |',
  ...markdownMemory.map((run) =>
    run.fits
      ? `| ${(run.bytes / 1e6).toFixed(1)} MB | ${run.cap} MB | yes | ${(run.peak / 1e6).toFixed(0)} MB | ${run.ratio.toFixed(1)}× |`
      : `| ${run.megabytes} MB | ${run.cap} MB | **no** | — | — |`
  )
].join('\n')
if (markdownMemory.some((run) => !run.fits)) missed.push('reader-markdown memory')

if (!mergeMet) missed.push('merge under a second')
for (const [name, met] of Object.entries(batchVerdicts(batch)))
  if (!met) missed.push(`batch ${name}`)
for (const run of memory.filter((run) => !memoryMet(run)))
  missed.push(`memory of ${run.kind} at ${run.megabytes} MB`)
const verdict = missed.length === 0 ? 'Every target is met.' : `Missed: ${missed.join('; ')}.`

console.log(
  `${table}\n\n${endToEnd}\n\n${linear}\n\n${mergeTable}\n\n${memoryTable}\n\n${markdownMemoryTable}\n${verdict}`
)

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

${markdownMemoryTable}

${linear}

### Merging copies (\`@liveblog/merge\`)

A copy of 1,000 posts (100 new, 300 edited, 600 as they were) merged into an
archive of 10,000, and the same at 4× (\`scripts/bench/merge.mjs\`): nine
timed runs after three warm-ups, wall time and the process's CPU time
(target: the 10,000-post median under a second).

${mergeTable}

${batchMarkdown(batch)}
### Memory

Peak memory against input size, each run in a fresh process after a small
warm-up: the process's peak resident set size minus its size just before the
run (the input already read), divided by the input's size. lbast JSON for
reader-json; CNN text read and written as RSS for the pipeline.

${memoryTable}

${verdict}
`
  )
  console.error('Wrote docs/benchmarks.md')
}
