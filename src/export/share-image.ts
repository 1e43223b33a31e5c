/**
 * Save image: a PNG of one step composed for sharing, rendered on a hidden map so the reader's view never moves.
 */
import type { StoryModel } from '../story/model.ts';
import type { Camera } from '../navigation/camera.ts';
import { formatEventDate } from '../story/dates.ts';
import { stepScene } from '../scene/scene.ts';
import { placesOfEvent } from '../story/model.ts';
import { stepFrameArea } from '../navigation/event-frame.ts';
import type { StoryEvent } from '../story/schema.ts';
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
} from './share-card.ts';
import { withPngText } from './png-text.ts';
import { OffscreenStoryMap } from '../map/offscreen-story-map.ts';
import { canvasMeasure, drawShareCard, loadSymbolImages } from './share-card-canvas.ts';

/**
 * Where the picture's map looks: the reader's camera and map size (the picture shows what the reader sees), or the
 * event's places framed (link previews, which have no reader).
 */
export type ShareView = { camera: Camera; readerSize: { width: number; height: number } } | { framePlaces: true };

export interface ShareImageRequest {
  model: StoryModel;
  stepIndex: number;
  format: ShareFormat;
  view: ShareView;
  /** The event the caption names: the step itself by default, or a background event over its step's map. */
  event?: StoryEvent;
  /** "Story: The New York Times, Thursday, 2 January 2020" */
  attribution: string;
  /** The link printed on the picture; empty for none. */
  url: string;
  /** Pixels per card pixel; by default 2 where the device allows. */
  scale?: 1 | 2;
  /**
   * A hidden map to draw on and keep (opened at this scale), for many pictures in a row; by default one is opened
   * for this picture and removed after it.
   */
  map?: OffscreenStoryMap;
}

export interface ShareImage {
  png: Blob;
  fileName: string;
  altText: string;
  layout: CardLayout;
  /** Pixels per card pixel: 2 where the device allows. */
  scale: number;
}

/**
 * What a card says about a step: date, title, legend, credits and link.
 * @param event - the event the caption names (default: the step)
 */
export function cardContent(
  model: StoryModel,
  stepIndex: number,
  attribution: string,
  url: string,
  event: StoryEvent = model.steps[stepIndex]!,
) {
  const scene = stepScene(model, stepIndex);
  const drawn = [...scene.staticFeatures.features, ...scene.frame(1, false).features];
  return {
    date: formatEventDate(event.date),
    title: event.title,
    legend: legendEntriesFor(
      { type: 'FeatureCollection', features: drawn },
      placesOfEvent(model, event),
      model.symbols,
    ),
    credits: `Map data: Natural Earth · ${attribution}`,
    url: url ? displayUrl(url) : '',
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
  const { model, stepIndex, format, view } = request;
  const event = request.event ?? model.steps[stepIndex]!;
  const maxSize = OffscreenStoryMap.maxDrawableSize();
  if (maxSize === 0) throw new Error('Saving an image needs WebGL, which this browser does not offer.');
  const scale = Math.min(request.scale ?? 2, shareScale(format, maxSize));
  const { width, height } = SHARE_FORMATS[format];
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The browser could not give a canvas to draw the picture on.');
  const content = cardContent(model, stepIndex, request.attribution, request.url, event);
  const layout = layoutShareCard(format, content, canvasMeasure(context));
  const size = { width: layout.map.width, height: layout.map.height, pixelRatio: scale };
  const [symbols, hidden] = await Promise.all([
    loadSymbolImages(),
    request.map ?? OffscreenStoryMap.open(model, request.attribution, size),
  ]);
  hidden.resize(size.width, size.height);
  const places = placesOfEvent(model, event);
  try {
    const offscreenView =
      'camera' in view
        ? { camera: cardCamera(view.camera, view.readerSize, layout.map, { min: 1, max: 17 }) }
        : {
            ...stepFrameArea(model, event),
            // The room the reader's map leaves around a step's places, and the legend's box kept clear at the left.
            padding: { top: 48, right: 48, bottom: 48, left: layout.legendBox ? layout.legendBox.width + 32 : 48 },
          };
    await hidden.showStep(
      model,
      stepIndex,
      places.map((place) => place.properties.id),
      offscreenView,
      false,
    );
    drawShareCard(context, layout, hidden.render(), scale, symbols);
  } finally {
    if (!request.map) hidden.remove();
  }
  const altText = shareAltText(
    content.date,
    event.title,
    places.map((place) => place.properties.name),
    model.article.title,
  );
  const png = withPngText(await pngBytes(canvas), {
    Title: event.title,
    Description: altText,
    ...(request.url ? { Source: request.url } : {}),
    Copyright: content.credits,
  });
  return {
    png: new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' }),
    fileName: shareFileName(event.id, format, 'png'),
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
