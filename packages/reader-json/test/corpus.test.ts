// The project's own fictional corpus, read by the CNN reader (when it exports
// `fromCnnText`), must survive JSON → tree → JSON unchanged.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import * as readerCnn from '@liveblog/reader-cnn'
import {toJson} from '@liveblog/writer-json'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {fromJson} from '../src/index.js'

const corpus = new URL('../../../../shared/corpus/', import.meta.url)
const names = existsSync(corpus) ? readdirSync(corpus).filter((name) => name.endsWith('.txt')) : []
const fromCnnText = (readerCnn as Record<string, unknown>)['fromCnnText']

describe('corpus round trip', () => {
  it.runIf(names.length === 0 || typeof fromCnnText !== 'function')(
    'needs its inputs',
    (context) => {
      context.skip(
        names.length === 0
          ? 'needs ../shared/corpus/*.txt beside the clone (the shared corpus of this workspace)'
          : 'needs @liveblog/reader-cnn to export fromCnnText'
      )
    }
  )
  if (typeof fromCnnText === 'function') {
    for (const name of names) {
      it(name, () => {
        const read = fromCnnText as (value: VFile) => import('@liveblog/core').Root
        const tree = read(
          new VFile({path: name, value: readFileSync(new URL(name, corpus), 'utf8')})
        )
        expect(tree.children.length).toBeGreaterThan(0)
        for (const options of [{}, {space: 2}, {positions: false}]) {
          const text = toJson(tree, options)
          const file = new VFile(text)
          const back = fromJson(file)
          expect(file.messages.map(String)).toEqual([])
          expect(toJson(back, options)).toBe(text)
          if (options.positions !== false) expect(back).toEqual(tree)
        }
      })
    }
  }
})
