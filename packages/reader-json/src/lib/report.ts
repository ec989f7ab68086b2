import type {Node as JsonNode} from 'jsonc-parser'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'

export const source = '@liveblog/reader-json'

export type Severity = 'fatal' | 'warning' | 'info'

export type Report = (
  severity: Severity,
  reason: string,
  ruleId: string,
  range?: {offset: number; length: number}
) => void

/** Messages on `file`, placed by offsets into its JSON text. */
export function createReport(file: VFile, text: string): Report {
  // The line index is built lazily, on the first message that needs a place.
  let points: ReturnType<typeof location> | undefined
  return (severity, reason, ruleId, range) => {
    let place: Position | undefined
    if (range) {
      points ??= location(text)
      const start = points.toPoint(range.offset)
      const end = points.toPoint(range.offset + range.length)
      if (start && end) place = {start, end}
    }
    const options = {place, ruleId, source}
    if (severity === 'info') {
      file.info(reason, options)
    } else {
      const message = file.message(reason, options)
      if (severity === 'fatal') message.fatal = true
    }
  }
}

export function rangeOf(node: JsonNode): {offset: number; length: number} {
  return {offset: node.offset, length: node.length}
}
