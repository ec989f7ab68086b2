// Every message this package puts on a file, in one place, so they all carry
// the same `source` and a position when the node has one.
import type {Nodes} from '@liveblog/core'
import type {VFile} from 'vfile'

export const SOURCE = '@liveblog/writer-rss'

export type Warn = (reason: string, node: Nodes | undefined, ruleId: string) => void

export function createWarn(file: VFile | undefined): Warn {
  return (reason, node, ruleId) => {
    if (!file) return
    file.message(reason, {place: node?.position, ruleId, source: SOURCE})
  }
}
