/**
 * What the share controls ask for, read at the moment a reader presses: the link Share gives, the picture Save
 * image draws, the range Record video records; each a reason instead while the map is not there to copy.
 */
import type { StoryModel } from '../story/model.ts';
import type { Camera } from '../navigation/camera.ts';
import type { ShareImageRequest } from '../export/share-image.ts';
import type { VideoRequest } from '../export/record-video.ts';
import { eventShareLink } from './share-link.ts';

/** The message while the map has not shown yet. */
export const MAP_LOADING = 'The map is still loading. Try again once it shows.';

/**
 * Whether Share gives the reader's exact view (camera, open place) rather than the event's preview page: once the
 * reader has made the view their own (moved the map, opened a place) or arrived by such a link.
 */
export function sharesOwnView(view: { movedByReader: boolean; openPlaceId: string | null; linkCamera: boolean }) {
  return view.movedByReader || view.openPlaceId !== null || view.linkCamera;
}

/** The page's state as the requests read it, each time they are asked. */
export interface ShareState {
  stepIndex: number;
  openPlaceId: string | null;
  /** A camera from the link the reader arrived by is still the view. */
  linkCamera: boolean;
  movedByReader: boolean;
  /** Why there is no map, if there is none. */
  mapNotice: string;
  camera: Camera | null;
  mapReady: boolean;
  mapSize: { width: number; height: number } | undefined;
}

export interface ShareLinks {
  /** The map's own link to an event. */
  mapLinkTo: (eventId: string) => string;
  /** The address bar's link (the exact view). */
  currentUrl: () => string;
}

/**
 * @param model - the story
 * @param attribution - the story's credit line for pictures and videos
 * @param links - the map's links
 * @param state - read when a request is made
 */
export function shareRequests(model: StoryModel, attribution: string, links: ShareLinks, state: () => ShareState) {
  /** The event's link: its preview page in the built site, which unfurls where it is pasted. */
  const eventLink = (id: string) => eventShareLink(id, links.mapLinkTo(id));
  const stepId = (index: number) => model.steps[index]!.id;
  return {
    eventLink,
    shareUrl(): string {
      const now = state();
      return sharesOwnView(now) ? links.currentUrl() : eventLink(stepId(now.stepIndex));
    },
    shareImageRequest(): Omit<ShareImageRequest, 'format'> | string {
      const now = state();
      if (now.mapNotice) return now.mapNotice;
      if (!now.camera || !now.mapReady || !now.mapSize) return MAP_LOADING;
      return {
        model,
        stepIndex: now.stepIndex,
        view: { camera: now.camera, readerSize: now.mapSize },
        attribution,
        url: eventLink(stepId(now.stepIndex)),
      };
    },
    videoRequest(): Omit<VideoRequest, 'from' | 'to'> | string {
      const now = state();
      if (now.mapNotice) return now.mapNotice;
      if (!now.mapReady) return MAP_LOADING;
      return { model, attribution, urlFor: (index: number) => eventLink(stepId(index)) };
    },
  };
}
