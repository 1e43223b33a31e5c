/**
 * Keeps the address bar and the story in step: a link opens exactly its view; each step and each opened
 * place is a history entry (so Back returns to it); camera moves only replace the hash, throttled.
 * Call during component initialisation (it creates effects).
 */
import {
  cameraAlmostEqual,
  formatCameraHash,
  formatLinkState,
  parseLinkState,
  type LinkLimits,
  type LinkProblem,
  type LinkState,
} from '../navigation/link-state.ts';
import { afterNextFrame } from '../lib/after-frame.ts';
import type { Camera } from '../navigation/camera.ts';
import type { StoryState } from './story-state.svelte.ts';
import { linkNamesFilter, type EventFilter } from '../navigation/event-filter.ts';
import { loadFailure } from '../lib/on-demand.ts';
import { filterCode, loadFilterCode, type FilterCode } from './filter-code.svelte.ts';

/**
 * Browsers limit how often the URL may change (Safari: 100 times per 30 s), and a camera moves every frame:
 * write the hash at most this often.
 */
const HASH_THROTTLE_MS = 400;
/**
 * The same limit counts replaced entries (Chromium warns and drops them past 200 per 10 s): a scrubbed timeline
 * changes the step every frame, so a replaced entry's address is written at most this often, the last one winning.
 */
const REPLACE_THROTTLE_MS = 400;

export interface LinkSync {
  /** Whether the link asked for minimal chrome (an iframe). */
  readonly embed: boolean;
  /** What could not be used from the link the page was opened with (or went Back to). */
  readonly problems: readonly LinkProblem[];
  /**
   * The next step or place change updates the current history entry instead of adding one (reading on, dragging
   * the timeline, a held key): a burst of such changes is one entry, and its address is written at most every
   * REPLACE_THROTTLE_MS.
   */
  replaceNextEntry(): void;
  /** The event list's filter the link names (undefined: every event). */
  readonly filter: EventFilter | undefined;
  /**
   * Change the filter (a part left empty is dropped, a filter that leaves nothing out is none): the current history
   * entry's address changes with it (typing is not a trail of entries). The first filter waits for the filter's code
   * to load (see state/filter-code.svelte.ts).
   */
  setFilter(filter: EventFilter | undefined): void;
  /** Why the reader's filter could not be applied (its code did not load); empty when it could. */
  readonly filterFailure: string;
  /** Report the camera after each move. */
  cameraChanged(camera: Camera): void;
  /** The link to the current view, absolute. */
  currentUrl(): string;
  /** An absolute link to one event or one place, keeping the page's other parameters. */
  urlFor(target: { event?: string; place?: string }, options?: { embed?: boolean }): string;
}

