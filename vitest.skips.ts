// A reporter that lists every skipped test with the reason it gave
// (`context.skip('needs ../shared/seed')`), after the run. In CI (`CI=true`),
// where nothing may be skipped (../shared is always beside CI's clone), a
// skipped test fails the run.
import type {Reporter, TestModule} from 'vitest/node'

export class SkipsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const lines: string[] = []
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const result = test.result()
        if (result.state !== 'skipped') continue
        const where = `${test.project.name} ${test.module.relativeModuleId} > ${test.fullName}`
        lines.push(`  ↓ ${where}: ${result.note ?? 'no reason given'}`)
      }
    }
    if (lines.length === 0) return
    console.log(`\nSkipped tests (${lines.length}):\n${lines.join('\n')}\n`)
    if (process.env.CI === 'true' || process.env.CI === '1') {
      console.error('CI runs every test: a skipped test fails the run.')
      process.exitCode = 1
    }
  }
}
