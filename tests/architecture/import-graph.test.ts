import { describe, expect, it } from 'vitest';
import { importCircles, importGraph, importSpecifiers, resolveSpecifier } from './import-graph.ts';

describe('importSpecifiers', () => {
  it('reads static, type-only, re-exported, side-effect and dynamic imports', () => {
    const source = [
      "import { a } from './a.ts';",
      "import type {\n  B,\n} from './b.ts';",
      "export { c } from './c.ts';",
      "import './d.css';",
      "const e = await import('./e.ts');",
    ].join('\n');
    expect(importSpecifiers(source)).toEqual(['./a.ts', './b.ts', './c.ts', './d.css', './e.ts']);
  });
});

describe('resolveSpecifier', () => {
  it('resolves a relative path against the importing file and drops a query', () => {
    expect(resolveSpecifier('src/ui/events/X.svelte', '../../story/model.ts?url')).toBe('src/story/model.ts');
  });
  it('leaves packages alone', () => {
    expect(resolveSpecifier('src/map/x.ts', 'maplibre-gl')).toBeUndefined();
  });
});

describe('importCircles', () => {
  it('finds a circle of two modules', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['a']],
    ]);
    expect(importCircles(graph)).toEqual([['a', 'b', 'a']]);
  });
  it('finds none in a diamond', () => {
    const graph = new Map([
      ['a', ['b', 'c']],
      ['b', ['d']],
      ['c', ['d']],
      ['d', []],
    ]);
    expect(importCircles(graph)).toEqual([]);
  });
  it('finds none in src/ (type-only imports count too)', () => {
    expect(importCircles(importGraph())).toEqual([]);
  });
});
