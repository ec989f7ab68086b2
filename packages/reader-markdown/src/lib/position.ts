import type {Node, Position} from 'unist'

/** The position from the start of `first` to the end of `last`, when both have one. */
export function span(first: Node | undefined, last: Node | undefined): Position | undefined {
  const start = first?.position?.start
  const end = last?.position?.end ?? first?.position?.end
  return start && end ? {start: {...start}, end: {...end}} : undefined
}

/** Sets `position` when there is one (lbast leaves it out otherwise). */
export function place<T extends Node>(node: T, position: Position | undefined): T {
  if (position) node.position = position
  return node
}
