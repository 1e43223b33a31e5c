/**
 * The colours every surface shares: the page's CSS (`--accent`, `--hostile`, … in app/global.css, held to these
 * by tests/lib/palette.test.ts), the map's style and layers, and the export canvas. One place to change a colour.
 */
export const PALETTE = {
  /** Friendly forces and US facilities: routes, trails, the route arrow, the card's accent. */
  accent: '#1d4e89',
  /** Hostile actors and strike sites. */
  hostile: '#b3261e',
  ink: '#1f2328',
  paper: '#ffffff',
} as const;
