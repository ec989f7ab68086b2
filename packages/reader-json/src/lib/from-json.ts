import {
  bidiControlReason,
  findBidiControls,
  LBAST_VERSION,
  MAX_DEPTH,
  type ReaderInput,
  type Root,
  toVFile,
  validate
} from '@liveblog/core'
import type {VFile} from 'vfile'
import {tooDeepAt} from './nesting-depth.js'
import {type Locator, parseJson} from './parse.js'
import {createReport, type Report, rangeOf, source} from './report.js'
import {describeSyntaxError} from './syntax-error.js'
import {checkVersion, readerMajor} from './version.js'

// Each node level is two JSON levels (the node and its `children` array), and
// the deepest node may hold an array of records (`authors`): room for every
// tree the validator accepts (`MAX_DEPTH` nodes deep), and no more.
const defaultMaxDepth = 2 * MAX_DEPTH + 4

export interface FromJsonOptions {
  /**
   * Deepest nesting of arrays and objects accepted (default: 2004, room for
   * the deepest tree the validator accepts; a real tree needs a few dozen).
   * Deeper texts are refused rather than risk the stack.
   */
  maxDepth?: number
}

declare module 'vfile' {
  interface DataMap {
    /** The `lbast` version the JSON was written with, when it says. */
    lbast: string
  }
}

/**
 * Read lbast JSON (as `toJson` writes it) into a validated tree. Never throws:
 * problems are messages on the file, and whatever cannot be read as a valid
 * lbast tree gives an empty root with a fatal message saying why.
 *
 * `value` is what `VFile` accepts: the JSON text, its bytes (decoded as UTF-8,
 * or as the detected encoding with a message), or a file holding either.
 * Anything else (a number, an already parsed object) is a `TypeError`.
 */
export function fromJson(value: ReaderInput, options: FromJsonOptions = {}): Root {
  const file = toVFile(value, {name: 'value', source})
  // A byte order mark is allowed before JSON text (RFC 8259 §8.1); a space
  // keeps every offset.
  const text = file.toString().replace(/^\uFEFF/, ' ')
  const report = createReport(file, text)

  const maxDepth = options.maxDepth ?? defaultMaxDepth
  const deepAt = tooDeepAt(text, maxDepth)
  if (deepAt !== -1) {
    report('fatal', `Cannot read JSON nested deeper than ${maxDepth} levels`, 'json-too-deep', {
      offset: deepAt,
      length: 1
    })
    return emptyRoot()
  }

  const parsed = parseJson(text, (problem) => {
    const range = rangeOf(problem.property)
    if (problem.kind === 'unsafe') {
      report(
        'warning',
        `Unexpected key \`${problem.key}\`: dropped, it is never lbast and could pollute prototypes`,
        'unsafe-key',
        range
      )
    } else {
      report(
        'warning',
        `Duplicate key \`${excerpt(problem.key)}\`: the last one is kept`,
        'duplicate-key',
        range
      )
    }
  })
  if (!parsed.ok) {
    const {error} = parsed
    const reason = error ? describeSyntaxError(error.error) : 'expected a value'
    report('fatal', `Cannot parse JSON: ${reason}`, 'json-syntax', error ?? {offset: 0, length: 0})
    return emptyRoot()
  }
  const {value: tree, locator} = parsed

  if (!isRootObject(tree, locator, report)) return emptyRoot()
  if (!acceptVersion(tree, text, locator, report, file)) return emptyRoot()

  const problems = validate(tree)
  for (const problem of problems) {
    const at = problem.path === '' ? '/' : problem.path
    report(
      'fatal',
      `Invalid lbast at \`${at}\`: ${problem.reason}`,
      problem.ruleId,
      locator.at(problem.path)
    )
  }
  if (problems.length > 0) return emptyRoot()
  for (const match of findBidiControls(tree as unknown as Root)) {
    report('warning', bidiControlReason(match), 'bidi-control', locator.at(match.path))
  }

  // The version describes the JSON, not the tree: it goes on the file.
  delete tree.lbast
  return tree as unknown as Root
}

function emptyRoot(): Root {
  return {type: 'root', children: []}
}

/** Refuse, clearly, whatever is not an lbast root: arrays, numbers, other nodes. */
function isRootObject(
  tree: unknown,
  locator: Locator,
  report: Report
): tree is Record<string, unknown> {
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) {
    report(
      'fatal',
      `Expected an lbast root (an object with \`"type": "root"\`), not ${kindOf(tree)}`,
      'not-lbast',
      locator.at('')
    )
    return false
  }
  const type = (tree as Record<string, unknown>)['type']
  if (type !== 'root') {
    const reason =
      type === undefined
        ? 'it has no `type`'
        : typeof type === 'string'
          ? `its \`type\` is ${JSON.stringify(excerpt(type))}`
          : `its \`type\` is ${kindOf(type)}`
    report(
      'fatal',
      `Expected an lbast root (\`"type": "root"\`): ${reason}`,
      'not-lbast',
      locator.at('/type')
    )
    return false
  }
  return true
}

function acceptVersion(
  tree: Record<string, unknown>,
  text: string,
  locator: Locator,
  report: Report,
  file: VFile
): boolean {
  const version = tree['lbast']
  if (version === undefined) {
    // Placed on the root's opening brace: the whole text would be a useless range.
    report(
      'info',
      `No \`lbast\` version on the root: read as lbast ${LBAST_VERSION}`,
      'lbast-version-missing',
      {offset: Math.max(0, text.search(/\S/)), length: 1}
    )
    return true
  }
  const check = checkVersion(version)
  if (!check.ok) {
    report('fatal', check.reason, check.ruleId, locator.at('/lbast'))
    return false
  }
  if (check.older) {
    report(
      'warning',
      `Written with lbast ${version}, older than ${readerMajor}.x: read as ${LBAST_VERSION}`,
      'lbast-version-older',
      locator.at('/lbast')
    )
  }
  file.data.lbast = version as string
  return true
}

function kindOf(value: unknown): string {
  if (value === null) return '`null`'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

/** Keeps messages short whatever the input. */
function excerpt(value: string): string {
  return value.length > 40 ? `${value.slice(0, 39)}…` : value
}
