// Folding a new copy of a live blog into an archive of earlier copies.
import {
  formatIso,
  isIsoDateTime,
  newestFirst,
  type Post,
  postId,
  type Root,
  type RootContent,
  withoutPositions
} from '@liveblog/core'
import {knownTime} from './evidence.js'
import {ArchiveIndex, Candidate} from './match.js'
import {contentKey} from './strip.js'

/** Options for `merge`. */
export interface MergeOptions {
  /**
   * When the copy was taken: a `Date` or an ISO 8601 date-time with offset
   * (`"2024-03-10T10:15:00-04:00"`). It becomes the `updated` time of posts
   * whose content changed and that print no update time of their own.
   * Default: the time `merge` runs.
   */
  seenAt?: Date | string
}

/** What a merge did, by post id (archive ids), in the copy's order. */
export interface MergeChanges {
  /** Posts that were not in the archive. */
  added: string[]
  /** Archived posts whose headline, byline, authors, content or times changed. */
  updated: string[]
  /** Archived posts the copy holds as they were. */
  unchanged: string[]
}

/** The result of `merge`. */
export interface MergeResult {
  /** The merged archive: a new tree (the inputs are not changed). */
  tree: Root
  changes: MergeChanges
  /**
   * The copy's page says it was updated before the archive's (`meta.updated`):
   * it only added posts and filled in missing times.
   */
  older: boolean
}

/**
 * Merges `copy`, a newer copy of a live blog, into `archive`, the tree of
 * the copies before it (`undefined` or an empty root for the first).
 *
 * - A copy's post is the archived post with the same normalised headline
 *   (`postKey`), unless their times (absolute: more than a minute apart;
 *   resolved from "N min ago": more than 45 minutes) or, without times,
 *   their opening paragraphs show a different post that reuses the
 *   headline. A post whose headline was reworded is the archived post with
 *   the same byline and nearly the same opening paragraph.
 * - An archived post keeps its id forever. A new post keeps the copy's id
 *   unless the archive has it, then gets the next free `-2`, `-3`, …
 * - Nothing is lost: archived posts the copy lacks stay where they were. New
 *   posts go next to their neighbours in the copy.
 * - The copy wins for headline, byline, authors and content. A printed
 *   absolute time wins over one resolved from a relative time; `published`
 *   never moves once absolute. `updated` is set when the content changed.
 * - Page-level nodes (meta, key points, notices, root media) come from the
 *   copy, kind by kind, where the copy has any of that kind.
 * - Nodes from the copy enter without positions (they would point into
 *   another file than the archive's other nodes).
 * - A copy whose page says it was updated before the archive's
 *   (`meta.updated`) is older: it only adds posts the archive lacks and
 *   fills in missing times; `older` says so.
 *
 * Merging the same copy twice changes nothing; the result depends only on
 * its inputs and `seenAt`. Linear in the number of posts, apart from posts
 * that share one headline. Never throws on a valid lbast `Root`.
 */
export function merge(
  archive: Root | undefined,
  copy: Root,
  options: MergeOptions = {}
): MergeResult {
  const seenAt = seenAtIso(options.seenAt)
  const older = isOlder(copy, archive)
  const archived = postsOf(archive)
  const incoming = postsOf(copy)

  const index = new ArchiveIndex()
  const archivedEntries = ages(archived).map(([post, age]) => new Candidate(post, age))
  for (const entry of archivedEntries) index.add(entry)
  const ids = new Set(archived.map((post) => post.id))

  const changes: MergeChanges = {added: [], updated: [], unchanged: []}
  /** Merged posts by the archived post they replace. */
  const replaced = new Map<Post, Post>()
  /** Per copy post: the archived one it is, or its new merged post. */
  const results = new Array<{archived?: Post; merged: Post}>(incoming.length)
  const status = new Array<'added' | 'updated' | 'unchanged'>(incoming.length)

  // Oldest first, so that posts sharing a headline pair up in age order.
  for (const [post, age] of oldestFirst(incoming)) {
    const position = age.index
    const entry = new Candidate(post, age.age)
    const match = index.match(entry)
    if (match) {
      const merged = mergePost(match, entry, seenAt, older)
      replaced.set(match.post, merged.post)
      results[position] = {archived: match.post, merged: merged.post}
      status[position] = merged.changed ? 'updated' : 'unchanged'
    } else {
      const fresh = withoutPositions(post)
      fresh.id = freeId(post, ids)
      ids.add(fresh.id)
      results[position] = {merged: fresh}
      status[position] = 'added'
    }
  }
  for (const [position, result] of results.entries())
    changes[status[position]!].push(result.merged.id)

  const times = new Map<Post, number>()
  for (const entry of archivedEntries) if (entry.time) times.set(entry.post, entry.time.instant)
  const posts = placePosts(archived, results, replaced, times, copy)
  const page = older
    ? pageNodes(copy, archive ?? {type: 'root', children: []})
    : pageNodes(archive, copy)
  const tree: Root = {type: 'root', children: [...page, ...posts]}
  if (copy.lbast ?? archive?.lbast) tree.lbast = (copy.lbast ?? archive?.lbast)!
  return {tree, changes, older}
}

