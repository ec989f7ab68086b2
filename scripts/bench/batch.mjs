// Batches (issue 17): the built CLI converting many small pages into a
// folder, as an archive job does:
//   liveblog 'in/*.txt' --to rss --url https://example.com/live -o out/ -q
// at 1,500 and 6,000 files, with `--jobs 1` and `--jobs 2`. The inputs are
// made at run time in a temporary folder: copies of the corpus pages (the
// reader-cnn fixtures and examples when ../shared is not there), each with a
// sentence of its own. Each run is a fresh process; its peak memory (maximum
// resident set size, worker threads included) and CPU time are read by a
// preloaded module when it exits (process.resourceUsage), its wall time
// around it. Rounds alternate which of `--jobs 1` and `--jobs 2` goes first.
//
//   node scripts/bench/batch.mjs            print the figures as a table
//   node scripts/bench/batch.mjs --json     print them as JSON (bench.mjs)
//   node scripts/bench/batch.mjs --write    and update the section in docs/benchmarks.md
//   --sizes 300,1200 --rounds 1            smaller or fewer runs
// Needs `npm run build` first.
import {execFile} from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import {cpus, loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = new URL('../../', import.meta.url)
const bin = fileURLToPath(new URL('packages/cli/dist/bin.js', root))
const measure = new URL('batch-usage.mjs', import.meta.url).href

export const targets = {memory: 1.3, timePerFile: 1.2, speedUp: 1.6}

/** Pages to copy: the corpus, else the fixtures and examples of this repository. */
function pages() {
  const corpus = new URL('../shared/corpus/', root)
  const folders = existsSync(corpus)
    ? [corpus]
    : [new URL('packages/reader-cnn/test/fixtures/', root), new URL('examples/input/', root)]
  const texts = []
  for (const folder of folders) {
    for (const name of readdirSync(folder).sort()) {
      if (name.endsWith('.txt')) texts.push(readFileSync(new URL(name, folder), 'utf8'))
    }
  }
  return {name: existsSync(corpus) ? 'the corpus pages' : 'the reader-cnn fixtures', texts}
}

/** `count` pages in `folder/in`, each a copy with one sentence of its own added to a paragraph. */
function makeInputs(folder, count, texts) {
  const input = path.join(folder, 'in')
  mkdirSync(input, {recursive: true})
  let bytes = 0
  for (let index = 0; index < count; index++) {
    const lines = texts[index % texts.length].split('\n')
    // The first line long enough to be a paragraph gets the sentence.
    const at = lines.findIndex((line) => line.length > 80)
    lines[Math.max(0, at)] += ` This is copy ${index + 1} of the page.`
    const text = lines.join('\n')
    bytes += Buffer.byteLength(text)
    writeFileSync(path.join(input, `page-${String(index).padStart(5, '0')}.txt`), text)
  }
  return bytes
}

/** One run of the CLI over `folder/in`; resolves to wall and CPU milliseconds and peak RSS bytes. */
function runOnce(folder, jobs, inputs = ['in/*.txt'], out = 'out') {
  rmSync(path.join(folder, out), {recursive: true, force: true})
  const usageFile = path.join(folder, `usage-${out}.json`)
  rmSync(usageFile, {force: true})
  const args = ['--import', measure, bin, ...inputs, '--to', 'rss']
  args.push('--url', 'https://example.com/live', '-o', `${out}/`, '-q', '--jobs', String(jobs))
  const start = performance.now()
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      {
        cwd: folder,
        env: {...process.env, LIVEBLOG_BENCH_USAGE: usageFile},
        maxBuffer: 256 * 1024 * 1024
      },
      (error) => {
        const wallMs = performance.now() - start
        // Exit code 1 (a page warned and -q shows it) is fine; no output is not.
        if (error && error.code !== 1) return reject(error)
        const usage = JSON.parse(readFileSync(usageFile, 'utf8'))
        const written = readdirSync(path.join(folder, out)).length
        resolve({wallMs, cpuMs: usage.cpuMs, peak: usage.maxRSS, written})
      }
    )
  })
}

/**
 * For reference, what the machine gives two processes: two `--jobs 1` runs
 * at once, each over half of the files (sharding by hand).
 */
