// Text children for xast elements. `xast-util-to-xml` escapes `&` and `<` in
// text but leaves `>`, and XML forbids the sequence `]]>` in character data
// (https://www.w3.org/TR/xml/#syntax). Each `>` that closes a `]]` is put in
// a CDATA section of its own (`]]<![CDATA[>]]>`), which every XML parser
// reads back as `]]>`; all other text stays escaped text.
//
// XML parsers turn every CR LF and lone CR into LF
// (https://www.w3.org/TR/xml/#sec-line-ends); xast cannot write `&#xD;`, so
// line endings are made LF here and the bytes say what a parser will read.
import type {Cdata, Text} from 'xast'
import {feedChars as xmlChars} from './chars.js'

const CLOSER = ']]>'
const CARRIAGE_RETURN = /\r\n?/g

export function xmlText(value: string): Array<Cdata | Text> {
  const clean = xmlChars(value).replace(CARRIAGE_RETURN, '\n')
  const nodes: Array<Cdata | Text> = []
  let start = 0
  let index = clean.indexOf(CLOSER)
  while (index !== -1) {
    nodes.push({type: 'text', value: clean.slice(start, index + 2)})
    nodes.push({type: 'cdata', value: '>'})
    start = index + 3
    index = clean.indexOf(CLOSER, start)
  }
  if (start < clean.length || nodes.length === 0) {
    nodes.push({type: 'text', value: clean.slice(start)})
  }
  return nodes
}
