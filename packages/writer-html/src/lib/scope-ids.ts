// Each post body is converted on its own, so two posts with footnotes both
// get `id="user-content-fn-1"` and `id="footnote-label"`: on one page the
// ids would clash and the second post's references would jump to the first
// post's notes. This gives every id a body defines the post's id as prefix,
// and rewrites the references to them (`href="#…"`, `aria-describedby`)
// inside that body. One pass to collect, one to rewrite: linear.
import type {Element, ElementContent, Root as HastRoot} from 'hast'

export function scopeIds(body: HastRoot, prefix: string): void {
  const ids = new Set<string>()
  const elements: Element[] = []
  const stack: Array<HastRoot | ElementContent> = [body]
  while (stack.length > 0) {
    const node = stack.pop() as HastRoot | ElementContent
    if (node.type === 'element') {
      elements.push(node)
      const id = node.properties.id
      if (typeof id === 'string' && id) ids.add(id)
    }
    if ('children' in node) for (const child of node.children) stack.push(child as ElementContent)
  }
  if (ids.size === 0) return
  const scoped = (id: string) => `${prefix}-${id}`
  for (const element of elements) {
    const {properties} = element
    if (typeof properties.id === 'string' && ids.has(properties.id)) {
      properties.id = scoped(properties.id)
    }
    const href = properties.href
    if (typeof href === 'string' && href.startsWith('#')) {
      const target = decode(href.slice(1))
      if (ids.has(target)) properties.href = `#${encodeURIComponent(scoped(target))}`
    }
    const described = properties.ariaDescribedBy
    if (Array.isArray(described)) {
      properties.ariaDescribedBy = described.map((token) =>
        typeof token === 'string' && ids.has(token) ? scoped(token) : token
      )
    } else if (typeof described === 'string' && ids.has(described)) {
      properties.ariaDescribedBy = [scoped(described)]
    }
  }
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
