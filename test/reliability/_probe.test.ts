import {validate} from '@liveblog/core'
import {fromMarkdown} from '@liveblog/reader-markdown'
import {toMarkdown} from '@liveblog/writer-markdown'
import {toRss} from '@liveblog/writer-rss'
import {VFile} from 'vfile'
import {it} from 'vitest'

it('probe', () => {
  const md = `## Headline

<script>alert(1)</script>

Some <img src=x onerror=alert(1)> inline and <b>bold</b>.

<div onclick="x()">block</div>

[click](javascript:alert(1)) and ![img](data:text/html,x) and [v](vbscript:x) and [j](JaVa\tScRiPt:alert(1))

<a href="javascript:alert(1)">raw</a>
`
  const file = new VFile(md)
  const tree = fromMarkdown(file)
  console.log(JSON.stringify(tree, (k, v) => (k === 'position' ? undefined : v), 1))
  console.log(file.messages.map((m) => `${m.ruleId} ${m.reason}`))
  console.log(validate(tree))
  const f2 = new VFile()
  console.log(toMarkdown(tree, {file: f2}))
  console.log(toRss(tree))
})
