/** A CHECK expression that keeps a varchar column within an enum's values. */
export function inEnum(column: string, values: Record<string, string>): string {
  return `"${column}" IN (${Object.values(values)
    .map((v) => `'${v}'`)
    .join(', ')})`;
}
