import type { PageText } from './collect';

/**
 * What a batch of page mutations did to the collected text: the nodes appended after it inside
 * the article region (infinite scroll, live blogs, "read more"), to be read on their own; or
 * null when anything else changed (text edited or removed, content inserted before or around
 * it, nothing inside the region), which needs the whole page read again.
 */
export function appendedNodes(records: MutationRecord[], page: PageText): Node[] | null {
  const last = page.segments[page.segments.length - 1]?.node;
  if (!last) return null;
  const added = new Set<Node>();
  for (const record of records) {
    if (record.type !== 'childList') return null;
    for (const node of Array.from(record.addedNodes)) added.add(node);
  }
  if (page.segments.some((seg) => !seg.node.isConnected)) return null;
  const tops = [...added].filter(
    (node) =>
      node.isConnected &&
      (node.nodeType === 1 || (node.nodeType === 3 && /[^ \t\n\r\f]/.test((node as Text).data))) &&
      !hasAddedAncestor(node, added),
  );
  if (tops.length === 0) return null;
  for (const node of tops) {
    if (!page.root.contains(node) || node === page.root) return null;
    if (!(last.compareDocumentPosition(node) & 4 /* DOCUMENT_POSITION_FOLLOWING */) || node.contains(last)) return null;
  }
  return tops.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

function hasAddedAncestor(node: Node, added: Set<Node>): boolean {
  for (let parent = node.parentNode; parent; parent = parent.parentNode) if (added.has(parent)) return true;
  return false;
}
