// Writing results in input order as they come from the engine (this
// process) or a worker, and keeping of each only what the report needs: its
// path and messages, not its tree, text or output. So a batch holds a few
// files at a time, whatever its length. Which file may write where is
// decided in input order; the writes themselves (each `fsync`ed) overlap,
// a few at a time, and a file's write messages are its last. Each folder
// written into is `fsync`ed once, when every write has ended, which makes
// the renames durable (until then a crash leaves each file old or new).
import path from 'node:path'
import {VFile} from 'vfile'
import type {CliOptions} from './args.js'
import {fail, source} from './messages.js'
import {type Destination, realPath, removeStaleTemporaries, writeAtomic} from './output.js'
import {report} from './report.js'
import type {OutputStream} from './run.js'
import {syncFolder} from './write.js'

/** Writes under way at once, at most. */
export const overlap = 16

export interface DeliveryIo {
  cwd: string
  stdout: OutputStream
  /** Set when the reader of standard output went away (`| head`). */
  closed: {stdout: boolean}
}

/** Whether `file` failed: a fatal message, or with `frail` a warning too. */
export function failed(file: VFile, frail: boolean): boolean {
  return file.messages.some(
    (message) => message.fatal === true || (frail && message.fatal === false)
  )
}

export class Delivery {
  /** Real paths of the run's inputs, never written over. */
  private readonly inputs: Set<string>
  /** Real paths written in this run, and by which input. */
  private readonly taken = new Map<string, string>()
  /** Folders whose stale temporary files were looked for. */
  private readonly cleaned = new Set<string>()
  /** Folders written into and not yet `fsync`ed. */
  private readonly unsynced = new Set<string>()
  /** What the report needs of each file delivered, in order (once written). */
  private readonly kept: Array<VFile | undefined> = []
  /** Writes under way. */
  private readonly pending = new Set<Promise<void>>()
  /** Info messages are not kept when the report would not show them. */
  private readonly dropInfo: boolean

  constructor(
    private readonly io: DeliveryIo,
    private readonly options: CliOptions,
    /** Filled with the files written (for `--watch` not to watch them). */
    private readonly written: Set<string>,
    inputs: Array<string | undefined>
  ) {
    this.inputs = new Set(
      inputs.filter((input) => input).map((input) => realPath(path.resolve(io.cwd, input!)))
    )
    this.dropInfo = options.report !== 'json' && (options.quiet || options.silent)
    written.clear()
  }

  /**
   * Writes `file`'s output to `destination` (standard output: `undefined`),
   * then lets go of it and calls `done`. Resolves once the write has started
   * and fewer than `overlap` writes are under way.
   */
  async deliver(file: VFile, destination: Destination, done?: () => void): Promise<void> {
    const index = this.kept.length
    this.kept.push(undefined)
    const write = this.write(file, destination).then(() => {
      this.kept[index] = this.slim(file)
      this.pending.delete(write)
      done?.()
    })
    // Awaited in `finish` (or below); not "unhandled" meanwhile.
    write.catch(() => undefined)
    this.pending.add(write)
    if (this.pending.size >= overlap) await Promise.race(this.pending)
  }

  /** Resolves when every write has ended. */
  async settle(): Promise<void> {
    await Promise.all(this.pending)
    const folders = [...this.unsynced]
    this.unsynced.clear()
    await Promise.all(folders.map((folder) => syncFolder(folder)))
  }

  /** The report, and the exit code: 1 when a file failed (or, with `--frail`, warned). */
  async finish(color: boolean): Promise<{text: string; code: 0 | 1}> {
    await this.settle()
    const kept = this.kept as VFile[]
    const {options} = this
    const text = report(kept, {
      quiet: options.quiet,
      silent: options.silent,
      verbose: options.verbose,
      color: options.color ?? color,
      frail: options.frail,
      format: options.report
    })
    return {text, code: kept.some((file) => failed(file, options.frail)) ? 1 : 0}
  }

  private async write(file: VFile, destination: Destination): Promise<void> {
    const {cwd, stdout} = this.io
    if (failed(file, false)) return
    const value = String(file.value ?? '')
    if (destination === undefined) {
      if (this.io.closed.stdout) return
      await new Promise<void>((resolve) => {
        if (value === '') resolve()
        else stdout.write(value, () => resolve())
      })
      return
    }
    const real = realPath(destination)
    const shown = path.relative(cwd, destination) || destination
    if (this.inputs.has(real)) {
      fail(file, `Refusing to overwrite the input \`${shown}\``, 'overwrite-input')
      return
    }
    const other = this.taken.get(real)
    if (other !== undefined) {
      fail(
        file,
        `Not writing \`${shown}\`: \`${other}\` already wrote it in this run`,
        'output-collision'
      )
      return
    }
    this.taken.set(real, file.path || 'stdin')
    const folder = path.dirname(real)
    if (!this.cleaned.has(folder)) {
      this.cleaned.add(folder)
      for (const name of removeStaleTemporaries(folder)) {
        file.info(`Removed \`${name}\`, a temporary file left by an interrupted run`, {
          ruleId: 'stale-temporary',
          source
        })
      }
    }
    try {
      const result = await writeAtomic(destination, value, {syncFolder: false})
      this.unsynced.add(path.dirname(result.target))
      if (this.options.watch) {
        this.written.add(destination)
        this.written.add(result.target)
      }
      if (result.symlink) {
        file.info(
          `Wrote \`${path.relative(cwd, result.target) || result.target}\` through the symlink \`${shown}\``,
          {ruleId: 'followed-symlink', source}
        )
      }
    } catch (error) {
      fail(file, `Cannot write \`${shown}\``, 'cannot-write', error)
    }
  }

  /**
   * The file as the report sees it: path and messages only, their reasons
   * and places as text shared between files (a batch repeats the same
   * warnings), so what a batch keeps per file stays small.
   */
  private slim(file: VFile): VFile {
    const copy = new VFile({cwd: file.cwd})
    copy.history = [...file.history]
    copy.messages = this.dropInfo
      ? file.messages.filter((message) => message.fatal !== undefined)
      : file.messages
    for (const message of copy.messages) {
      message.reason = this.shared(message.reason)
      message.message = message.reason
      message.name = this.shared(message.name)
    }
    return copy
  }

  /** Texts kept for the report, each once. */
  private readonly texts = new Map<string, string>()

  private shared(text: string): string {
    const known = this.texts.get(text)
    if (known !== undefined) return known
    this.texts.set(text, text)
    return text
  }
}
