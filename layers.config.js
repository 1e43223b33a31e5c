// @ts-check
/**
 * The layers of src/: which folder may import which. The one place the architecture is written down as rules:
 * eslint.config.js turns this table into `no-restricted-imports` rules (so `npm run lint` fails on a wrong import),
 * and tests/architecture/ checks the import graph against it. docs/architecture.md explains it in words.
 *
 * Data flows one way: story folder → pure domain (lib, article, story, scene, navigation) → state → map and ui →
 * app, with export loaded on demand.
 */

/** The folders of src/ (each a capability), and what each may import from the others. */
export const LAYERS = {
  /** Helpers with no domain knowledge (scheduling, text wrap, clipboard, download): import nothing of ours. */
  lib: { imports: [], pure: false },
  /** The article's text: normalising, search, mentions, passages. */
  article: { imports: ['lib'], pure: true },
  /** The story: types, schema, model, dates, validation (which checks quotes against the article), loading. */
  story: { imports: ['article', 'lib'], pure: true },
  /** What each step draws: animations, routes, geometry, scene style. */
  scene: { imports: ['story', 'article', 'lib'], pure: true },
  /** Timeline player, axis, link codec, camera and framing, swipe, layout choice. */
  navigation: { imports: ['story', 'scene', 'lib'], pure: true },
  /** Svelte 5 runes state built on the pure folders. */
  state: { imports: ['story', 'article', 'scene', 'navigation', 'lib'], pure: false },
  /** The only folder that imports maplibre-gl. */
  map: { imports: ['story', 'article', 'scene', 'navigation', 'lib'], pure: false },
  /** Picture, video and link previews: loaded on demand (ui imports it only through `import()`). */
  export: { imports: ['story', 'article', 'scene', 'navigation', 'map', 'lib'], pure: false },
  /** Svelte components by feature; export code only by dynamic `import()` (types may be imported). */
  ui: { imports: ['story', 'article', 'scene', 'navigation', 'state', 'lib'], typesOnly: ['export'], pure: false },
  /** The shell: may import everything. */
  app: { imports: ['story', 'article', 'scene', 'navigation', 'state', 'map', 'export', 'ui', 'lib'], pure: false },
  /** `npm run draft`: Node-side, the story's types only. */
  draft: { imports: ['story'], pure: true },
  /** `npm run edit`: the editor's page. */
  editor: { imports: ['story', 'article', 'scene', 'navigation', 'state', 'map', 'ui', 'lib'], pure: false },
};

/** Packages only some folders may import. */
export const PACKAGES = {
  /** MapLibre (and the tile protocol it is fed by) live in src/map alone. */
  'maplibre-gl': ['map'],
  pmtiles: ['map'],
  /** Svelte: components and runes, never in the pure folders. */
  svelte: ['state', 'map', 'ui', 'app', 'editor', 'export'],
};

/** Browser globals the pure folders must not touch (they run in Node, in tests and the build, as they are). */
export const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'location', 'localStorage', 'history'];

/** The folders of src/, in the order above. */
export const FOLDERS = /** @type {(keyof typeof LAYERS)[]} */ (Object.keys(LAYERS));

/**
 * A regular expression matching a relative specifier that, written in a file `depth` folders below src/<folder>/,
 * leaves that folder for one of `targets` (e.g. depth 1, `../map/…`; depth 2, `../../map/…`).
 * @param {number} depth - how many folders below src/ the importing file is (src/ui/events/X.svelte: 2)
 * @param {string[]} targets - folder names of src/
 */
export function leavingFor(depth, targets) {
  return `^(\\.\\./){${depth}}(${targets.join('|')})(/|$)`;
}

/**
 * ESLint flat-config blocks: for every folder of src/ and every depth of file in it, the imports it may not make.
 * @returns {import('eslint').Linter.Config[]}
 */
export function layerRules() {
  /** @type {import('eslint').Linter.Config[]} */
  const blocks = [];
  for (const folder of FOLDERS) {
    const layer = LAYERS[folder];
    const allowed = new Set([folder, ...layer.imports]);
    const typesOnly = /** @type {string[]} */ ('typesOnly' in layer ? layer.typesOnly : []);
    const forbidden = FOLDERS.filter((other) => !allowed.has(other) && !typesOnly.includes(other));
    const packages = Object.entries(PACKAGES)
      .filter(([, folders]) => !folders.includes(folder))
      .map(([name]) => ({
        regex: `^${name}(/|$)`,
        message: `src/${folder} may not import ${name} (layers.config.js, docs/architecture.md).`,
      }));
    for (const depth of [1, 2, 3]) {
      blocks.push({
        files: [`src/${folder}/${'*/'.repeat(depth - 1)}*.{ts,svelte}`],
        rules: {
          '@typescript-eslint/no-restricted-imports': [
            'error',
            {
              patterns: [
                ...packages,
                ...(forbidden.length > 0
                  ? [
                      {
                        regex: leavingFor(depth, forbidden),
                        caseSensitive: true,
                        message: `src/${folder} may import only ${[...allowed].join(', ')} (layers.config.js).`,
                      },
                    ]
                  : []),
                ...(typesOnly.length > 0
                  ? [
                      {
                        regex: leavingFor(depth, typesOnly),
                        caseSensitive: true,
                        allowTypeImports: true,
                        message: `src/${folder} loads ${typesOnly.join(', ')} on demand only: use import() (layers.config.js).`,
                      },
                    ]
                  : []),
              ],
            },
          ],
          ...(layer.pure ? { 'no-restricted-globals': ['error', ...BROWSER_GLOBALS] } : {}),
        },
      });
    }
  }
  return blocks;
}