async function runHalves(folder) {
  const names = readdirSync(path.join(folder, 'in'))
    .sort()
    .map((name) => `in/${name}`)
  const half = Math.ceil(names.length / 2)
  const start = performance.now()
  const runs = await Promise.all([
    runOnce(folder, 1, names.slice(0, half), 'out-a'),
    runOnce(folder, 1, names.slice(half), 'out-b')
  ])
  return {wallMs: performance.now() - start, cpuMs: runs[0].cpuMs + runs[1].cpuMs}
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Runs the batch bench; resolves to its figures. */
export async function batchBench({sizes = [1500, 6000], rounds = 3} = {}) {
  const {name, texts} = pages()
  const work = mkdtempSync(path.join(tmpdir(), 'liveblog-batch-'))
  const loadBefore = loadavg()[0]
  try {
    const results = []
    for (const size of sizes) {
      const folder = path.join(work, String(size))
      const bytes = makeInputs(folder, size, texts)
      // A warm-up of the disk cache and of Node's compile cache.
      await runOnce(folder, 1)
      const runs = {1: [], 2: [], halves: []}
      for (let round = 0; round < rounds; round++) {
        for (const jobs of round % 2 ? [2, 1] : [1, 2]) {
          const run = await runOnce(folder, jobs)
          if (run.written !== size) throw new Error(`Wrote ${run.written} of ${size} files`)
          runs[jobs].push(run)
        }
        runs.halves.push(await runHalves(folder))
      }
      const of = (jobs, key) => median(runs[jobs].map((run) => run[key]))
      results.push({
        files: size,
        bytes,
        jobs1: {wallMs: of(1, 'wallMs'), cpuMs: of(1, 'cpuMs'), peak: of(1, 'peak')},
        jobs2: {wallMs: of(2, 'wallMs'), cpuMs: of(2, 'cpuMs'), peak: of(2, 'peak')},
        // Paired within each round, then the median.
        speedUp: median(runs[1].map((run, index) => run.wallMs / runs[2][index].wallMs)),
        halves: {
          wallMs: median(runs.halves.map((run) => run.wallMs)),
          cpuMs: median(runs.halves.map((run) => run.cpuMs))
        },
        halvesSpeedUp: median(runs[1].map((run, index) => run.wallMs / runs.halves[index].wallMs))
      })
      rmSync(folder, {recursive: true, force: true})
    }
    const [small, large] = [results[0], results.at(-1)]
    const perFile = (result, key) => result.jobs1[key] / result.files
    return {
      input: name,
      rounds,
      cpus: cpus().length,
      load: [loadBefore, loadavg()[0]],
      results,
      memoryRatio: large.jobs1.peak / small.jobs1.peak,
      memoryRatioJobs2: large.jobs2.peak / small.jobs2.peak,
      timePerFileRatio: perFile(large, 'wallMs') / perFile(small, 'wallMs'),
      cpuPerFileRatio: perFile(large, 'cpuMs') / perFile(small, 'cpuMs'),
      speedUp: large.speedUp
    }
  } finally {
    rmSync(work, {recursive: true, force: true})
  }
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`
const ms = (value, files) => `${(value / files).toFixed(2)} ms`

/** The figures as the `### Batches` section of docs/benchmarks.md. */
export function batchMarkdown(bench) {
  const rows = bench.results.map(
    (result) =>
      `| ${result.files.toLocaleString('en')} | ${mb(result.bytes)} | ${ms(result.jobs1.wallMs, result.files)} | ${ms(result.jobs1.cpuMs, result.files)} | ${mb(result.jobs1.peak)} | ${ms(result.jobs2.wallMs, result.files)} | ${ms(result.jobs2.cpuMs, result.files)} | ${mb(result.jobs2.peak)} | ${result.speedUp.toFixed(2)}× | ${result.halvesSpeedUp.toFixed(2)}× (CPU ${ms(result.halves.cpuMs, result.files)}) |`
  )
  const verdicts = batchVerdicts(bench)
  const line = (label, value, target, sense, met, note = '') =>
    `| ${label} | ${value.toFixed(2)}× | ${sense} ${target}× | ${met ? 'yes' : '**no**'} |${note}`
  return `### Batches

\`liveblog 'in/*.txt' --to rss --url https://example.com/live -o out/ -q\` over
copies of ${bench.input} (each with a sentence of its own), made at run time
(\`scripts/bench/batch.mjs\`; \`npm run bench -- --only batch\` runs it alone).
Each run is a fresh process; *peak* is its maximum resident set size (worker
threads included), *CPU* its user + system time, *wall* the time around it,
per file; ${bench.rounds === 1 ? 'one round' : `medians of ${bench.rounds} rounds, which alternate the order of \`--jobs 1\` and \`--jobs 2\``}; the speed-up is paired within each round. ${bench.cpus} CPUs,
load average ${bench.load[0].toFixed(1)} before and ${bench.load[1].toFixed(1)} after (the bench's own runs count
in it: two workers or two processes at once; a load above 1 before means
other work was running, which makes wall times and the speed-up lower; CPU
time is the steadier figure). For reference, the last
column is what sharding by hand gets from the same machine at the same time:
two \`--jobs 1\` processes at once, each over half of the files (wall time
speed-up over one process, and their CPU time per file together). It is the
bound for any way of using the second CPU that pays each process's start and
warm-up: nothing is shared between the two processes.

| files | input | wall, --jobs 1 | CPU, --jobs 1 | peak, --jobs 1 | wall, --jobs 2 | CPU, --jobs 2 | peak, --jobs 2 | speed-up | two processes on halves |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

| ${bench.results.at(-1).files.toLocaleString('en')} files against ${bench.results[0].files.toLocaleString('en')} | ratio | target | met |
| --- | ---: | ---: | :-: |
${line('peak memory (--jobs 1)', bench.memoryRatio, targets.memory, '≤', verdicts.memory)}
${line('peak memory (--jobs 2)', bench.memoryRatioJobs2, targets.memory, '≤', bench.memoryRatioJobs2 <= targets.memory)}
${line('wall time per file (--jobs 1)', bench.timePerFileRatio, targets.timePerFile, '≤', verdicts.timePerFile)}
${line('CPU time per file (--jobs 1)', bench.cpuPerFileRatio, targets.timePerFile, '≤', bench.cpuPerFileRatio <= targets.timePerFile)}
${line(`--jobs 2 speed-up over --jobs 1 (${bench.results.at(-1).files.toLocaleString('en')} files)`, bench.speedUp, targets.speedUp, '≥', verdicts.speedUp)}
| for reference: two \`--jobs 1\` processes on halves over one (${bench.results.at(-1).files.toLocaleString('en')} files) | ${bench.results.at(-1).halvesSpeedUp.toFixed(2)}× | — | — |
`
}

/** Which targets were met. */
export function batchVerdicts(bench) {
  return {
    memory: bench.memoryRatio <= targets.memory,
    timePerFile: bench.timePerFileRatio <= targets.timePerFile,
    speedUp: bench.speedUp >= targets.speedUp
  }
}

/** Replaces (or adds, at the end) the `### Batches` section of docs/benchmarks.md. */
export function writeBatchSection(markdown) {
  const file = new URL('docs/benchmarks.md', root)
  const text = readFileSync(file, 'utf8')
  const start = text.indexOf('### Batches\n')
  let next = start === -1 ? -1 : text.slice(start + 1).search(/\n#{2,3} /)
  if (next !== -1) next += start + 2
  const updated =
    start === -1
      ? `${text.trimEnd()}\n\n${markdown}`
      : `${text.slice(0, start)}${markdown}${next === -1 ? '' : `\n${text.slice(next)}`}`
  writeFileSync(file, updated)
}

if (import.meta.url === new URL(process.argv[1], 'file:').href) {
  const argument = (name) => {
    const at = process.argv.indexOf(name)
    return at === -1 ? undefined : process.argv[at + 1]
  }
  const sizes = argument('--sizes')?.split(',').map(Number)
  const rounds = argument('--rounds') ? Number(argument('--rounds')) : undefined
  const bench = await batchBench({sizes, rounds})
  if (process.argv.includes('--json')) console.log(JSON.stringify(bench))
  else console.log(batchMarkdown(bench))
  if (process.argv.includes('--write')) {
    writeBatchSection(batchMarkdown(bench))
    console.error('Updated the batch section of docs/benchmarks.md')
  }
}
