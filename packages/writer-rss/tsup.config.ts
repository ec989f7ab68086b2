import {defineConfig} from 'tsup'

export default defineConfig({
  entry: ['src/index.ts'],
  format: 'esm',
  target: 'node20',
  clean: true,
  // Resolve sibling packages through their built types, not their sources.
  dts: {compilerOptions: {customConditions: []}}
})
