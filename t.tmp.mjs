import {fromCnnText} from '@liveblog/reader-cnn'
import {toMarkdown} from '@liveblog/writer-markdown'
import {baseText, scaled} from './scripts/bench/inputs.mjs'

const md = toMarkdown(fromCnnText(scaled(baseText().text, 10)))
const paras = md.split('\n\n')
const esc = paras.filter((p) => /\\[!-/:-@[-`{-~]|&#x/.test(p))
console.log(md.length, paras.length, esc.length)
console.log(esc.slice(0, 10))
