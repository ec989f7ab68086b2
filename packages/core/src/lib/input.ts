// What readers accept: what `VFile` accepts (a string, bytes, a file), checked
// at the door so that a wrong argument is a clear `TypeError`, not an empty
// tree or a crash deep inside. Bytes are decoded here: UTF-8 when they are
// valid UTF-8 (checked as RFC 3629 says, decoded by the WHATWG decoder), else
// as the encoding `chardet` detects (Windows-1252 for `CNN\x92s`), decoded by
// `iconv-lite` (Node's own decoder reads Windows-1252 as Latin-1), with a
// message saying so. Bytes are never replaced by U+FFFD without a message.
import chardet from 'chardet'
import iconv from 'iconv-lite'
import {VFile} from 'vfile'

declare module 'vfile' {
  interface DataMap {
    /** The encoding the file's bytes were decoded with (a WHATWG label, lower case). */
    encoding: string
  }
}

/** What every reader accepts: text, its bytes, or a file holding either. */
export type ReaderInput = string | Uint8Array | VFile

export interface ToVFileOptions {
  /** Name of the parameter in the `TypeError` for a wrong argument; default `value`. */
  name?: string
  /** `source` of the messages (the reader's package name). */
  source: string
  /** Encoding of bytes (a WHATWG label such as `windows-1252`); detected when missing. */
  encoding?: string
}

export interface DecodeOptions {
  /** `source` of the messages. */
  source: string
  /** Encoding of the bytes (a WHATWG label); detected when missing. */
  encoding?: string
}

/** Bytes around the first invalid UTF-8 sequence that `chardet` reads. */
const SAMPLE = 64 * 1024
/** A detection less sure than this (percent) is not trusted: the bytes are read as UTF-8, with a warning. */
const MIN_CONFIDENCE = 10

/**
 * A reader's input as a `VFile` whose `value` is a string. Strings and bytes
 * get a new file; a given file is used (and its bytes decoded in place), so
 * messages go where the caller looks for them.
 *
 * Throws a `TypeError` naming the parameter for anything else (a number, a
 * parsed JSON object, `undefined`), and a `RangeError` for an unknown
 * `encoding` label.
 */
export function toVFile(value: unknown, options: ToVFileOptions): VFile {
  const name = options.name ?? 'value'
  let file: VFile
  if (typeof value === 'string' || value instanceof Uint8Array) file = new VFile(value)
  else if (isVFile(value)) {
    file = value
    const inner: unknown = file.value
    if (inner === undefined || inner === null) file.value = ''
    else if (typeof inner !== 'string' && !(inner instanceof Uint8Array)) {
      throw new TypeError(
        `Expected \`${name}.value\` to be a string or a Uint8Array, not ${kindOf(inner)}`
      )
    }
  } else {
    throw new TypeError(
      `Expected \`${name}\` to be a string, a Uint8Array (Buffer) or a VFile, not ${kindOf(value)}`
    )
  }
  return decodeFile(file, options)
}

/**
 * Decodes a file whose `value` is bytes into a string, in place; a string
 * value is left alone. With `encoding`, the bytes are read as that encoding
 * (invalid sequences become U+FFFD with a warning). Without it:
 *
 * - a byte order mark picks UTF-8 or UTF-16 (info `encoding-bom` for UTF-16);
 * - valid UTF-8 is read as UTF-8, silently;
 * - otherwise `chardet` detects the encoding and the bytes are read as that,
 *   with an info message `encoding-detected` at the first byte that is not
 *   UTF-8; when nothing better than UTF-8 is detected, invalid bytes become
 *   U+FFFD with a warning `invalid-utf8`.
 *
 * Sets `file.data.encoding`. Throws a `RangeError` for an unknown `encoding`.
 */
export function decodeFile(file: VFile, options: DecodeOptions): VFile {
  const bytes: unknown = file.value
  if (!(bytes instanceof Uint8Array)) return file
  const {source} = options

  if (options.encoding !== undefined) {
    if (!isEncoding(options.encoding))
      throw new RangeError(`Unknown encoding \`${options.encoding}\``)
    decodeAs(file, bytes, options.encoding, source)
    return file
  }

  const bom = byteOrderMark(bytes)
  if (bom === 'utf-16le' || bom === 'utf-16be') {
    decodeAs(file, bytes, bom, source)
    file.info(`Read as ${bom.toUpperCase()} (byte order mark)`, {
      place: {line: 1, column: 1},
      ruleId: 'encoding-bom',
      source
    })
    return file
  }

  const scan = scanUtf8(bytes)
  const bad = scan.firstInvalid
  if (scan.invalid === 0) {
    // \`ignoreBOM\` keeps a UTF-8 byte order mark, as reading a string does, so
    // that readers see the same text either way.
    file.value = new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes)
    file.data.encoding = 'utf-8'
    return file
  }

  // Mostly valid UTF-8 with a few broken bytes is UTF-8, damaged: reading it
  // as a legacy encoding would garble every valid character.
  const sample = bytes.subarray(Math.max(0, bad - SAMPLE / 2), bad + SAMPLE / 2)
  const [best] = scan.multiByte >= scan.invalid ? [] : chardet.analyse(sample)
  const label =
    best && best.confidence >= MIN_CONFIDENCE && isEncoding(best.name)
      ? best.name.toLowerCase()
      : 'utf-8'
  if (label === 'utf-8' || label === 'ascii') {
    decodeAs(file, bytes, 'utf-8', source)
    return file
  }
  const before = new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes.subarray(0, bad))
  const at = placeOf(before, before.length)
  decodeAs(file, bytes, label, source)
  file.info(
    `Read as ${label} (detected, ${best!.confidence}% sure): the text is not valid UTF-8; pass an encoding (\`--encoding\`) if this is wrong`,
    {place: at, ruleId: 'encoding-detected', source}
  )
  return file
}

