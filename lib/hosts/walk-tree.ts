import { NODES_PER_STEP, type Steps } from './read-steps';

/** What a tree walk does at each node (lib/hosts/walk-tree.ts). */
export interface TreeVisitor {
  /** Asked before each node: true ends the walk (a limit was reached). */
  stop: () => boolean;
  text: (node: Node) => void;
  /** An element: true to read its content (then `leave` follows it), false to pass it by. */
  enter: (el: Element) => boolean;
  leave: (el: Element) => void;
}

/**
 * Visits the nodes under `root` in document order, without recursion (mail can nest deeper
 * than the stack), yielding every NODES_PER_STEP nodes. Both hosts' text readers use it; returns
 * whether `stop` ended the walk. When the page removes the part being read between two steps, the
 * walk finishes that part and ends (it cannot climb back into the page).
 */
export function* walkTree(root: Node, visitor: TreeVisitor): Steps<boolean> {
  let node: Node | null = root.firstChild;
  for (let visited = 1; node; visited++) {
    if (visitor.stop()) return true;
    if (visited % NODES_PER_STEP === 0) yield;
    let inside: Node | null = null;
    if (node.nodeType === 3) visitor.text(node);
    else if (node.nodeType === 1 && visitor.enter(node as Element)) {
      inside = node.firstChild;
      if (!inside) visitor.leave(node as Element);
    }
    if (inside) {
      node = inside;
      continue;
    }
    let next: Node | null = node.nextSibling;
    while (!next) {
      node = node.parentNode;
      if (!node || node === root) break;
      visitor.leave(node as Element);
      next = node.nextSibling;
    }
    node = next;
  }
  return false;
}
