// What `mdast-util-to-hast` writes for feeds but a page checked against
// HTML's current rules must not have: `align` on table cells (obsolete,
// HTML §16.2; written as `style="text-align: …"`). (An image with an empty
// URL never gets here as `<img src="">`: `@liveblog/lbast-util-to-hast`
// drops it with an `empty-url` warning.) One walk: linear.
import type {Element, ElementContent, Root as HastRoot} from 'hast'

export function tidy(body: HastRoot): void {
  const stack: Array<HastRoot | Element> = [body]
  while (stack.length > 0) {
    const parent = stack.pop() as HastRoot | Element
    for (const child of parent.children as ElementContent[]) {
      if (child.type !== 'element') continue
      const {properties} = child
      if ((child.tagName === 'td' || child.tagName === 'th') && properties.align) {
        const align = String(properties.align)
        properties.align = undefined
        const style = typeof properties.style === 'string' ? `${properties.style}; ` : ''
        properties.style = `${style}text-align: ${align}`
      }
      stack.push(child)
    }
  }
}
