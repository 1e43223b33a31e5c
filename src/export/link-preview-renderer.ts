/**
 * Link-preview pictures, drawn at build time: `npm run build` opens the built page with `?render-link-previews` in
 * headless Chromium (build/preview-images.ts) and calls `window.renderLinkPreview` once per event. Each picture is
 * the landscape share card at 1×, drawn by the same code as Save image, with the event's places framed. The app
 * itself is not mounted: the only map is the hidden one the card is drawn from.
 */
import { loadStory } from '../story/load.ts';
import { stepIdForEvent } from '../story/model.ts';
import { SHARE_FORMATS, storyAttribution } from './share-card.ts';
import { OffscreenStoryMap } from '../map/offscreen-story-map.ts';
import { renderShareImage } from './share-image.ts';

export interface LinkPreviewPicture {
  /** The PNG, base64 (what crosses from the page to the build). */
  base64: string;
  width: number;
  height: number;
  altText: string;
}

declare global {
  interface Window {
    /**
     * Draw one event's preview picture.
     * @param url - the preview page's absolute URL, printed on the card; empty for none
     */
    renderLinkPreview?: (eventId: string, url: string) => Promise<LinkPreviewPicture>;
  }
}

async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode takes its bytes as arguments, and a call has a limit on those.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Load the story and offer the hook; the page's `data-link-previews` says when it is ready or why not. */
export async function startLinkPreviewRenderer(): Promise<void> {
  const loaded = await loadStory();
  if (!loaded.ok) {
    document.documentElement.dataset['linkPreviews'] = 'invalid story';
    return;
  }
  const { model } = loaded;
  const events = new Map(
    [...model.steps, ...[...model.backgroundByStep.values()].flat()].map((event) => [event.id, event]),
  );
  const attribution = storyAttribution(model.article);
  // One hidden map for all the pictures: opening one (style, basemap, symbols) costs as much as drawing a picture.
  let hidden: Promise<OffscreenStoryMap> | undefined;
  window.renderLinkPreview = async (eventId, url) => {
    const event = events.get(eventId);
    const stepIndex = model.steps.findIndex((step) => step.id === stepIdForEvent(model, eventId));
    if (!event || stepIndex < 0) throw new Error(`no event ${JSON.stringify(eventId)} in the story`);
    const image = await renderShareImage({
      model,
      stepIndex,
      event,
      format: 'landscape',
      view: { framePlaces: true },
      attribution,
      url,
      scale: 1,
      map: await (hidden ??= OffscreenStoryMap.open(model, attribution, { ...SHARE_FORMATS.landscape, pixelRatio: 1 })),
    });
    return {
      base64: await base64Of(image.png),
      width: image.layout.width * image.scale,
      height: image.layout.height * image.scale,
      altText: image.altText,
    };
  };
  document.documentElement.dataset['linkPreviews'] = 'ready';
}
