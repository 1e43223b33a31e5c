import { describe, expect, it } from 'vitest';
import { MAP_LOADING, sharesOwnView, shareRequests, type ShareState } from '../../src/app/share-requests.ts';
import type { StoryModel } from '../../src/story/model.ts';

/** Only what the requests read of a model: its steps' ids. */
const model = { steps: [{ id: 'first' }, { id: 'second' }] } as unknown as StoryModel;
const ready: ShareState = {
  stepIndex: 1,
  openPlaceId: null,
  linkCamera: false,
  movedByReader: false,
  mapNotice: '',
  camera: { center: [44, 33], zoom: 6, bearing: 0, pitch: 0 } as never,
  mapReady: true,
  mapSize: { width: 800, height: 600 },
};
const links = { mapLinkTo: (id: string) => `http://x.test/?event=${id}`, currentUrl: () => 'http://x.test/#exact' };
const requests = (state: Partial<ShareState> = {}) =>
  shareRequests(model, 'Story: Outlet', links, () => ({ ...ready, ...state }));

describe('sharesOwnView', () => {
  it('is the event’s link while the story frames the view', () => {
    expect(sharesOwnView({ movedByReader: false, openPlaceId: null, linkCamera: false })).toBe(false);
  });
  it('is the exact view once the reader moved the map, opened a place or came by a camera link', () => {
    expect(sharesOwnView({ movedByReader: true, openPlaceId: null, linkCamera: false })).toBe(true);
    expect(sharesOwnView({ movedByReader: false, openPlaceId: 'baghdad', linkCamera: false })).toBe(true);
    expect(sharesOwnView({ movedByReader: false, openPlaceId: null, linkCamera: true })).toBe(true);
  });
});

describe('shareRequests', () => {
  it('shares the address bar’s link for the reader’s own view', () => {
    expect(requests({ movedByReader: true }).shareUrl()).toBe('http://x.test/#exact');
  });
  it('shares the current event’s link otherwise (the map’s own link outside a production build)', () => {
    expect(requests().shareUrl()).toBe('http://x.test/?event=second');
  });
  it('says why there is no picture while the map is loading', () => {
    expect(requests({ mapReady: false }).shareImageRequest()).toBe(MAP_LOADING);
    expect(requests({ camera: null }).shareImageRequest()).toBe(MAP_LOADING);
    expect(requests({ mapSize: undefined }).shareImageRequest()).toBe(MAP_LOADING);
  });
  it('passes on why there is no map at all', () => {
    expect(requests({ mapNotice: 'WebGL is off.' }).videoRequest()).toBe('WebGL is off.');
  });
  it('asks for a picture of the current step at the reader’s view and size', () => {
    const request = requests().shareImageRequest();
    expect(request).toMatchObject({ stepIndex: 1, view: { readerSize: { width: 800, height: 600 } } });
  });
  it('links each recorded step to its event', () => {
    const request = requests().videoRequest();
    if (typeof request === 'string') throw new Error(request);
    expect(request.urlFor(0)).toBe('http://x.test/?event=first');
  });
});
