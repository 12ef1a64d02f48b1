/** The index of a registry: every canonical name and alias to its spec, refusing a name given twice. */
export function nameIndex<T extends { readonly name: string; readonly aliases: readonly string[] }>(specs: readonly T[], what: string): Map<string, T> {
  const index = new Map<string, T>();
  for (const spec of specs) {
    for (const name of [spec.name, ...spec.aliases]) {
      if (index.has(name)) throw new Error(`${what} name '${name}' is registered twice`);
      index.set(name, spec);
    }
  }
  return index;
}
