// Every message this package puts on a file carries the same `source` and
// the node's position when it has one.
import type {Nodes} from '@liveblog/core'
import type {Fail, Warn} from '@liveblog/lbast-util-to-hast'
import type {VFile} from 'vfile'

export const SOURCE = '@liveblog/writer-html'

export function createWarn(file: VFile | undefined): Warn {
  return (reason: string, node: Nodes | undefined, ruleId: string) => {
    if (!file) return
    file.message(reason, {place: node?.position, ruleId, source: SOURCE})
  }
}

/** A fatal `invalid-option` message on `file`; without a file, `undefined` (bad options throw). */
export function createFail(file: VFile | undefined): Fail | undefined {
  if (!file) return undefined
  return (reason) => {
    const message = file.message(reason, {ruleId: 'invalid-option', source: SOURCE})
    message.fatal = true
  }
}
