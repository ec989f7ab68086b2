// `--archive FILE`: follow a live blog across copies. The archive is lbast
// JSON; each run reads it (under a lock, so two runs never interleave),
// merges this run's trees into it in input order with @liveblog/merge, and
// writes it back atomically before any output is written.
import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {Root} from '@liveblog/core'
import {type MergeChanges, merge} from '@liveblog/merge'
import {fromJson} from '@liveblog/reader-json'
import {toJson} from '@liveblog/writer-json'
import lockfile from 'proper-lockfile'
import {VFile} from 'vfile'
import {ArchiveError} from './errors.js'
import {realPath, writeAtomic} from './output.js'

/** An archive opened for this run: its tree, and the lock until `close`. */
export interface OpenArchive {
  path: string
  /** As shown in messages: relative to the working folder. */
  shown: string
  /** `undefined` when the file does not exist yet (it is created). */
  tree: Root | undefined
  /** The bytes read, to skip writing when nothing changed. */
  text: string | undefined
  release: () => Promise<void>
  /** Set when another run took the lock over. */
  lock: {lost: boolean}
}

/**
 * Opens (and locks) the archive at `file`. Throws `ArchiveError` when it is
 * locked by another run, unreadable, not valid lbast JSON (with line and
 * column), or written by a newer lbast version than this one reads.
 */
export async function openArchive(file: string, cwd: string): Promise<OpenArchive> {
  const given = path.resolve(cwd, file)
  // One lock per real file, whatever link or path names it.
  const target = realPath(given)
  const shown = path.relative(cwd, given) || given
  if (!existsSync(path.dirname(target))) {
    throw new ArchiveError(
      `Cannot create archive \`${shown}\`: its folder \`${path.relative(cwd, path.dirname(given)) || '.'}\` does not exist`
    )
  }
  const lock = {lost: false}
  let unlock: () => Promise<void>
  try {
    unlock = await lockfile.lock(target, {
      realpath: false,
      retries: 0,
      stale: 10_000,
      // Another run took the lock over (this one stalled past `stale`): it
      // must not write what it merged, checked before writing.
      onCompromised: () => {
        lock.lost = true
      }
    })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ELOCKED') {
      throw new ArchiveError(
        `Archive \`${shown}\` is in use by another liveblog run (lock \`${shown}.lock\`); try again when it ends`
      )
    }
    throw new ArchiveError(`Cannot lock archive \`${shown}\`: ${reason(error)}`)
  }
  const release = async () => {
    try {
      await unlock()
    } catch {
      // Already released or taken over: nothing of ours to remove.
    }
  }

  try {
    let text: string | undefined
    try {
      text = await readFile(target, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new ArchiveError(`Cannot read archive \`${shown}\`: ${reason(error)}`)
      }
    }
    // An empty file is an empty archive (`touch blog.json` is a fine start).
    const tree = text === undefined || text.trim() === '' ? undefined : parseArchive(text, shown)
    return {path: target, shown, tree, text, release, lock}
  } catch (error) {
    await release()
    throw error
  }
}

function parseArchive(text: string, shown: string): Root {
  const file = new VFile({path: shown, value: text})
  const tree = fromJson(file)
  // reader-json refuses trees of a newer major version, with where it says so.
  const problem = file.messages.find((message) => message.fatal === true)
  if (problem) {
    const place = problem.place && 'start' in problem.place ? problem.place.start : problem.place
    const at = place ? `:${place.line}:${place.column}` : ''
    throw new ArchiveError(`Cannot use archive \`${shown}${at}\`: ${problem.reason}`)
  }
  return tree
}

/** What merging this run's trees into the archive gave. */
export interface ArchiveResult {
  tree: Root
  /** Summed over this run's inputs; an id counts once, under its first change. */
  changes: MergeChanges
  /** Whether the archive's bytes changed (it was then written). */
  written: boolean
}

/**
 * Merges `copies` into the archive in order, writes it atomically when its
 * bytes change, and returns the merged tree and the changes.
 */
export async function updateArchive(
  archive: OpenArchive,
  copies: Array<{tree: Root; seenAt: Date; onOlder?: () => void}>
): Promise<ArchiveResult> {
  let tree = archive.tree
  const added = new Set<string>()
  const updated = new Set<string>()
  const unchanged = new Set<string>()
  for (const copy of copies) {
    const result = merge(tree, copy.tree, {seenAt: copy.seenAt})
    if (result.older) copy.onOlder?.()
    tree = result.tree
    for (const id of result.changes.added) added.add(id)
    for (const id of result.changes.updated) if (!added.has(id)) updated.add(id)
    for (const id of result.changes.unchanged) {
      if (!added.has(id) && !updated.has(id)) unchanged.add(id)
    }
  }
  for (const id of updated) unchanged.delete(id)
  const merged = tree ?? {type: 'root', children: []}
  const text = toJson(merged, {space: 2, positions: false})
  const written = text !== archive.text
  if (written) {
    await checkUnchanged(archive)
    await writeAtomic(archive.path, text)
  }
  return {
    tree: merged,
    changes: {added: [...added], updated: [...updated], unchanged: [...unchanged]},
    written
  }
}

/**
 * Refuses to write when the archive is no longer this run's: its lock was
 * taken over, or its bytes changed since they were read.
 */
async function checkUnchanged(archive: OpenArchive): Promise<void> {
  let now: string | undefined
  try {
    now = await readFile(archive.path, 'utf8')
  } catch {
    now = undefined
  }
  if (archive.lock.lost || now !== archive.text) {
    throw new ArchiveError(
      `Archive \`${archive.shown}\` was changed by another run while this one worked; nothing written, run again`
    )
  }
}

/** The tree with only the posts whose ids are in `ids` (for `--only-new`). */
export function onlyPosts(tree: Root, ids: readonly string[]): Root {
  const keep = new Set(ids)
  return {
    ...tree,
    children: tree.children.filter((node) => node.type !== 'post' || keep.has(node.id))
  }
}

/** `3 new, 1 updated, 17 unchanged`. */
export function summary(changes: MergeChanges): string {
  return `${changes.added.length} new, ${changes.updated.length} updated, ${changes.unchanged.length} unchanged`
}

function reason(error: unknown): string {
  const value = error as NodeJS.ErrnoException
  if (value?.code === 'EACCES') return 'permission denied'
  if (value?.code === 'EISDIR') return 'it is a folder'
  return value instanceof Error ? value.message : String(value)
}
