// GitHub alerts (`> [!NOTE]`) for notices and update notes. The `[!NOTE]` line
// is an unresolved shortcut reference, so mdast-util-to-markdown writes it
// unescaped, as GitHub needs it, while any `[` in the text is escaped.
import type {Blockquote, LinkReference, Paragraph, PhrasingContent} from 'mdast'

export type AlertType = 'NOTE' | 'IMPORTANT'

/** A quote holding `content`, opened by an alert line when `type` is given. */
export function alertQuote(type: AlertType | undefined, content: PhrasingContent[]): Blockquote {
  const children: PhrasingContent[] = []
  if (type) {
    const label = `!${type}`
    const reference: LinkReference = {
      type: 'linkReference',
      identifier: label.toLowerCase(),
      label,
      referenceType: 'shortcut',
      children: [{type: 'text', value: label}]
    }
    children.push(reference)
    const [first, ...rest] = content
    // The content starts on the next line of the quote.
    if (first?.type === 'text') children.push({...first, value: `\n${first.value}`})
    else if (first) children.push({type: 'text', value: '\n'}, first)
    for (const node of rest) children.push(node)
  } else {
    for (const node of content) children.push(node)
  }
  const paragraph: Paragraph = {type: 'paragraph', children}
  return {type: 'blockquote', children: children.length > 0 ? [paragraph] : []}
}

/** Whether text opens with something a reader takes for an alert line. */
export function startsLikeAlert(content: readonly PhrasingContent[]): boolean {
  const first = content[0]
  return first?.type === 'text' && first.value.startsWith('[!')
}
