// RSS readers may show a `description` as HTML (RSS 2.0 allows HTML in it),
// so plain text goes in as HTML text: `<` and `&` become character
// references, and text that looks like markup shows as written instead of
// running in the reader.
import {toHtml} from 'hast-util-to-html'

export function htmlText(value: string): string {
  return toHtml({type: 'text', value})
}
