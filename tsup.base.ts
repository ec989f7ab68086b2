// The build every package shares: ESM for Node 20 with declarations.
import {defineConfig, type Options} from 'tsup'

export function packageConfig(overrides: Options = {}) {
  return defineConfig({
    entry: ['src/index.ts'],
    format: 'esm',
    target: 'node20',
    clean: true,
    // Resolve sibling packages through their built types, not their sources.
    dts: {compilerOptions: {customConditions: []}},
    ...overrides
  })
}
