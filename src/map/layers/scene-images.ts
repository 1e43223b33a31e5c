/**
 * The scene's pictures as map images: the story's unit symbols (drawn by milsymbol at build time) and the route
 * arrow, added at the screen's pixel ratio, and kept decoded for the animation overlay to draw the same pictures.
 */
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import unitSymbols from 'virtual:unit-symbols';
import { ROUTE_ARROW } from '../../scene/style.ts';
import { anchorOffset } from '../../story/symbols.ts';
import { PALETTE } from '../../lib/palette.ts';

export const ARROW_IMAGE = ROUTE_ARROW.image;

const ARROW_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="22" height="22" viewBox="0 0 22 22">' +
  `<path d="M11 2 L19 19 L11 14 L3 19 Z" fill="${PALETTE.accent}" stroke="#fff" stroke-width="2" stroke-linejoin="round"/></svg>`;

/** The scene's images as decoded SVGs, for the animation overlay (scene-overlay.ts) to draw the same pictures. */
const decodedImages = new Map<string, HTMLImageElement>();

/**
 * A scene image (a unit symbol or the route arrow) as the map was given it, once addSceneImages has resolved.
 * @returns the decoded SVG, at its CSS size (its width and height)
 */
export function decodedSceneImage(name: string): HTMLImageElement | undefined {
  return decodedImages.get(name);
}

/**
 * An SVG drawn at the screen's pixel ratio: MapLibre draws an image at one image pixel per CSS pixel unless told
 * its `pixelRatio`, so an SVG added as it is would be blurry on a high-DPI screen.
 */
async function loadSvgImage(name: string, url: string, pixelRatio: number): Promise<ImageData> {
  const image = new Image();
  image.src = url;
  await image.decode();
  decodedImages.set(name, image);
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(image.width * pixelRatio);
  canvas.height = Math.ceil(image.height * pixelRatio);
  // Read back once: a CPU-backed canvas avoids a GPU read-back (Chromium warns "GPU stall due to ReadPixels").
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** A unit symbol's offset in pixels from its point to its image's centre: milsymbol's anchor sits on the point. */
export function symbolOffset(name: string): readonly [number, number] {
  const symbol = unitSymbols[name];
  return symbol ? anchorOffset(symbol) : [0, 0];
}

/** Each unit symbol's offset so that milsymbol's anchor, not the image centre, sits on the unit. */
export const SYMBOL_ANCHOR_OFFSET: ExpressionSpecification = [
  'match',
  ['get', 'symbol'],
  ...Object.entries(unitSymbols).flatMap(([name, symbol]) => [name, ['literal', anchorOffset(symbol)]]),
  ['literal', [0, 0]],
] as unknown as ExpressionSpecification; // a match built from a list: TypeScript cannot see its arity

/** Unit symbols and the route arrow as map images; resolves once all are added. */
export async function addSceneImages(map: MapLibreMap): Promise<void> {
  const entries = [
    ...Object.entries(unitSymbols).map(([name, symbol]) => [name, symbol.url] as const),
    [ARROW_IMAGE, `data:image/svg+xml;charset=utf-8,${encodeURIComponent(ARROW_SVG)}`] as const,
  ];
  // Whole device pixels: a fractional ratio (1.25) rounds up, which is sharper than down.
  const pixelRatio = Math.max(1, Math.ceil(window.devicePixelRatio || 1));
  const images = await Promise.all(entries.map(([name, svg]) => loadSvgImage(name, svg, pixelRatio)));
  entries.forEach(([name], index) => {
    if (!map.hasImage(name)) map.addImage(name, images[index]!, { pixelRatio });
  });
}
