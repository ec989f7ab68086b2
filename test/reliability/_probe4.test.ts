import {validate} from '@liveblog/core'
import {fromMarkdown} from '@liveblog/reader-markdown'
import {VFile} from 'vfile'
import {appendFileSync} from 'node:fs'
import {it} from 'vitest'
const log = (...a: unknown[]) => appendFileSync('/tmp/probe.log', a.join(' ') + '\n')
const shapes: Record<string, (n: number) => string> = {
  emph: (n) => `${'*'.repeat(n)}a${'*'.repeat(n)}`,
  postQuotes: (n) => `## h\n\n${'>'.repeat(n)} a`,
  postQuotesSp: (n) => `## h\n\n${'> '.repeat(n)}a`,
  postLists: (n) => `## h\n\n${'- '.repeat(n)}a`,
    postOl: (n) => `## h\n\n${'1. '.repeat(n)}a`,
  links: (n) => `## h\n\n${'['.repeat(n)}a${'](b)'.repeat(n)}`,
  images: (n) => `## h\n\n${'!['.repeat(n)}a${'](b)'.repeat(n)}`,
  strike: (n) => `## h\n\n${'~'.repeat(n)}a${'~'.repeat(n)}`,
  mixedEmph: (n) => `## h\n\n${'*_'.repeat(n)}a${'_*'.repeat(n)}`
}
it('probe', () => {
  for (const [name, make] of Object.entries(shapes)) {
    if (process.env.ONLY && !process.env.ONLY.split(',').includes(name)) continue
    for (const n of (process.env.SIZES ?? '500 1200 3000').split(' ').map(Number)) {
      const file = new VFile(make(n))
      const t0 = performance.now()
      try {
        const tree = fromMarkdown(file)
        const v = validate(tree)
        log(name, n, Math.round(performance.now() - t0), 'ok', v.length, v[0]?.ruleId ?? '', file.messages.map((m) => m.ruleId).slice(0, 3).join())
      } catch (e) {
        log(name, n, Math.round(performance.now() - t0), 'THREW', String(e).slice(0, 60), (e as Error).stack?.split('\n')[1])
      }
    }
  }
})
