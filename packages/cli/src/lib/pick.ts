// The reader and writer plugins a run may need: `--from`'s reader or every
// reader (chosen per file), and `--to`'s writer (or the one `-o`'s extension
// names, or a custom writer module). Built-in formats are imported once the
// run knows which files it has (`importNeeded`); a custom writer now, to
// check it.
// Used by the main thread and by every `--jobs` worker.
import path from 'node:path'
import type {CliOptions} from './args.js'
import {UsageError} from './args.js'
import {findFormat, formatNames, guessFormat, readers, writers} from './formats.js'
import {isModulePath, lazyFormat, loadCustomWriter} from './load.js'
import {isFolder} from './output.js'
import type {LoadedFormat} from './processor.js'

export async function pickReaders(options: CliOptions): Promise<LoadedFormat[]> {
  if (options.from === undefined) return readers.map(lazyFormat)
  const format = findFormat(readers, options.from)
  if (!format) {
    throw new UsageError(`Unknown input format \`${options.from}\`; known: ${formatNames(readers)}`)
  }
  return [lazyFormat(format)]
}

export async function pickWriter(options: CliOptions, cwd: string): Promise<LoadedFormat> {
  const name = options.to
  if (name !== undefined && isModulePath(name)) return loadCustomWriter(name, cwd)
  const output = options.output
  if (name === undefined && output !== undefined && output !== '-') {
    const extname = path.extname(output)
    if (!isFolder(path.resolve(cwd, output), output) && !guessFormat(writers, extname)) {
      throw new UsageError(
        extname
          ? `Cannot guess the output format from \`${extname}\` (\`-o ${output}\`)`
          : `Cannot guess the output format: \`-o ${output}\` has no extension`,
        `Pass \`--to\` (${formatNames(writers)}), or a writer module: \`--to ./writer.js\`.`
      )
    }
  }
  const format =
    name === undefined
      ? (output && output !== '-' && guessFormat(writers, path.extname(output))) ||
        findFormat(writers, 'json')
      : findFormat(writers, name)
  if (!format) {
    throw new UsageError(
      `Unknown output format \`${name}\`; known: ${formatNames(writers)}, or a path to a writer module`
    )
  }
  return lazyFormat(format)
}
