/**
 * A mistake in how the CLI was called (flags, config, plugins): exit code 2,
 * reported as one line (`liveblog: message`) and one line on how to fix it.
 */
export class UsageError extends Error {
  /** How to fix it; `Try \`liveblog --help\`.` when not given. */
  hint: string

  constructor(message: string, hint = 'Try `liveblog --help`.') {
    super(message)
    this.name = 'UsageError'
    this.hint = hint
  }
}

/**
 * A problem with the archive itself (`--archive`: it cannot be read, locked
 * or written): one line, exit code 1, nothing written.
 */
export class ArchiveError extends Error {}
