// The reader: text copied from a CNN-style live-updates page → lbast.
import {
  assignPostIds,
  isPost,
  type ReaderInput,
  type Root,
  readGuarded,
  toVFile,
  warnBidiControls,
  warnEmptyInput
} from '@liveblog/core'
import type {VFile} from 'vfile'
import {chromeKey} from './chrome.js'
import {type Context, SOURCE} from './context.js'
import {readHeader} from './header.js'
import {splitLines} from './lines.js'
import {readPosts} from './posts.js'
import {tagLines} from './tag.js'
import {reportUnplacedTimes} from './time-line.js'

export interface Options {
  /**
   * The time the page was read at, for relative times ("21 min ago").
   * Without it such times stay in `dateline` only.
   */
  now?: Date | string
  /** Zone for times printed as "ET" or with no zone; default `America/New_York`. */
  timeZone?: string
  /** More lines to drop as page chrome (compared case-insensitively). */
  chrome?: string[]
  /**
   * Throw a bug of this reader instead of reporting it as an `internal-error`
   * message. Default: `true` when the environment variable `LIVEBLOG_RETHROW`
   * is `1` (the project's tests set it, so that no crash hides in a message).
   */
  rethrow?: boolean
}

/**
 * Reads the text of a CNN-style live blog into an lbast tree. Never throws
 * (unless `options.rethrow`): problems are reported as messages on the file
 * (pass a `VFile` to get them). `value` is what `VFile` accepts: text, its
 * bytes (UTF-8, or the detected encoding with a message) or a file; anything
 * else is a `TypeError`.
 */
export function fromCnnText(value: ReaderInput, options: Options = {}): Root {
  const file = toVFile(value, {name: 'value', source: SOURCE})
  return readGuarded(file, SOURCE, options.rethrow, () =>
    read(String(file.value ?? ''), file, options)
  )
}

function read(value: string, file: VFile, options: Options): Root {
  if (warnEmptyInput(value, file, SOURCE)) return {type: 'root', children: []}
  const timeZone = options.timeZone ?? 'America/New_York'
  const lines = splitLines(value)
  const tagged = tagLines(lines, {
    timeZone,
    now: options.now,
    chrome: options.chrome
      ? new Set(options.chrome.map((line) => chromeKey(line.trim())))
      : undefined
  })
  let trailerStart = lines.length
  while (trailerStart > 0) {
    const kind = tagged.kinds[trailerStart - 1]
    if (kind !== 'nav' && kind !== 'chrome' && kind !== 'blank' && kind !== 'separator') break
    trailerStart--
  }
  const context: Context = {...tagged, value, lines, file, timeZone, trailerStart}
  reportUnplacedTimes(context)

  let firstMark = lines.length
  for (let i = 0; i < lines.length; i++) {
    if (tagged.kinds[i] === 'separator' || tagged.kinds[i] === 'time') {
      firstMark = i
      break
    }
  }
  const header = readHeader(context, firstMark)
  const tree: Root = {type: 'root', children: []}
  if (header.meta) tree.children.push(header.meta)
  // One by one: a spread of 130,000 posts would overflow the call stack.
  for (const node of header.nodes) tree.children.push(node)
  for (const node of readPosts(context, header.end, lines.length)) tree.children.push(node)
  if (lines.length > 0) {
    const last = lines[lines.length - 1]!
    tree.position = {
      start: {line: 1, column: 1, offset: 0},
      end: {line: last.line, column: last.column + (last.end - last.start), offset: last.end}
    }
  }
  warnBidiControls(assignPostIds(tree), file, SOURCE)
  if (!tree.children.some(isPost)) {
    // Text with no post is most often not a live blog at all (a wrong file,
    // a page saved before its updates loaded): say so rather than succeed.
    file.message('Found no posts: no time lines, separators or headlines with text under them', {
      place: {line: 1, column: 1, offset: 0},
      ruleId: 'no-posts',
      source: SOURCE
    })
  }
  return tree
}