/**
 * Whether `label` names an encoding `decodeFile` can read (`utf-8`,
 * `windows-1252`, `iso-8859-1`, `shift_jis`, …; WHATWG and IANA names,
 * case-insensitive; the list is iconv-lite's).
 */
export function isEncoding(label: string): boolean {
  return typeof label === 'string' && iconv.encodingExists(label)
}

/**
 * Decodes `bytes` as `label` into \`file.value\`, and warns (\`invalid-encoding\`)
 * at the first sequence that had to be replaced by U+FFFD.
 */
function decodeAs(file: VFile, bytes: Uint8Array, label: string, source: string): void {
  const utf8 = iconv.getCodec(label).encodingName === 'utf8'
  const text = utf8
    ? new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes)
    : iconv.decode(bytes, label, {stripBOM: false})
  file.value = text
  file.data.encoding = utf8 ? 'utf-8' : label.toLowerCase()

  let index: number
  if (utf8) {
    const bad = scanUtf8(bytes).firstInvalid
    if (bad === bytes.length) return
    index = new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes.subarray(0, bad)).length
  } else {
    // No legacy encoding can spell U+FFFD: any there is a replacement.
    index = text.indexOf('\uFFFD')
    if (index === -1) return
  }
  const place = placeOf(text, index)
  file.message(
    `Invalid ${file.data.encoding.toUpperCase()}: bytes replaced by U+FFFD; pass the right encoding (\`--encoding\`)`,
    {place, ruleId: 'invalid-encoding', source}
  )
}

function byteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  return undefined
}

interface Utf8Scan {
  /** Index of the first byte that does not start a valid sequence; the length when none. */
  firstInvalid: number
  /** Bytes that start no valid sequence. */
  invalid: number
  /** Valid sequences of two to four bytes. */
  multiByte: number
}

/** Reads `bytes` as UTF-8 (RFC 3629 §4) without decoding them: one pass. */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = {firstInvalid: bytes.length, invalid: 0, multiByte: 0}
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]!
    if (byte < 0x80) {
      index++
      continue
    }
    const length = sequenceLength(bytes, index)
    if (length === 0) {
      if (scan.invalid === 0) scan.firstInvalid = index
      scan.invalid++
      index++
    } else {
      scan.multiByte++
      index += length
    }
  }
  return scan
}

/** Length of the valid multi-byte sequence at `index`, or 0. */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const byte = bytes[index]!
  let length: number
  let min = 0x80
  let max = 0xbf
  if (byte >= 0xc2 && byte <= 0xdf) length = 2
  else if (byte >= 0xe0 && byte <= 0xef) {
    length = 3
    if (byte === 0xe0) min = 0xa0
    if (byte === 0xed) max = 0x9f
  } else if (byte >= 0xf0 && byte <= 0xf4) {
    length = 4
    if (byte === 0xf0) min = 0x90
    if (byte === 0xf4) max = 0x8f
  } else return 0
  for (let next = 1; next < length; next++) {
    const continuation = bytes[index + next]
    const low = next === 1 ? min : 0x80
    const high = next === 1 ? max : 0xbf
    if (continuation === undefined || continuation < low || continuation > high) return 0
  }
  return length
}

function placeOf(text: string, index: number): {line: number; column: number} {
  let line = 1
  let start = 0
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) {
    line++
    start = at + 1
  }
  return {line, column: Math.max(index, 0) - start + 1}
}

function isVFile(value: unknown): value is VFile {
  if (value instanceof VFile) return true
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as VFile).messages) &&
    typeof (value as VFile).message === 'function' &&
    'value' in value
  )
}

function kindOf(value: unknown): string {
  if (value === null) return '`null`'
  if (value === undefined) return '`undefined`'
  if (Array.isArray(value)) return 'an array'
  if (value instanceof ArrayBuffer) return 'an ArrayBuffer (wrap it in a Uint8Array)'
  const type = typeof value
  if (type === 'object') return 'an object'
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`
}

/**
 * Warns (`empty-input`, at 1:1) when `text` holds nothing but white space:
 * a reader then returns an empty tree, and an empty tree with no message would
 * be a silent success (an empty pipe, a truncated download, a wrong file).
 * Returns whether it warned.
 */
export function warnEmptyInput(text: string, file: VFile, source: string): boolean {
  if (/\S/.test(text)) return false
  file.message(
    text.length === 0
      ? 'The input is empty: there is no live blog to read'
      : 'The input holds only white space: there is no live blog to read',
    {place: {line: 1, column: 1, offset: 0}, ruleId: 'empty-input', source}
  )
  return true
}
