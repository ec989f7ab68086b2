import {packageConfig} from '../../tsup.base.js'

export default packageConfig({
  // `bin.ts` is the `liveblog` command; `index.ts` the API it runs;
  // `worker.ts` a worker thread of `--jobs` (found beside the bundle).
  entry: ['src/index.ts', 'src/bin.ts', 'src/worker.ts'],
  // Harmless on the API (Node skips a hashbang in modules), needed on the bin.
  banner: {js: '#!/usr/bin/env node'},
  dts: {entry: 'src/index.ts', compilerOptions: {customConditions: []}}
})
