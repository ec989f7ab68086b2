// `../shared` beside the repository: the real seed page, the fictional corpus
// and the scorer, with gold annotations. Never copied into the repository.
// Tests that need it skip with the reason ("needs ../shared/seed") where it
// is absent, and fail in CI, where it is always beside the clone.
import {existsSync, readdirSync} from 'node:fs'
import {basename} from 'node:path'
import {fileURLToPath} from 'node:url'
import {it, type TestContext} from 'vitest'

/**
 * The `../shared/` folder, with a trailing slash; `LIVEBLOG_SHARED=/elsewhere`
 * points elsewhere (`LIVEBLOG_SHARED=/none npm test` shows what skips without it).
 */
export const shared = process.env.LIVEBLOG_SHARED
  ? `${process.env.LIVEBLOG_SHARED.replace(/\/+$/, '')}/`
  : fileURLToPath(new URL('../../../shared/', import.meta.url))

/** Whether CI is running the tests (`CI=true`, as CI services set it). */
export const inCi = process.env.CI === 'true' || process.env.CI === '1'

/** The absolute path of `../shared/<path>`. */
export function sharedPath(path: string): string {
  return `${shared}${path}`
}

/** The `.txt` pages in `../shared/<folder>/`, sorted; `[]` when it is absent. */
export function sharedTexts(folder: 'seed' | 'corpus'): string[] {
  const dir = sharedPath(`${folder}/`)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => `${dir}${name}`)
}

/** The reason a test gives when `../shared/<path>` is missing. */
export function needs(path: string): string {
  return `needs ../shared/${path}`
}

/**
 * Skips the running test with the reason `needs ../shared/<path>` when one of
 * `paths` (relative to `../shared/`) is missing; in CI, fails it instead.
 */
export function requireShared(context: TestContext, ...paths: string[]): void {
  const missing = paths.find((path) => !existsSync(sharedPath(path)))
  if (missing === undefined) return
  const reason = needs(missing.replace(/\/$/, ''))
  if (inCi) throw new Error(`${reason}, which CI always has beside the clone`)
  context.skip(reason)
}

/**
 * When `../shared/<folder>/` holds no page, registers one test named `name`
 * that skips with the reason (or fails in CI), so that tests registered per
 * page show as skipped rather than vanish. Returns the pages.
 */
export function sharedTextsOrSkip(folder: 'seed' | 'corpus', name: string): string[] {
  const paths = sharedTexts(folder)
  if (paths.length === 0) {
    it(name, (context) => {
      requireShared(context, `${folder}/`)
      throw new Error(`${needs(`${folder}/*.txt`)}: the folder has no page`)
    })
  }
  return paths
}

/** One test per page of `../shared/<folder>/` (`%s` in `name`: the file name), or one skipped test when there are none. */
export function eachSharedText(
  folder: 'seed' | 'corpus',
  name: string,
  test: (path: string) => void | Promise<void>
): void {
  const paths = sharedTextsOrSkip(folder, name.replace('%s', `../shared/${folder}/*.txt`))
  for (const path of paths) it(name.replace('%s', basename(path)), () => test(path))
}
