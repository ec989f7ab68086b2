// Where each result goes. unified-engine can write files too, but it writes
// in place (a crash leaves half a file) and will happily write over an input,
// so the CLI asks the engine for the results only and writes them itself
// (write.ts).
import {existsSync, realpathSync, statSync} from 'node:fs'
import path from 'node:path'
import {safeFileName} from '@liveblog/core'
import {UsageError} from './errors.js'

export {removeStaleTemporaries, writeAtomic} from './write.js'

/** `undefined` is standard output. */
export type Destination = string | undefined

export interface PlanInput {
  /** Input paths (relative to `cwd`), `undefined` for standard input. */
  inputs: Array<string | undefined>
  /** `-o` as given. */
  output: string | undefined
  /** Extension of the output format, with dot. */
  extname: string
  cwd: string
}

/**
 * One destination per input, in order:
 *
 * - no `-o`, or `-o -`: standard output (one input only);
 * - `-o DIR/` (trailing slash), an existing folder, or a new name without an
 *   extension: a folder, `DIR/NAME.EXT` for each input;
 * - any other path: that file (one input only).
 *
 * Throws `UsageError` for impossible asks, before anything is written.
 */
export function planDestinations(plan: PlanInput): Destination[] {
  const {inputs, output, extname, cwd} = plan
  if (output === undefined || output === '-') {
    if (inputs.length > 1) {
      throw new UsageError(
        `Cannot write ${inputs.length} results to standard output`,
        'Pass a folder: `-o out/`.'
      )
    }
    return inputs.map(() => undefined)
  }

  const target = path.resolve(cwd, output)
  if (!isFolder(target, output)) {
    if (inputs.length > 1) {
      throw new UsageError(
        `Cannot write ${inputs.length} results to one file \`${output}\``,
        `Pass a folder: \`-o ${withoutExtension(output)}/\`.`
      )
    }
    return [target]
  }
  if (existsSync(target) && !statSync(target).isDirectory()) {
    throw new UsageError(
      `Cannot write into \`${output}\`: it is a file, not a folder`,
      `Pass a folder (\`-o out/\`), or one input and \`-o ${output.replace(/[\\/]+$/, '')}\` to write that file.`
    )
  }
  return inputs.map((input) => {
    const name =
      input === undefined ? 'stdin' : safeFileName(path.basename(input, path.extname(input)))
    return path.join(target, name + extname)
  })
}

/**
 * The folder `-o` names, resolved through links, or `undefined` when it names
 * a file or standard output.
 */
export function outputFolder(output: string | undefined, cwd: string): string | undefined {
  if (output === undefined || output === '-') return undefined
  const target = path.resolve(cwd, output)
  return isFolder(target, output) ? realPath(target) : undefined
}

/** Whether `-o` names a folder (see `planDestinations`). */
export function isFolder(target: string, given: string): boolean {
  if (given.endsWith('/') || given.endsWith(path.sep)) return true
  if (existsSync(target)) return statSync(target).isDirectory()
  return path.extname(given) === ''
}

function withoutExtension(given: string): string {
  const extname = path.extname(given)
  return extname ? given.slice(0, -extname.length) : given
}

/**
 * The real path of a file, or its resolved path when it does not exist.
 * `realpathSync.native` is one `realpath(3)` call; the JS one `lstat`s every
 * folder of the path, which in a batch of thousands of files adds up.
 */
export function realPath(file: string): string {
  try {
    return realpathSync.native(file)
  } catch {
    return path.resolve(file)
  }
}
