/**
 * Save image: a PNG of one step composed for sharing, rendered on a hidden map so the reader's view never moves.
 */
import type { StoryModel } from '../core/story.ts';
import type { Camera } from '../core/camera.ts';
import { formatEventDate } from '../core/dates.ts';
import { stepScene } from '../core/scene.ts';
import { placesOfEvent } from '../core/story.ts';
import { MAP_SYMBOLS } from '../core/symbols.ts';
import {
  cardCamera,
  displayUrl,
  layoutShareCard,
  legendEntriesFor,
  shareAltText,
  shareFileName,
  shareScale,
  SHARE_FORMATS,
  type CardLayout,
  type ShareFormat,
} from '../core/share-card.ts';
import { withPngText } from '../core/png-text.ts';
import { OffscreenStoryMap } from '../map/offscreen-story-map.ts';
import { canvasMeasure, drawShareCard, loadSymbolImages } from './share-card-canvas.ts';

export interface ShareImageRequest {
  model: StoryModel;
  stepIndex: number;
  format: ShareFormat;
  /** The reader's camera and map size: the picture shows what the reader sees. */
  camera: Camera;
  readerSize: { width: number; height: number };
  /** "Story: The New York Times, Thursday 2 January 2020" */
  attribution: string;
  /** The link printed on the picture. */
  url: string;
}

export interface ShareImage {
  png: Blob;
  fileName: string;
  altText: string;
  layout: CardLayout;
  /** Pixels per card pixel: 2 where the device allows. */
  scale: number;
}

/** What a card says about a step: date, title, legend, credits and link. */
export function cardContent(model: StoryModel, stepIndex: number, attribution: string, url: string) {
  const step = model.steps[stepIndex]!;
  const scene = stepScene(model, stepIndex);
  const drawn = [...scene.staticFeatures.features, ...scene.frame(1, false).features];
  return {
    date: formatEventDate(step.date),
    title: step.title,
    legend: legendEntriesFor({ type: 'FeatureCollection', features: drawn }, placesOfEvent(model, step), MAP_SYMBOLS),
    credits: `Map data: Natural Earth · ${attribution}`,
    url: displayUrl(url),
  };
}

/** The canvas as PNG bytes. */
async function pngBytes(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The browser could not encode the picture.');
  return new Uint8Array(await blob.arrayBuffer());
}

/**
 * Render the PNG.
 * @throws Error with a message for the reader (no WebGL, encoding failed)
 */
export async function renderShareImage(request: ShareImageRequest): Promise<ShareImage> {
  const { model, stepIndex, format } = request;
  const maxSize = OffscreenStoryMap.maxDrawableSize();
  if (maxSize === 0) throw new Error('Saving an image needs WebGL, which this browser does not offer.');
  const scale = shareScale(format, maxSize);
  const { width, height } = SHARE_FORMATS[format];
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The browser could not give a canvas to draw the picture on.');
  const content = cardContent(model, stepIndex, request.attribution, request.url);
  const layout = layoutShareCard(format, content, canvasMeasure(context));
  const [symbols, hidden] = await Promise.all([
    loadSymbolImages(),
    OffscreenStoryMap.open(model, request.attribution, {
      width: layout.map.width,
      height: layout.map.height,
      pixelRatio: scale,
    }),
  ]);
  try {
    const step = model.steps[stepIndex]!;
    const places = placesOfEvent(model, step);
    const camera = cardCamera(request.camera, request.readerSize, layout.map, { min: 1, max: 17 });
    await hidden.showStep(
      model,
      stepIndex,
      places.map((place) => place.properties.id),
      { camera },
      false,
    );
    drawShareCard(context, layout, hidden.render(), scale, symbols);
  } finally {
    hidden.remove();
  }
  const step = model.steps[stepIndex]!;
  const altText = shareAltText(
    content.date,
    step.title,
    placesOfEvent(model, step).map((place) => place.properties.name),
    model.article.title,
  );
  const png = withPngText(await pngBytes(canvas), {
    Title: step.title,
    Description: altText,
    Source: request.url,
    Copyright: content.credits,
  });
  return {
    png: new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' }),
    fileName: shareFileName(step.id, format, 'png'),
    altText,
    layout,
    scale,
  };
}

/** Offer a file for download (a blob URL on a link the reader's browser saves). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
