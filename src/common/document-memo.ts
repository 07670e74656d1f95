/** Keys longer than this (large variables) are not kept. */
const MAX_KEY_LENGTH = 1024;

/**
 * Remembers what was worked out for a parsed document (Apollo keeps one document object per query
 * text, so a repeated operation finds its entries) under a key naming what else the value depends
 * on, such as the variables. Entries go with their document; each document keeps the latest
 * `perDocument` keys.
 */
export class DocumentMemo<T> {
  private readonly byDocument = new WeakMap<object, Map<string, T>>();

  constructor(private readonly perDocument = 64) {}

  get(document: object, key: string, compute: () => T): T {
    if (key.length > MAX_KEY_LENGTH) return compute();
    let entries = this.byDocument.get(document);
    if (!entries) {
      entries = new Map();
      this.byDocument.set(document, entries);
    }
    if (entries.has(key)) return entries.get(key) as T;
    const value = compute();
    if (entries.size >= this.perDocument) entries.delete(entries.keys().next().value as string);
    entries.set(key, value);
    return value;
  }
}
