// The project's own fictional corpus (../shared/corpus), read by the CNN
// reader, must survive JSON → tree → JSON unchanged. Skipped, with the
// reason, where ../shared is absent; failed in CI.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fromCnnText} from '@liveblog/reader-cnn'
import {toJson} from '@liveblog/writer-json'
import {VFile} from 'vfile'
import {describe, expect} from 'vitest'
import {eachSharedText} from '../../../test/reliability/shared.js'
import {fromJson} from '../src/index.js'

describe('corpus round trip', () => {
  eachSharedText('corpus', '%s', (file) => {
    const tree = fromCnnText(
      new VFile({path: path.basename(file), value: readFileSync(file, 'utf8')})
    )
    expect(tree.children.length).toBeGreaterThan(0)
    for (const options of [{}, {space: 2}, {positions: false}]) {
      const text = toJson(tree, options)
      const read = new VFile(text)
      const back = fromJson(read)
      expect(read.messages.map(String)).toEqual([])
      expect(toJson(back, options)).toBe(text)
      if (options.positions !== false) expect(back).toEqual(tree)
    }
  })
})
