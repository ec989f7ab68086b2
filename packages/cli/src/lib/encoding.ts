// Input encodings for the CLI. unified-engine reads files and standard input
// as UTF-8, which turns every byte of a Windows-1252 page (`CNN\x92s`) into
// U+FFFD for good. So standard input is handed to the engine as Latin-1 (one
// character per byte, nothing lost), and a file that read with U+FFFD in it,
// or any file when `--encoding` is given, is read again as bytes; either way
// `decodeFile` from @liveblog/core decodes the bytes: as `--encoding` says,
// else UTF-8 when valid, else the detected encoding with an info message.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {PassThrough, type Readable} from 'node:stream'
import {decodeFile, isEncoding} from '@liveblog/core'
import type {VFile} from 'vfile'
import {UsageError} from './args.js'
import {fail, source} from './messages.js'

/** Throws a `UsageError` for an `--encoding` no decoder knows. */
export function checkEncoding(label: unknown): void {
  if (label !== undefined && (typeof label !== 'string' || !isEncoding(label))) {
    throw new UsageError(
      `Unknown encoding \`${String(label)}\` for \`--encoding\`; try utf-8, windows-1252, iso-8859-15, utf-16le, shift_jis`
    )
  }
}

/** Standard input as Latin-1 text: each byte one character, to be decoded by `decodeInput`. */
export function bytesAsText(stream: Readable): Readable {
  const through = new PassThrough()
  through.setEncoding('latin1')
  stream.on('error', (error) => through.destroy(error))
  return stream.pipe(through)
}

/**
 * Gives `file` its text decoded from its bytes (see above), before a reader
 * reads it. A file whose bytes cannot be had again keeps the text it has.
 * An unknown `encoding` (from a config file) fails the file.
 */
export function decodeInput(file: VFile, encoding: unknown): void {
  if (typeof file.value !== 'string') return
  const label = typeof encoding === 'string' ? encoding : undefined
  if (label !== undefined && !isEncoding(label)) {
    fail(file, `Unknown encoding \`${label}\``, 'unknown-encoding')
    return
  }
  if (file.data.unifiedEngineStreamIn) {
    file.value = Buffer.from(file.value, 'latin1')
  } else if (file.path && (label !== undefined || file.value.includes('\uFFFD'))) {
    try {
      file.value = readFileSync(path.resolve(file.cwd, file.path))
    } catch {
      return
    }
  } else return
  decodeFile(file, {encoding: label, source})
}
