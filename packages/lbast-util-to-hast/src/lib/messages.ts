// How this package reports: through a callback, so each writer puts the
// message on its own file under its own `source`.
import type {Nodes} from '@liveblog/core'
import type {VFile} from 'vfile'
import type {Fail} from './feed.js'

/** Receives a warning: its text, the node it is about, and a rule id. */
export type Warn = (reason: string, node: Nodes | undefined, ruleId: string) => void

/** A `Warn` that drops everything. */
export const ignore: Warn = () => {}

/**
 * A `Warn` that puts each warning on `file` under `source` (a writer's
 * package name), at the node's position when it has one; without a file,
 * warnings are dropped.
 */
export function createWarn(file: VFile | undefined, source: string): Warn {
  return (reason, node, ruleId) => {
    if (!file) return
    file.message(reason, {place: node?.position, ruleId, source})
  }
}

/**
 * A `Fail` that puts a fatal `invalid-option` message on `file` under
 * `source`; without a file, `undefined` (so bad options throw instead).
 */
export function createFail(file: VFile | undefined, source: string): Fail | undefined {
  if (!file) return undefined
  return (reason) => {
    const message = file.message(reason, {ruleId: 'invalid-option', source})
    message.fatal = true
  }
}
