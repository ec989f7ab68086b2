import {readFile} from 'node:fs/promises'
import type {Plugin} from 'esbuild'
import {packageConfig} from '../../tsup.base.js'

// Peak memory (issue 14): mdast-util-from-markdown calls each handler on a
// fresh `{...context, sliceSerialize}`. On Node 20 (V8 11), a spread followed
// by a property the source lacks gives every such object a hidden class of
// its own, allocated in old space: some 10 bytes of old space per byte of
// Markdown, collected only by full collections, which V8 lets the heap grow
// by up to four times the live size before it runs. The same object made by
// `Object.assign({}, context, {sliceSerialize})` shares one hidden class (and
// is the same object: own enumerable properties copied onto a plain object).
// So the package bundles mdast-util-from-markdown with that one expression
// rewritten; its imports stay dependencies. The build fails if the expression
// is gone (a new version), so the rewrite is looked at again then.
const SPREAD = /\{\s*\.\.\.context,\s*sliceSerialize: (events\[index\]\[2\]\.sliceSerialize)\s*\}/g

const cloneContext: Plugin = {
  name: 'mdast-util-from-markdown-context',
  setup(build) {
    build.onLoad({filter: /[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/}, async (args) => {
      const source = await readFile(args.path, 'utf8')
      const contents = source.replace(
        SPREAD,
        (_, slice: string) => `Object.assign({}, context, {sliceSerialize: ${slice}})`
      )
      if (contents === source)
        throw new Error(`No \`{...context, sliceSerialize}\` left to rewrite in ${args.path}`)
      return {contents, loader: 'js'}
    })
  }
}

export default packageConfig({
  noExternal: ['mdast-util-from-markdown'],
  esbuildPlugins: [cloneContext]
})
