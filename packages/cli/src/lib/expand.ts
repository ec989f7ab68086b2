// The files a run converts, found before any is read: paths, folders (by
// extension) and globs, with `.liveblogignore` files, exactly as
// unified-engine finds them. The engine keeps every file of a run in memory
// until the end, so batches are converted a slice at a time (batch.ts), and
// for that the whole list is needed first. The engine exports no finder, so
// its own `finder` and `Ignore` are imported from its files: same code, same
// order (sorted by path), same messages for missing and ignored files.
import {createRequire} from 'node:module'
import {pathToFileURL} from 'node:url'
import type {VFile} from 'vfile'

/** What unified-engine's finder is given (its `lib/finder.js`). */
interface FinderOptions {
  cwd: string
  extensions: string[]
  ignore: unknown
  ignorePatterns: string[]
  silentlyIgnore: boolean
}

type Finder = (
  input: string[],
  options: FinderOptions,
  callback: (error?: Error, result?: {files: VFile[]; oneFileMode: boolean}) => void
) => void

type IgnoreClass = new (options: {
  cwd: string
  detectIgnore: boolean
  ignoreName?: string
  ignorePath?: string
  ignorePathResolveFrom: 'cwd' | 'dir'
}) => unknown

export interface ExpandOptions {
  /** Paths, folders and globs as given. */
  files: string[]
  cwd: string
  /** Extensions (with or without dot) of files to take from folders. */
  extensions: string[]
  /** `.liveblogignore`. */
  ignoreName: string
  /** `--ignore-path`. */
  ignorePath?: string
  /** Patterns (gitignore syntax) of files never taken as inputs. */
  ignorePatterns: string[]
}

let internals: Promise<{finder: Finder; Ignore: IgnoreClass}> | undefined

function load(): Promise<{finder: Finder; Ignore: IgnoreClass}> {
  internals ??= (async () => {
    const entry = pathToFileURL(createRequire(import.meta.url).resolve('unified-engine'))
    const finder = (await import(new URL('lib/finder.js', entry).href)) as {finder: Finder}
    const ignore = (await import(new URL('lib/ignore.js', entry).href)) as {Ignore: IgnoreClass}
    return {finder: finder.finder, Ignore: ignore.Ignore}
  })()
  return internals
}

/**
 * The files a run of unified-engine over `options.files` would process, in
 * its order; each marked `unifiedEngineGiven`. Missing and ignored files are
 * in the list with the engine's fatal message. A file named twice is listed
 * once (as the engine's file set keeps it).
 */
export async function expandInputs(options: ExpandOptions): Promise<VFile[]> {
  const {finder, Ignore} = await load()
  const found = await new Promise<VFile[]>((resolve, reject) => {
    finder(
      options.files,
      {
        cwd: options.cwd,
        extensions: options.extensions.map((value) =>
          value.startsWith('.') ? value : `.${value}`
        ),
        ignore: new Ignore({
          cwd: options.cwd,
          detectIgnore: true,
          ignoreName: options.ignoreName,
          ignorePath: options.ignorePath,
          ignorePathResolveFrom: 'dir'
        }),
        ignorePatterns: options.ignorePatterns,
        silentlyIgnore: false
      },
      (error, result) => {
        if (result) resolve(result.files)
        else reject(error)
      }
    )
  })
  // As the engine's `file-system` step: sorted by path, then marked given;
  // and as its file set: the first of two files with the same origin.
  found.sort((left, right) => (left.path < right.path ? -1 : 1))
  const seen = new Set<string>()
  const files: VFile[] = []
  for (const file of found) {
    const origin = file.history[0] ?? ''
    if (seen.has(origin)) continue
    seen.add(origin)
    file.data.unifiedEngineGiven = true
    files.push(file)
  }
  return files
}
