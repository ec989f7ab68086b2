// Where each item points: a permalink from the `postUrl` template, else the
// page's URL with the post id as fragment, else nowhere.
import {xmlChars} from './xml-chars.js'

const ID = '{id}'

/** A function from post id to the item's URL, or `undefined` when none is known. */
export function postLinker(
  template: string | undefined,
  pageUrl: string | undefined
): (id: string) => {url: string; permalink: boolean} | undefined {
  if (template?.includes(ID)) {
    return (id) => ({
      url: template.split(ID).join(encodeURIComponent(xmlChars(id))),
      permalink: true
    })
  }
  if (pageUrl) {
    const hash = pageUrl.indexOf('#')
    const base = hash === -1 ? pageUrl : pageUrl.slice(0, hash)
    return (id) => ({url: `${base}#${encodeURIComponent(xmlChars(id))}`, permalink: false})
  }
  return () => undefined
}
