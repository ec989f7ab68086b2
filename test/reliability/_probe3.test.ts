import {validate} from '@liveblog/core'
import {fromMarkdown} from '@liveblog/reader-markdown'
import {performance} from 'node:perf_hooks'
import {VFile} from 'vfile'
import {it} from 'vitest'
const makers: Record<string, (n: number) => string> = {
  quotes: (n) => '>'.repeat(n),
  quotesSp: (n) => '> '.repeat(n),
  quotesNl: (n) => Array.from({length: n}, (_, i) => '>'.repeat(i % 50)).join('\n'),
  brackets: (n) => '['.repeat(n),
  bracketsClose: (n) => '['.repeat(n) + ']'.repeat(n),
  bracketsLink: (n) => '['.repeat(n) + 'a](b)',
  lists: (n) => '- '.repeat(n),
  emph: (n) => '*'.repeat(n) + 'a' + '*'.repeat(n),
  longLine: (n) => 'a'.repeat(n),
  aColon: (n) => 'a:\n'.repeat(n),
  chrome: (n) => 'Link Copied!\nAd Feedback\nRead More\nSort by\n'.repeat(n),
  nul: (n) => '\u0000\u0001\u0007\u001b\u007f\n'.repeat(n),
  surrogates: (n) => '\uD800a\uDC00\n'.repeat(n),
  eol: (n) => 'a\rb\nc\r\nd\n\r'.repeat(n),
}
it('probe', () => {
  const [shape, ...sizes] = (process.env.PROBE ?? '').split(' ')
  for (const n of sizes.map(Number)) {
    const file = new VFile(makers[shape!]!(n))
    const t0 = performance.now()
    let r
    try {
      const tree = fromMarkdown(file)
      r = `invalid ${validate(tree).length} msgs ${file.messages.map((m) => m.ruleId).slice(0, 3)}`
    } catch (e) {
      r = `THREW ${e}`
    }
    console.log(shape, n, `${(performance.now() - t0).toFixed(0)}ms`, r)
  }
})
