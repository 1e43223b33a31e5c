/**
 * The import graph of src/, read from the source text (static, type-only and dynamic imports alike), for the
 * architecture tests: layers, circles, sizes. Only relative specifiers are edges; packages are leaves.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

export const ROOT = new URL('../../', import.meta.url).pathname;

/** Source modules: TypeScript and Svelte files (not declarations, not data). */
export const isModule = (name: string) => /\.(ts|svelte)$/.test(name) && !name.endsWith('.d.ts');

/** Every file under a folder, as paths relative to the project root (posix separators). */
export function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder)).flatMap((name) => {
    const path = posix.join(folder, name);
    return statSync(join(ROOT, path)).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The specifiers a module imports: `import … from`, `export … from`, `import '…'` and `import('…')`. */
export function importSpecifiers(source: string): string[] {
  const found: string[] = [];
  const pattern =
    /(?:^|[^\w.])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of source.matchAll(pattern)) found.push((match[1] ?? match[2] ?? match[3])!);
  return found;
}

/** A relative specifier resolved against the importing file, without its query (`?url`); else undefined. */
export function resolveSpecifier(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  return posix.normalize(posix.join(posix.dirname(from), specifier.split('?')[0]!));
}

/** Module → the modules of src/ it imports. */
export function importGraph(folder = 'src'): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of filesUnder(folder).filter(isModule)) {
    const source = readFileSync(join(ROOT, file), 'utf8');
    const targets = importSpecifiers(source)
      .map((specifier) => resolveSpecifier(file, specifier))
      .filter(
        (target): target is string => target !== undefined && isModule(target) && target.startsWith(`${folder}/`),
      );
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The import circles of a graph, each as the list of modules around it (empty when there is none). */
export function importCircles(graph: Map<string, string[]>): string[][] {
  const circles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') circles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return circles;
}

export const relativeToRoot = (path: string) => relative(ROOT, path);
