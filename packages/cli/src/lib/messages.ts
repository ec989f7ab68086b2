import type {VFile} from 'vfile'

/** The `source` of every message the CLI itself adds. */
export const source = '@liveblog/cli'

/** Adds a fatal message (the file is not written; exit code 1). */
export function fail(file: VFile, reason: string, ruleId: string, cause?: unknown): void {
  const message = file.message(reason, {
    ruleId,
    source,
    cause: cause instanceof Error ? cause : undefined
  })
  message.fatal = true
}
