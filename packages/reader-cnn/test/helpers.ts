import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Post, Root} from '@liveblog/core'
import {toString} from '@liveblog/core'
import {VFile} from 'vfile'
import {fromCnnText, type Options} from '../src/index.js'

export const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url))

export function fixture(name: string): string {
  return readFileSync(`${fixtures}${name}`, 'utf8')
}

export function read(value: string, options?: Options): {tree: Root; file: VFile} {
  const file = new VFile({path: 'page.txt', value})
  return {tree: fromCnnText(file, options), file}
}

export function posts(tree: Root): Post[] {
  return tree.children.filter((node): node is Post => node.type === 'post')
}

/** A compact view of a post's body: `type:text` per block. */
export function blocks(post: Post): string[] {
  return post.children.map((node) => {
    if (node.type === 'media') return `media/${node.kind}:${toString(node)}|${node.credit ?? ''}`
    if (node.type === 'list') {
      return `list:${node.children.map((item) => toString(item)).join(' ¶ ')}`
    }
    return `${node.type}:${toString(node)}`
  })
}

export function ownFixtures(): string[] {
  return readdirSync(fixtures).filter((name) => name.endsWith('.txt'))
}
