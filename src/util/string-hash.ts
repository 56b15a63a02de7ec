/**
 * FNV-1a over a string's UTF-16 code units (for a byte string, its bytes): the hash of the
 * open-addressing tables that stand in for Maps of a million strings (export/messages/id-table.ts,
 * network/row-index.ts). A signed 32-bit number.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}
