import {toMarkdown} from '@liveblog/writer-markdown'
import MarkdownIt from 'markdown-it'
import {marked} from 'marked'
import {micromark} from 'micromark'

const md = new MarkdownIt()
const urls = [
  '\u00a0javascript:alert(1)',
  '\ufeffjavascript:alert(1)',
  '\u3000javascript:alert(1)',
  '\u2028javascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  'livescript:x',
  'java\tscript:x',
  ' javascript:x',
  'https://ok.example/a b'
]
for (const url of urls) {
  const tree = {
    type: 'root',
    children: [
      {
        type: 'post',
        id: 'a',
        headline: 'A',
        authors: [],
        children: [
          {
            type: 'paragraph',
            children: [{type: 'link', url, children: [{type: 'text', value: 'tide'}]}]
          }
        ]
      }
    ]
  }
  const out = toMarkdown(tree)
    .split('\n')
    .filter((l) => l.includes('tide'))
    .join('\n')
  const hrefs = [marked.parse(out), md.render(out), micromark(out)].map(
    (h) => (h.match(/href="[^"]*"/) || ['-'])[0]
  )
  console.log(
    JSON.stringify(url),
    JSON.stringify(out),
    hrefs.map((h) => JSON.stringify(h)).join(' | ')
  )
}
