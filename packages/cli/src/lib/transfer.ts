// A converted file as it crosses from a worker to the main thread: its path,
// output and messages as plain data (structured clone keeps no classes), and
// back into a `VFile` with `VFileMessage`s equal field by field to the ones
// the worker made. A message's cause (an error, maybe with causes of its own)
// keeps its name, message, stack and code; a `UsageError` stays one, so
// config mistakes are explained as in this process (config.ts).
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {UsageError} from './errors.js'

export interface FileRecord {
  history: string[]
  cwd: string
  /** The output; left out for a failed file, which is not written. */
  value?: string
  messages: MessageRecord[]
}

type MessageRecord = Record<string, unknown> & {cause?: ErrorRecord}

interface ErrorRecord {
  name: string
  message: string
  stack?: string
  code?: unknown
  hint?: string
  cause?: ErrorRecord | undefined
}

export function toRecord(file: VFile, withValue: boolean): FileRecord {
  const record: FileRecord = {
    history: [...file.history],
    cwd: file.cwd,
    messages: file.messages.map((message) => {
      const {cause, ...fields} = message as unknown as Record<string, unknown>
      return cause === undefined ? fields : {...fields, cause: errorRecord(cause, 0)}
    })
  }
  if (withValue && file.value !== undefined) record.value = String(file.value)
  return record
}

export function fromRecord(record: FileRecord): VFile {
  const file = new VFile({cwd: record.cwd})
  file.history = record.history
  if (record.value !== undefined) file.value = record.value
  for (const fields of record.messages) {
    const {cause, ...rest} = fields
    const message = new VFileMessage(String(rest.reason), {
      cause: cause === undefined ? undefined : errorFrom(cause)
    })
    Object.assign(message, rest)
    file.messages.push(message)
  }
  return file
}

function errorRecord(value: unknown, depth: number): ErrorRecord | undefined {
  if (value === undefined || value === null || depth > 10) return undefined
  if (!(value instanceof Error)) return {name: 'Error', message: String(value)}
  const record: ErrorRecord = {name: value.name, message: value.message, stack: value.stack}
  const code = (value as {code?: unknown}).code
  if (code !== undefined) record.code = code
  if (value instanceof UsageError) record.hint = value.hint
  const cause = errorRecord(value.cause, depth + 1)
  if (cause) record.cause = cause
  return record
}

function errorFrom(record: ErrorRecord): Error {
  const error =
    record.name === 'UsageError' && record.hint !== undefined
      ? new UsageError(record.message, record.hint)
      : new Error(record.message)
  error.name = record.name
  if (record.stack !== undefined) error.stack = record.stack
  if (record.code !== undefined) (error as {code?: unknown}).code = record.code
  if (record.cause) error.cause = errorFrom(record.cause)
  return error
}
