// Readers never throw on any string: a bug of ours is reported on the file
// instead of taking the caller down with it.
import type {VFile} from 'vfile'
import type {Root} from './types.js'

/**
 * Runs a reader's `read`. When it throws (a bug in the reader, never bad
 * input), the error is thrown again if `rethrow` (default: `true` when the
 * environment variable `LIVEBLOG_RETHROW` is `1`, as the project's tests set
 * it), and otherwise reported as a fatal `internal-error` message from
 * `source`, with an empty root returned.
 */
export function readGuarded(
  file: VFile,
  source: string,
  rethrow: boolean | undefined,
  read: () => Root
): Root {
  try {
    return read()
  } catch (error) {
    if (rethrow ?? globalThis.process?.env?.LIVEBLOG_RETHROW === '1') throw error
    const message = file.message(`Could not read the page: ${String(error)}`, {
      ruleId: 'internal-error',
      source
    })
    message.fatal = true
    return {type: 'root', children: []}
  }
}
