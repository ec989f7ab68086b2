// Where each result goes, and writing it safely. unified-engine can write files
// too, but it writes in place (a crash leaves half a file) and will happily
// write over an input, so the CLI asks the engine for the results only.
import {randomBytes} from 'node:crypto'
import {existsSync, realpathSync, statSync} from 'node:fs'
import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {safeFileName} from '@liveblog/core'
import {UsageError} from './args.js'

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

/** One destination per input, in order. Throws `UsageError` for impossible asks. */
export function planDestinations(plan: PlanInput): Destination[] {
  const {inputs, output, extname, cwd} = plan
  if (output === undefined) {
    if (inputs.length > 1) {
      throw new UsageError(
        `Cannot write ${inputs.length} results to standard output; pass \`-o <folder>\``
      )
    }
    return inputs.map(() => undefined)
  }

  const target = path.resolve(cwd, output)
  const folder = isFolder(target, output, inputs.length)
  if (!folder) return [target]
  return inputs.map((input) => {
    const name =
      input === undefined ? 'stdin' : safeFileName(path.basename(input, path.extname(input)))
    return path.join(target, name + extname)
  })
}

function isFolder(target: string, given: string, count: number): boolean {
  if (existsSync(target)) {
    const folder = statSync(target).isDirectory()
    if (!folder && count > 1) {
      throw new UsageError(`Cannot write ${count} results to one file \`${given}\`; pass a folder`)
    }
    return folder
  }
  return count > 1 || given.endsWith('/') || given.endsWith(path.sep) || path.extname(given) === ''
}

/** The real path of a file, or its resolved path when it does not exist. */
export function realPath(file: string): string {
  try {
    return realpathSync(file)
  } catch {
    return path.resolve(file)
  }
}

/**
 * Writes `value` to `destination` through a temporary file in the same folder
 * and a rename, so readers of `destination` see the old file or the new one,
 * never half of one.
 */
export async function writeAtomic(destination: string, value: string): Promise<void> {
  const folder = path.dirname(destination)
  await mkdir(folder, {recursive: true})
  const temporary = path.join(
    folder,
    `.${path.basename(destination)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  )
  try {
    await writeFile(temporary, value)
    await rename(temporary, destination)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}