function postsOf(tree: Root | undefined): Post[] {
  const posts: Post[] = []
  for (const node of tree?.children ?? []) if (node.type === 'post') posts.push(node)
  return posts
}

/** Each post with its age (0 = oldest) and its index, by the page's own direction. */
function ages(posts: Post[]): Array<[Post, number]> {
  const reverse = newestFirst(posts)
  return posts.map((post, index) => [post, reverse ? posts.length - 1 - index : index])
}

function oldestFirst(posts: Post[]): Array<[Post, {age: number; index: number}]> {
  const reverse = newestFirst(posts)
  const order: Array<[Post, {age: number; index: number}]> = []
  for (let age = 0; age < posts.length; age++) {
    const index = reverse ? posts.length - 1 - age : age
    order.push([posts[index]!, {age, index}])
  }
  return order
}

function freeId(post: Post, ids: Set<string>): string {
  if (post.id && !ids.has(post.id)) return post.id
  const base = postId(post)
  if (!ids.has(base)) return base
  let n = 2
  while (ids.has(`${base}-${n}`)) n++
  return `${base}-${n}`
}

/** The archived post, brought up to date by its newer copy. */
function mergePost(
  archived: Candidate,
  copy: Candidate,
  seenAt: string,
  older: boolean
): {post: Post; changed: boolean} {
  const old = archived.post
  // A copy older than the archive only fills in a time the archive lacks.
  if (older) {
    if (old.published !== undefined || copy.post.published === undefined) {
      return {post: old, changed: false}
    }
    const filled: Post = {...old, published: copy.post.published}
    setOrDelete(filled, 'dateline', copy.post.dateline ?? old.dateline)
    return {post: filled, changed: true}
  }
  const next = withoutPositions(copy.post)
  const merged: Post = {...next, id: old.id}

  // Times: a printed absolute time wins over a resolved relative one, and
  // stays once the archive has it.
  const oldTime = archived.time
  const newTime = copy.time
  const keepOld =
    oldTime !== undefined && (!oldTime.relative || newTime === undefined || newTime.relative)
  setOrDelete(merged, 'published', keepOld ? old.published : next.published)
  setOrDelete(merged, 'dateline', keepOld ? old.dateline : (next.dateline ?? old.dateline))

  const contentChanged =
    old.headline !== next.headline ||
    (old.byline ?? '') !== (next.byline ?? '') ||
    contentKey(old.authors) !== contentKey(next.authors) ||
    contentKey(old.children) !== contentKey(next.children)
  const updated = contentChanged
    ? (next.updated ?? inOffsetOf(seenAt, merged.published))
    : (next.updated ?? old.updated)
  setOrDelete(merged, 'updated', updated)

  const changed = contentChanged || contentKey(merged) !== contentKey(old)
  // Unchanged posts stay the very same object, so a second merge is a no-op.
  return changed ? {post: merged, changed} : {post: old, changed}
}

function setOrDelete(
  post: Post,
  field: 'published' | 'updated' | 'dateline',
  value: string | undefined
) {
  if (value === undefined) delete post[field]
  else post[field] = value
}

/**
 * The merged posts in page order: archived posts where they were, new ones
 * next to the post that follows them in the copy (or, at the copy's end, the
 * one before them). A copy with nothing in common with the archive goes on
 * top when it is newer (or its age is unknown), else at the bottom.
 */
function placePosts(
  archived: Post[],
  results: Array<{archived?: Post; merged: Post}>,
  replaced: Map<Post, Post>,
  times: Map<Post, number>,
  copy: Root
): Post[] {
  const before = new Map<Post, Post[]>()
  const after = new Map<Post, Post[]>()
  const loose: Post[] = []
  let pending: Post[] = []
  let previous: Post | undefined
  for (const result of results) {
    if (!result.archived) {
      pending.push(result.merged)
      continue
    }
    if (pending.length > 0) before.set(result.archived, pending)
    pending = []
    previous = result.archived
  }
  if (pending.length > 0) {
    if (previous) after.set(previous, pending)
    else loose.push(...pending)
  }

  // A copy with nothing in common with the archive: its dated posts go by
  // time among the archive's dated posts; the rest on top when the copy is
  // newer (or its age is unknown), else at the bottom.
  const undated: Post[] = []
  const dated: Array<[Post, number]> = []
  for (const post of loose) {
    const time = knownTime(post)
    if (time && times.size > 0) dated.push([post, time.instant])
    else undated.push(post)
  }
  const older = placeByTime(archived, times, dated, before)
  const placed: Post[] = []
  const onTop = undated.length > 0 && copyIsNewer(times, copy)
  if (onTop) for (const post of undated) placed.push(post)
  for (const post of archived) {
    for (const item of before.get(post) ?? []) placed.push(item)
    placed.push(replaced.get(post) ?? post)
    for (const item of after.get(post) ?? []) placed.push(item)
  }
  if (!onTop) for (const post of undated) placed.push(post)
  for (const post of older) placed.push(post)
  return placed
}

