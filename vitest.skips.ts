// A reporter that lists every skipped test with the reason it gave
// (`context.skip('needs ../shared/seed')`), after the run. In CI (`CI=true`),
// where nothing may be skipped (../shared is always beside CI's clone), a
// skipped test fails the run.
import type {Reporter, TestModule, Vitest} from 'vitest/node'

export class SkipsReporter implements Reporter {
  /** Whether `-t` filters tests by name: then the others are skipped for that alone. */
  private filtered = false

  onInit(vitest: Vitest): void {
    this.filtered = vitest.config.testNamePattern !== undefined
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const lines: string[] = []
    let unlisted = 0
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const result = test.result()
        if (result.state !== 'skipped') continue
        if (this.filtered && result.note === undefined) {
          unlisted++
          continue
        }
        const where = `${test.project.name} ${test.module.relativeModuleId} > ${test.fullName}`
        lines.push(`  ↓ ${where}: ${result.note ?? 'no reason given'}`)
      }
    }
    if (lines.length === 0) return
    const more = unlisted > 0 ? ` (and ${unlisted} left out by -t)` : ''
    console.log(`\nSkipped tests${more}:\n${lines.join('\n')}\n`)
    if (process.env.CI === 'true' || process.env.CI === '1') {
      console.error('CI runs every test: a skipped test fails the run.')
      process.exitCode = 1
    }
  }
}
