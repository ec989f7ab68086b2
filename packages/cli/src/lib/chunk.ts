// One slice of a batch through unified-engine: the same engine options as a
// single run (engine.ts), over the given files only. Runs in this process
// (`--jobs 1`) or in a worker (worker.ts); either way the results are the
// engine's own files, messages included.
import path from 'node:path'
import {VFile} from 'vfile'
import type {CliOptions} from './args.js'
import {engineOptions, runEngine} from './engine.js'
import {importNeeded} from './load.js'
import type {Loaded} from './processor.js'

export interface ChunkSetup {
  options: CliOptions
  cwd: string
  loaded: Loaded
  /** Input formats named by `from` in the batch's config files. */
  from: string[]
}

/**
 * Converts `paths` (files found by `expandInputs`, in its order) and resolves
 * to the engine's files in the same order, each named as given: the engine
 * names a file by its path relative to `cwd`, which differs from the path
 * found only for absolute globs.
 */
export async function convertChunk(setup: ChunkSetup, paths: string[]): Promise<VFile[]> {
  const {options, cwd, loaded} = setup
  await importNeeded(loaded, paths, setup.from)
  // Files, not strings: a string is a glob to the engine, and a file found
  // as `a[1].txt` would be looked for as `a1.txt`.
  // Absolute: the engine makes them relative to `cwd` (node:path to the
  // process's own working folder).
  const files = paths.map((given) => new VFile({path: path.resolve(cwd, given), cwd}))
  await runEngine(engineOptions(options, cwd, loaded, files))
  for (const [index, file] of files.entries()) {
    const given = paths[index]!
    if (file.path !== given) rename(file, given)
  }
  return files
}

/** Names `file` `given` as if the engine had kept that path, messages included. */
function rename(file: VFile, given: string): void {
  const old = file.path
  file.history = [given]
  for (const message of file.messages) {
    if (message.file === old) message.file = given
  }
}