export function useLinkSync(story: StoryState, limits: LinkLimits): LinkSync {
  // State, not a plain variable: Back/Forward to an entry with or without `embed` must change the chrome.
  let kept = $state.raw<Pick<LinkState, 'embed' | 'extra'>>({ embed: false, extra: [] });
  let problems = $state.raw<LinkProblem[]>([]);
  let filter = $state.raw<EventFilter | undefined>(undefined);
  let filterFailure = $state('');
  /** Counts filter changes (and links applied): a filter waiting for its code is dropped if another came since. */
  let filterRequest = 0;
  let lastCamera: Camera | undefined;
  let hashTimer: ReturnType<typeof setTimeout> | undefined;
  let pendingHash: string | undefined;
  let replaceNext = false;
  /**
   * The current entry's own fragment that is not a camera (`#notes`): left as it is, so the camera is not
   * written over it. A new entry starts without it.
   */
  let keptFragment: string | undefined;
  /** The new history entry waiting for the next frame (see the effect below), if one is. */
  let pendingEntry: { write: () => void; cancel: () => void } | undefined;
  const dropPendingEntry = () => {
    pendingEntry?.cancel();
    pendingEntry = undefined;
  };
  /** Write the waiting entry now (what comes next, a replace, is for it). */
  const writePendingEntry = () => {
    const entry = pendingEntry;
    dropPendingEntry();
    entry?.write();
  };
  /** The address a throttled replace will give the current entry, and when the last such write happened. */
  let pendingReplace: { search: string; url: string } | undefined;
  let replaceTimer: ReturnType<typeof setTimeout> | undefined;
  let lastReplaceAt = -Infinity;

  const writePendingReplace = () => {
    clearTimeout(replaceTimer);
    replaceTimer = undefined;
    const pending = pendingReplace;
    pendingReplace = undefined;
    if (!pending) return;
    lastReplaceAt = performance.now();
    history.replaceState(null, '', pending.url);
  };

  /** Replace the current entry's address now if none was written lately, else once the throttle allows (the latest). */
  const replaceThrottled = (search: string, url: string) => {
    pendingReplace = { search, url };
    const wait = lastReplaceAt + REPLACE_THROTTLE_MS - performance.now();
    if (wait <= 0) writePendingReplace();
    else replaceTimer ??= setTimeout(writePendingReplace, wait);
  };

  /** Only the hash of the current entry: panning is not a step the reader wants to go Back through. */
  const writePendingHash = () => {
    clearTimeout(hashTimer);
    // The hash goes on the entry's latest address, not on one a throttled replace is about to change.
    writePendingReplace();
    const hash = pendingHash;
    pendingHash = undefined;
    if (hash === undefined || keptFragment !== undefined || location.hash === hash) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  };

  const searchFor = (
    event: string | undefined,
    place: string | undefined,
    embed = kept.embed,
    withFilter: EventFilter | undefined = filter,
  ) => formatLinkState({ event, place, embed, filter: withFilter, extra: kept.extra }, filterCode()).search;
  const currentSearch = () => searchFor(story.currentStep.id, story.openPlaceId ?? undefined);

  /**
   * Show what the address bar says, then rewrite it (same entry) in our normal form: whatever could not be
   * used is dropped, so a reload or a copy does not repeat the notice, and the step is always named, so the
   * next change is recognised as the reader's own.
   */
  const apply = () => {
    // Back/Forward wins over an entry still waiting to be written.
    dropPendingEntry();
    clearTimeout(hashTimer);
    pendingHash = undefined;
    // A replace still waiting was for the entry the reader has just left.
    clearTimeout(replaceTimer);
    replaceTimer = undefined;
    pendingReplace = undefined;
    filterRequest++;
    const code = filterCode();
    const parsed = parseLinkState(location.search, location.hash, limits, code);
    problems = parsed.problems;
    kept = { embed: parsed.state.embed, extra: parsed.state.extra };
    filter = parsed.state.filter;
    lastCamera = parsed.state.camera;
    keptFragment = parsed.state.fragment;
    story.applyLink({ eventId: parsed.state.event, placeId: parsed.state.place, camera: parsed.state.camera });
    const hash = formatLinkState(parsed.state).hash;
    history.replaceState(history.state, '', `${location.pathname}${currentSearch()}${hash}`);
    if (!code && linkNamesFilter(location.search)) readFilterLater();
  };

  /**
   * A link's filter whose code is not in (it failed to load before the story showed): its keys were kept unread, so
   * the address still has them. Ask for the code again and read the link again, if it is still the address; else say
   * why the filter is not applied (in Chromium a chunk whose fetch failed fails again at once, so this is the usual
   * outcome: see lib/on-demand.ts).
   */
  const readFilterLater = () => {
    const search = location.search;
    loadFilterCode().then(
      () => {
        if (location.search === search) apply();
      },
      (error: unknown) => {
        const message = `${loadFailure('The filter in this link', error)} Showing every event.`;
        problems = [...problems, { part: 'filter', kind: 'malformed', value: '', message }];
      },
    );
  };

  apply();

  // Every step and place change the reader makes is a history entry. The new entry starts without a camera:
  // the old one belongs to the entry being left (Back restores it), and the map reports the new one on arrival.
  // Written after the next frame: pushState costs milliseconds (more on a busy machine), and the frame that shows
  // the map's reaction to the step must not wait for the address bar. Steps faster than frames make one entry.
  $effect(() => {
    const search = currentSearch();
    if (search === (pendingReplace?.search ?? location.search)) {
      // Back on the address the entry has, before a new one was written: there is no new entry.
      dropPendingEntry();
      return;
    }
    const replace = replaceNext;
    replaceNext = false;
    lastCamera = undefined;
    if (replace) {
      // A new entry still waiting goes first: the replacing (a sweep that began with this step) is for it.
      writePendingEntry();
      // The camera waiting to be written belongs to the address being replaced.
      clearTimeout(hashTimer);
      pendingHash = undefined;
      keptFragment = undefined;
      replaceThrottled(search, `${location.pathname}${search}`);
      return;
    }
    // Steps faster than frames: only the last of them becomes the new entry.
    dropPendingEntry();
    const write = () => {
      // The entry being left gets its last address and camera first (Back returns to exactly that).
      writePendingHash();
      keptFragment = undefined;
      history.pushState(null, '', `${location.pathname}${search}`);
    };
    const cancel = afterNextFrame(() => {
      pendingEntry = undefined;
      write();
    });
    pendingEntry = { write, cancel };
  });

  $effect(() => {
    const onPopState = () => apply();
    window.addEventListener('popstate', onPopState);
    return () => {
      window.removeEventListener('popstate', onPopState);
      dropPendingEntry();
      clearTimeout(hashTimer);
      clearTimeout(replaceTimer);
    };
  });

  return {
    get embed() {
      return kept.embed;
    },
    get problems() {
      return problems;
    },
    get filter() {
      return filter;
    },
    get filterFailure() {
      return filterFailure;
    },
    setFilter(next) {
      const request = ++filterRequest;
      const set = (code?: FilterCode) => {
        if (request !== filterRequest) return;
        filterFailure = '';
        replaceNext = true;
        setTimeout(() => (replaceNext = false), 0);
        filter = next && code?.keptFilter(next);
      };
      const code = filterCode();
      if (code || !next) return set(code);
      loadFilterCode().then(set, (error: unknown) => {
        if (request === filterRequest) filterFailure = loadFailure('The search', error);
      });
    },
    replaceNextEntry() {
      replaceNext = true;
      // Effects run before the next task: if nothing changed by then, the flag must not hit a later change.
      setTimeout(() => (replaceNext = false), 0);
    },
    cameraChanged(camera) {
      if (lastCamera && cameraAlmostEqual(lastCamera, camera)) return;
      lastCamera = camera;
      pendingHash = formatCameraHash(camera);
      clearTimeout(hashTimer);
      hashTimer = setTimeout(writePendingHash, HASH_THROTTLE_MS);
    },
    currentUrl() {
      writePendingReplace();
      return `${location.origin}${location.pathname}${location.search}${location.hash}`;
    },
    urlFor(target, options = {}) {
      // A link to one event or place is about that, not about the list the reader had filtered.
      return `${location.origin}${location.pathname}${searchFor(target.event, target.place, options.embed ?? kept.embed, undefined)}`;
    },
  };
}
