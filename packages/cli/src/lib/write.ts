// Writing one output file atomically: a temporary file in the same folder,
// written, `fsync`ed and renamed over the destination, so a crash, a kill or
// a full disk leaves the old file or the new one, never part of one.
// (`write-file-atomic` does the same, but names its temporary files
// `NAME.<number>`, which the next run could not tell from a user's file; ours
// are `.NAME.<pid>.<hex>.tmp`, so stale ones can be found and removed.)
import {randomBytes} from 'node:crypto'
import {readdirSync, rmSync} from 'node:fs'
import {lstat, mkdir, open, readlink, realpath, rename, rm, stat} from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'
import {onExit} from 'signal-exit'

/** Temporary files being written now: removed if the process is interrupted. */
const pending = new Set<string>()
let hooked = false

/** What happened besides the write, for the report. */
export interface Written {
  /** The file written: `destination`, or where its symlink points. */
  target: string
  /** Set when `destination` was a symlink that was followed. */
  symlink?: string
}

export interface WriteOptions {
  /**
   * `false`: leave the `fsync` of the folder (which makes the rename
   * durable) to the caller, who writes many files into few folders and
   * syncs each folder once (`syncFolder`) when the batch is written.
   */
  syncFolder?: boolean
}

/**
 * Writes `value` to `destination` atomically. An existing file keeps its
 * mode; a symlink is followed (its target is replaced, the link kept).
 */
export async function writeAtomic(
  destination: string,
  value: string,
  options: WriteOptions = {}
): Promise<Written> {
  const {target, mode} = await inspect(destination)
  const folder = path.dirname(target)
  // An existing file's folder exists; a new one's may not.
  if (mode === undefined) await mkdir(folder, {recursive: true})
  const temporary = path.join(folder, temporaryName(path.basename(target)))
  hook()
  pending.add(temporary)
  try {
    const handle = await open(temporary, 'wx', mode ?? 0o666)
    try {
      await handle.writeFile(value)
      // `open` applies the umask; an overwritten file keeps its exact mode.
      if (mode !== undefined) await handle.chmod(mode)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, target)
    if (options.syncFolder !== false) await syncFolder(folder)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  } finally {
    pending.delete(temporary)
  }
  return target === destination ? {target} : {target, symlink: destination}
}

/** `.NAME.PID.HEX.tmp`: hidden, and naming the process that wrote it. */
function temporaryName(base: string): string {
  return `.${base}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
}

const temporaryPattern = /^\.(.+)\.(\d+)\.[\da-f]{8}\.tmp$/

/**
 * Removes temporary files of our naming in `folder` whose process is gone
 * (left by a run that was killed with SIGKILL or lost power). Returns their names.
 */
export function removeStaleTemporaries(folder: string): string[] {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    const match = temporaryPattern.exec(name)
    if (!match) continue
    const pid = Number(match[2])
    const file = path.join(folder, name)
    if (pending.has(file) || alive(pid)) continue
    rmSync(file, {force: true})
    removed.push(name)
  }
  return removed
}

function alive(pid: number): boolean {
  if (pid === process.pid) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Where writing `destination` goes (a symlink is followed, a dangling one
 * too) and the mode of the file there, if there is one: one `lstat` for the
 * usual case of a plain file or none.
 */
async function inspect(destination: string): Promise<{target: string; mode?: number}> {
  let stats: Awaited<ReturnType<typeof lstat>>
  try {
    stats = await lstat(destination)
  } catch {
    return {target: destination}
  }
  if (!stats.isSymbolicLink()) return {target: destination, mode: stats.mode & 0o7777}
  let target: string
  try {
    target = await realpath(destination)
  } catch {
    // A dangling link: write where it points.
    target = path.resolve(path.dirname(destination), await readlink(destination))
  }
  try {
    return {target, mode: (await stat(target)).mode & 0o7777}
  } catch {
    return {target}
  }
}

/** Makes the renames in `folder` durable; not every platform can open a folder. */
export async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // Best effort.
  }
}

/** On SIGINT, SIGTERM, SIGHUP or exit, remove what is half-written. */
function hook(): void {
  if (hooked) return
  hooked = true
  onExit(() => {
    for (const file of pending) rmSync(file, {force: true})
  })
}
