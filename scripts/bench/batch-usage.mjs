// Preloaded (`node --import`) into a CLI run of the batch bench (batch.mjs):
// when the process exits, writes its peak resident set size and CPU time,
// worker threads included, to the file named by LIVEBLOG_BENCH_USAGE.
import {writeFileSync} from 'node:fs'
import process from 'node:process'
import {isMainThread} from 'node:worker_threads'

const file = process.env.LIVEBLOG_BENCH_USAGE
// Workers inherit `--import`; the main thread's figures are the process's.
if (file && isMainThread) {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    writeFileSync(
      file,
      JSON.stringify({
        // Kilobytes and microseconds.
        maxRSS: usage.maxRSS * 1024,
        cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000
      })
    )
  })
}
