// Merging a copy into an archive: a copy of 1,000 posts (900 already
// archived, a third of them edited or re-timed, and 100 new) into an archive
// of 10,000 posts, and the same at 4× to show the growth. Prints JSON.
//   node scripts/bench/merge.mjs
import {assignPostIds, paragraph, root} from '@liveblog/core'
import {merge} from '@liveblog/merge'

const START = Date.parse('2025-11-12T06:00:00-05:00')
const WORDS =
  'harbor crews water road power ferry school bridge storm pier tide wind rain north south east west'.split(
    ' '
  )

function post(n, edited) {
  const words = Array.from({length: 24}, (_, i) => WORDS[(n * 7 + i * 3) % WORDS.length])
  const children = [paragraph(`${words.join(' ')} ${n}.`)]
  if (edited) children.push(paragraph('This post has been updated with more detail.'))
  return {
    type: 'post',
    id: '',
    headline: `Update ${n}: ${words.slice(0, 5).join(' ')}`,
    byline: `From CNN's Reporter ${n % 40}`,
    authors: [],
    published: new Date(START + n * 60_000)
      .toISOString()
      .replace('Z', '+00:00')
      .replace(/\.\d+/, ''),
    children
  }
}

function trees(archiveSize, copySize) {
  const archive = assignPostIds(
    root(Array.from({length: archiveSize}, (_, i) => post(archiveSize - 1 - i, false)))
  )
  const fresh = copySize / 10
  const copy = []
  for (let i = 0; i < fresh; i++) copy.push(post(archiveSize + fresh - 1 - i, false))
  for (let i = 0; i < copySize - fresh; i++) copy.push(post(archiveSize - 1 - i, i % 3 === 0))
  return {
    archive: merge(undefined, archive, {seenAt: '2025-11-12T06:00:00+00:00'}).tree,
    copy: assignPostIds(root(copy))
  }
}

function time(archiveSize, copySize) {
  const {archive, copy} = trees(archiveSize, copySize)
  let changes
  for (let i = 0; i < 3; i++) merge(archive, copy, {seenAt: '2025-11-12T12:00:00+00:00'})
  const runs = []
  const cpu = []
  for (let i = 0; i < 9; i++) {
    const start = performance.now()
    const used = process.cpuUsage()
    changes = merge(archive, copy, {seenAt: '2025-11-12T12:00:00+00:00'}).changes
    const spent = process.cpuUsage(used)
    runs.push(performance.now() - start)
    cpu.push((spent.user + spent.system) / 1000)
  }
  runs.sort((a, b) => a - b)
  cpu.sort((a, b) => a - b)
  return {
    archive: archiveSize,
    copy: copySize,
    ms: runs[4],
    cpuMs: cpu[4],
    min: runs[0],
    max: runs.at(-1),
    added: changes.added.length,
    updated: changes.updated.length,
    unchanged: changes.unchanged.length
  }
}

console.log(JSON.stringify([time(10_000, 1_000), time(40_000, 4_000)]))
