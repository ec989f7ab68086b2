// What `mdast-util-to-hast` writes for feeds but a page checked against
// HTML's current rules must not have: `align` on table cells (obsolete,
// HTML §16.2; written as `style="text-align: …"`), and `<img src="">` from an
// image with an empty URL (an `<img>` must have a non-empty `src`; its `alt`
// text is kept instead). One walk: linear.
import type {Element, ElementContent, Root as HastRoot} from 'hast'

export function tidy(body: HastRoot): void {
  const stack: Array<HastRoot | Element> = [body]
  while (stack.length > 0) {
    const parent = stack.pop() as HastRoot | Element
    const children = parent.children as ElementContent[]
    for (let index = 0; index < children.length; index++) {
      const child = children[index] as ElementContent
      if (child.type !== 'element') continue
      const {properties} = child
      if ((child.tagName === 'td' || child.tagName === 'th') && properties.align) {
        const align = String(properties.align)
        properties.align = undefined
        const style = typeof properties.style === 'string' ? `${properties.style}; ` : ''
        properties.style = `${style}text-align: ${align}`
      }
      if (child.tagName === 'img' && !properties.src) {
        const alt = typeof properties.alt === 'string' ? properties.alt : ''
        children[index] = {type: 'text', value: alt}
        continue
      }
      stack.push(child)
    }
  }
}
