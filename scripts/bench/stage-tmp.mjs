import {readFileSync} from 'node:fs'
import {fromCnnText} from '@liveblog/reader-cnn'
import {toRss} from '@liveblog/writer-rss'
const text = readFileSync(process.argv[2], 'utf8')
const mb = () => (process.memoryUsage().heapUsed / 1e6).toFixed(0) + 'MB heap ' + (process.memoryUsage().rss/1e6).toFixed(0) + 'MB rss ' + (process.resourceUsage().maxRSS/1e3).toFixed(0) + ' maxrss'
gc(); console.log('start', mb(), text.length)
const tree = fromCnnText(text)
console.log('after read', mb())
gc(); console.log('tree retained', mb())
const rss = toRss(tree, {url: 'https://example.com/live'})
console.log('after write', mb(), rss.length)
gc(); console.log('rss retained', mb())
