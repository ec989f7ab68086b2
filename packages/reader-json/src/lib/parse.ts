// JSON text to a JavaScript value, in as little memory as the job allows.
//
// The common case (well-formed JSON, no duplicate or unsafe keys) is checked
// with jsonc-parser's visitor, which builds nothing, and then read with
// `JSON.parse`, whose values are compact. jsonc-parser's syntax tree (every
// value an object with its offset, length, parent and children: some ten
// times the text) is built only when a message needs a place in the text:
// a syntax error, a duplicate or unsafe key, an invalid tree. So a valid
// 30 MB tree peaks at a few times its size instead of some thirty.
import {type Node as JsonNode, type ParseError, parseTree, visit} from 'jsonc-parser'
import {nodeAtPointer} from './json-pointer.js'
import {jsonValue, type KeyProblem, unsafeKeys} from './json-value.js'
import {rangeOf} from './report.js'

const options = {disallowComments: true, allowTrailingComma: false, allowEmptyContent: false}

export type Range = {offset: number; length: number}

/** Places in the JSON text, for messages. */
export interface Locator {
  /** The range of the value a JSON Pointer points at (or of its deepest existing parent). */
  at(pointer: string): Range
}

export type Parsed =
  | {ok: true; value: unknown; locator: Locator}
  | {ok: false; error: ParseError | undefined}

/**
 * Parses `text`. Key problems (duplicate keys, where the last wins as in
 * `JSON.parse`; unsafe keys such as `__proto__`, which are dropped) go to
 * `onKeyProblem`. A syntax error gives `{ok: false}` with the first error,
 * or no error for empty text.
 */
export function parseJson(text: string, onKeyProblem: (problem: KeyProblem) => void): Parsed {
  if (isPlain(text)) {
    try {
      const value: unknown = JSON.parse(text)
      let json: JsonNode | undefined
      return {
        ok: true,
        value,
        locator: {
          at(pointer) {
            json ??= parseTree(text, [], options)!
            return rangeOf(nodeAtPointer(json, pointer))
          }
        }
      }
    } catch {
      // The visitor and JSON.parse disagree: let the full parser say why.
    }
  }

  const errors: ParseError[] = []
  const json = parseTree(text, errors, options)
  if (errors.length > 0 || !json) return {ok: false, error: errors[0]}
  const value = jsonValue(json, onKeyProblem)
  return {ok: true, value, locator: {at: (pointer) => rangeOf(nodeAtPointer(json, pointer))}}
}

/** Whether `text` is JSON without syntax errors, duplicate keys or unsafe keys. */
function isPlain(text: string): boolean {
  let plain = true
  // The keys of each open object; the depth guard has bounded the nesting.
  const keys: Array<Set<string>> = []
  visit(
    text,
    {
      onObjectBegin: () => {
        keys.push(new Set())
      },
      onObjectEnd: () => {
        keys.pop()
      },
      onObjectProperty: (property) => {
        const seen = keys[keys.length - 1]
        if (!seen || seen.has(property) || unsafeKeys.has(property)) plain = false
        else seen.add(property)
      },
      onError: () => {
        plain = false
      }
    },
    options
  )
  return plain
}
