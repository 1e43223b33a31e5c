/**
 * Whether the reader's map is ready to be copied (for a picture or a video), and its size: published by MapView
 * through a Svelte context that the shell provides, as svelte-maplibre-gl's contexts.svelte.ts publishes its map
 * (a Symbol key, state on a class), not read back from the DOM.
 */
import { getContext, setContext } from 'svelte';

const READINESS = Symbol('map-readiness');

export class MapReadiness {
  /** True once the map's style and place layers are ready. */
  ready = $state(false);
  /** The map's element, for its size at the moment a picture is asked for. */
  element: HTMLElement | undefined = $state.raw();

  /** The map's size in CSS pixels, or undefined before it is laid out. */
  size(): { width: number; height: number } | undefined {
    return this.element ? { width: this.element.clientWidth, height: this.element.clientHeight } : undefined;
  }
}

/** Called by the component that holds the map (the shell): its MapView publishes into the returned object. */
export function provideMapReadiness(): MapReadiness {
  return setContext(READINESS, new MapReadiness());
}

/** The readiness to publish into, when a parent provided one. */
export function mapReadinessContext(): MapReadiness | undefined {
  return getContext<MapReadiness | undefined>(READINESS);
}
