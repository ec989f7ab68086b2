// The test projects: one for the packages, one for the runnable examples.
// Vitest 4 no longer reads this file by itself; vitest.config.ts imports it as `test.projects`.
import type {TestProjectConfiguration} from 'vitest/config'
import {aliases, env} from './vitest.shared.js'

export const projects: TestProjectConfiguration[] = [
  {
    resolve: {alias: aliases},
    test: {env, name: 'packages', include: ['packages/*/test/**/*.test.ts'], testTimeout: 60_000}
  },
  {
    resolve: {alias: aliases},
    test: {
      env,
      name: 'reliability',
      include: ['test/reliability/**/*.test.ts'],
      testTimeout: 120_000
    }
  },
  {
    resolve: {alias: aliases},
    test: {env, name: 'examples', include: ['examples/test/**/*.test.ts'], testTimeout: 120_000}
  },
  {
    // npm pack every package and install the tarballs into an outside project.
    test: {env, name: 'pack', include: ['test/pack/**/*.test.ts'], testTimeout: 300_000}
  }
]

export default projects