/**
 * Puts each dated post before the first archived post (newest first) dated
 * before it, and returns those older than every archived one (they go at
 * the bottom). One pass over the archive for all: linear after sorting.
 */
function placeByTime(
  archived: Post[],
  times: Map<Post, number>,
  dated: Array<[Post, number]>,
  before: Map<Post, Post[]>
): Post[] {
  // Newest first, as the archive runs; stable for equal times.
  const queue = dated
    .map(([post, instant], order) => ({post, instant, order}))
    .sort((a, b) => b.instant - a.instant || a.order - b.order)
  let next = 0
  for (const post of archived) {
    const time = times.get(post)
    if (time === undefined) continue
    while (next < queue.length && queue[next]!.instant > time)
      push(before, post, queue[next++]!.post)
  }
  return queue.slice(next).map((item) => item.post)
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function copyIsNewer(times: Map<Post, number>, copy: Root): boolean {
  let archiveLatest = Number.NEGATIVE_INFINITY
  for (const time of times.values()) if (time > archiveLatest) archiveLatest = time
  let copyLatest = Number.NEGATIVE_INFINITY
  for (const post of postsOf(copy)) {
    const time = knownTime(post)
    if (time && time.instant > copyLatest) copyLatest = time.instant
  }
  return copyLatest === Number.NEGATIVE_INFINITY || copyLatest >= archiveLatest
}

/** The order page-level nodes stand in on a page: meta first (docs/ast.md). */
const PAGE_ORDER: Record<string, number> = {meta: 0, media: 1, summary: 2, notice: 3}

/** Page-level nodes, kind by kind from the copy where it has that kind. */
function pageNodes(archive: Root | undefined, copy: Root): RootContent[] {
  const kinds = new Set<string>()
  for (const node of copy.children) if (node.type !== 'post') kinds.add(node.type)
  const nodes: RootContent[] = []
  for (const node of archive?.children ?? []) {
    if (node.type !== 'post' && !kinds.has(node.type)) nodes.push(node)
  }
  for (const node of copy.children) if (node.type !== 'post') nodes.push(withoutPositions(node))
  // Stable: nodes of one kind keep their order.
  return nodes.sort((a, b) => (PAGE_ORDER[a.type] ?? 4) - (PAGE_ORDER[b.type] ?? 4))
}

/** Whether the copy's page was updated before the archive's, by `meta.updated`. */
function isOlder(copy: Root, archive: Root | undefined): boolean {
  const updated = (tree: Root | undefined) => {
    const meta = tree?.children.find((node) => node.type === 'meta')
    const value = meta && typeof meta.updated === 'string' ? Date.parse(meta.updated) : Number.NaN
    return value
  }
  const copyUpdated = updated(copy)
  const archiveUpdated = updated(archive)
  return !Number.isNaN(copyUpdated) && !Number.isNaN(archiveUpdated) && copyUpdated < archiveUpdated
}

/** `iso` (an instant) written with the offset `reference` has (`-05:00`), else as is. */
function inOffsetOf(iso: string, reference: string | undefined): string {
  const offset = reference ? /([+-])(\d{2}):(\d{2})$/.exec(reference) : null
  if (!offset) return iso
  const minutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]))
  const local = new Date(Date.parse(iso) + minutes * 60_000).toISOString().slice(0, 19)
  return `${local}${offset[0]}`
}

function seenAtIso(value: Date | string | undefined): string {
  if (typeof value === 'string') {
    if (!isIsoDateTime(value))
      throw new TypeError(
        `Expected \`seenAt\` to be an ISO 8601 date-time with offset, not \`${value}\``
      )
    return value
  }
  if (value !== undefined && !(value instanceof Date)) {
    throw new TypeError(
      `Expected \`seenAt\` to be a Date or an ISO 8601 string, not ${typeof value}`
    )
  }
  const date = value ?? new Date()
  if (Number.isNaN(date.getTime())) throw new TypeError('Expected `seenAt` to be a valid Date')
  return formatIso(date, 'UTC')
}
