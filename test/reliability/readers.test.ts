// Readers never throw, and what they return is always valid lbast, whatever
// the input: random code points (lone surrogates, controls), and random mixes
// of CNN-like, Markdown-like and JSON-ish lines.
import {type Root, validate} from '@liveblog/core'
import {type Options as CnnOptions, fromCnnText} from '@liveblog/reader-cnn'
import {fromHtml} from '@liveblog/reader-html'
import {fromJson} from '@liveblog/reader-json'
import {fromMarkdown} from '@liveblog/reader-markdown'
import {toHtml} from '@liveblog/writer-html'
import {toJson} from '@liveblog/writer-json'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {
  anyString,
  anyTree,
  cnnLine,
  jsonishLine,
  jsonText,
  markdownLine,
  mixedDocument,
  runs
} from './arbitraries.js'

interface Reader {
  name: string
  read: (value: string | VFile) => Root
  /** Runs per property: the Markdown reader is the slowest. */
  runs: number
}

const READERS: Reader[] = [
  {name: 'reader-cnn', read: (value) => fromCnnText(value), runs: 300},
  {name: 'reader-markdown', read: (value) => fromMarkdown(value), runs: 200},
  {name: 'reader-json', read: (value) => fromJson(value), runs: 300},
  {name: 'reader-html', read: (value) => fromHtml(value), runs: 100}
]

/** Reads `value` (as a string or as a file) and checks the result. */
function readChecked(reader: Reader, value: string, asFile: boolean): {tree: Root; file: VFile} {
  const file = new VFile(value)
  let tree: Root | undefined
  // Tests run with LIVEBLOG_RETHROW=1 (vitest.shared.ts): a bug that
  // reader-cnn would report as `internal-error` throws here instead, whether
  // it was handed a string or a file.
  expect(() => {
    tree = reader.read(asFile ? file : value)
  }).not.toThrow()
  expect(validate(tree)).toEqual([])
  if (asFile)
    expect(file.messages.filter((message) => message.fatal)).not.toContainEqual(
      expect.objectContaining({ruleId: 'internal-error'})
    )
  return {tree: tree!, file}
}

describe('the catch-all of reader-cnn', () => {
  // Options whose `chrome` list throws when the reader reads it: a crash
  // inside the reader's `try`, as a bug of its own would be.
  const crashing = {
    chrome: {
      map() {
        throw new Error('boom')
      }
    }
  } as unknown as CnnOptions

  it('is off in tests: LIVEBLOG_RETHROW=1 is set for every test project', () => {
    expect(process.env.LIVEBLOG_RETHROW).toBe('1')
    expect(() => fromCnnText('Headline\nText', crashing)).toThrow('boom')
  })

  it('reports a crash as a fatal `internal-error` with an empty root for users', () => {
    const file = new VFile('Headline\nText')
    expect(fromCnnText(file, {...crashing, rethrow: false})).toEqual({type: 'root', children: []})
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ['internal-error', true]
    ])
  })
})

describe.each(READERS)('$name on any input', (reader) => {
  const options = {numRuns: runs(reader.runs)}

  it('never throws on random strings (all code points, lone surrogates, controls)', () => {
    fc.assert(
      fc.property(anyString(), fc.boolean(), (value, asFile) => {
        readChecked(reader, value, asFile)
      }),
      options
    )
  })

  it('never throws on random mixes of CNN, Markdown and JSON lines', () => {
    fc.assert(
      fc.property(
        mixedDocument([cnnLine, markdownLine, jsonishLine]),
        fc.boolean(),
        (value, asFile) => {
          readChecked(reader, value, asFile)
        }
      ),
      options
    )
  })

  it('never throws on documents of its own kind', () => {
    const own =
      reader.name === 'reader-cnn'
        ? mixedDocument([cnnLine], 60)
        : reader.name === 'reader-markdown'
          ? mixedDocument([markdownLine], 60)
          : reader.name === 'reader-html'
            ? anyTree.map((tree) => toHtml(tree, {file: new VFile()}))
            : fc.oneof(
                jsonText,
                mixedDocument([jsonishLine], 20).map((text) => `{${text}}`)
              )
    fc.assert(
      fc.property(own, fc.boolean(), (value, asFile) => {
        readChecked(reader, value, asFile)
      }),
      options
    )
  })
})

describe('reader-json on almost-valid trees', () => {
  const json = READERS[2]!

  /** Every object and array in a parsed JSON value. */
  function containers(value: unknown): Array<Record<string, unknown> | unknown[]> {
    if (typeof value !== 'object' || value === null) return []
    const items = Array.isArray(value) ? value : Object.values(value)
    return [value as Record<string, unknown>, ...items.flatMap(containers)]
  }

  // A valid tree's JSON with one value somewhere replaced, removed or added.
  const mutated = fc
    .tuple(anyTree, fc.nat(), fc.constantFrom('set', 'delete', 'wrap'), fc.jsonValue({maxDepth: 2}))
    .map(([tree, pick, action, replacement]) => {
      const value: unknown = JSON.parse(toJson(tree))
      const all = containers(value)
      const target = all[pick % all.length]!
      const keys = Object.keys(target)
      const key = keys.length > 0 ? keys[pick % keys.length]! : 'type'
      const record = target as Record<string, unknown>
      if (action === 'delete') delete record[key]
      else if (action === 'wrap') record[key] = [record[key]]
      else record[key] = replacement
      return JSON.stringify(value)
    })

  it('returns a valid tree, or an empty root with a fatal message', () => {
    fc.assert(
      fc.property(mutated, (value) => {
        const {tree, file} = readChecked(json, value, true)
        const fatal = file.messages.filter((message) => message.fatal)
        if (fatal.length > 0) expect(tree).toEqual({type: 'root', children: []})
        // Accepted input was valid lbast as written (minus the version field).
        else {
          const parsed = JSON.parse(value) as Record<string, unknown>
          delete parsed.lbast
          expect(validate(parsed)).toEqual([])
          if (!file.messages.some((message) => message.ruleId === 'unsafe-key')) {
            expect(tree).toEqual(parsed)
          }
        }
      }),
      {numRuns: runs(300)}
    )
  })
})
