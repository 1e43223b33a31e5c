/**
 * The link to give for an event: its preview page (`e/<slug>/`, which unfurls with a title and picture where it
 * is pasted, see build/link-previews-plugin.ts) in the built site; the map's own link in the dev server, which
 * has no preview pages.
 */
import { previewPagePath } from '../export/link-preview.ts';

/**
 * @param eventId - the event to link to
 * @param mapLink - the map's own link to it (`…/?event=<id>`), the fallback
 */
export function eventShareLink(eventId: string, mapLink: string): string {
  if (!import.meta.env.PROD) return mapLink;
  const root = new URL('./', mapLink);
  return new URL(previewPagePath(eventId), root).href;
}
