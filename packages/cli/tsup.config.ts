import {defineConfig} from 'tsup'

export default defineConfig({
  // `bin.ts` is the `liveblog` command; `index.ts` the API it runs.
  entry: ['src/index.ts', 'src/bin.ts'],
  format: 'esm',
  target: 'node20',
  clean: true,
  // Harmless on the API (Node skips a hashbang in modules), needed on the bin.
  banner: {js: '#!/usr/bin/env node'},
  // Resolve sibling packages through their built types, not their sources.
  dts: {entry: 'src/index.ts', compilerOptions: {customConditions: []}}
})
