/**
 * A second, hidden map for pictures and videos of the story: the same style, places and scene as the reader's
 * map, at exactly the size and pixel ratio the export needs, so the reader's view never jumps or resizes. It keeps
 * its drawing buffer (preserveDrawingBuffer), which the reader's map does not pay for, so a frame can be copied
 * after any render.
 */
import { Map as MapLibreMap } from 'maplibre-gl';
import type { StoryModel } from '../story/model.ts';
import { stepScene, storyStaticFeatures, withCurrentStatic, type StepScene } from '../scene/scene.ts';
import { ZOOM_LIMITS, type Camera, type Bounds } from '../navigation/camera.ts';
import { basemapStyle } from './basemap/style.ts';
import { loadBasemap } from './basemap/basemap.ts';
import { drawnAndIdle } from './map-idle.ts';
import { maxFramingZoom } from '../navigation/event-frame.ts';
import { addPlaceLayers, setHighlightedPlaces } from './layers/place-layers.ts';
import { addSceneLayers, setStoryStatic, showSceneFrame, showStaticAtStep } from './layers/scene-layers.ts';
import { addSceneImages } from './layers/scene-images.ts';
import './warm-up.ts';

/** Where the hidden map looks: a camera (the reader's view) or an area to frame (a step's places). */
export type OffscreenView =
  | { camera: Camera }
  | {
      bounds: Bounds;
      padding: number | { top: number; right: number; bottom: number; left: number };
      /** An outline of its own is framed: it may go closer than points (see navigation/event-frame.ts). */
      hasArea: boolean;
      /** A background range's places: framed no closer than a region. */
      background?: boolean;
    };

/** Measured once per page: the device does not change. */
let maxDrawableSize: number | undefined;

export class OffscreenStoryMap {
  #map: MapLibreMap;
  #container: HTMLElement;
  #lost = false;
  /** A detail basemap draws beyond Natural Earth's zooms. */
  #detailBasemap: boolean;

  private constructor(map: MapLibreMap, container: HTMLElement, detailBasemap: boolean) {
    this.#map = map;
    this.#container = container;
    this.#detailBasemap = detailBasemap;
    map.getCanvas().addEventListener('webglcontextlost', () => (this.#lost = true));
  }

  /**
   * Create the hidden map and wait until its style, places and scene layers are ready.
   * @param width - CSS pixels
   * @param height - CSS pixels
   * @param pixelRatio - drawing-buffer pixels per CSS pixel
   */
  static async open(
    model: StoryModel,
    attribution: string,
    size: { width: number; height: number; pixelRatio: number },
  ): Promise<OffscreenStoryMap> {
    const basemap = await loadBasemap();
    const container = document.createElement('div');
    container.setAttribute('aria-hidden', 'true');
    container.className = 'offscreen-story-map';
    // Laid out (MapLibre needs a real size) but off screen and out of the reader's way.
    Object.assign(container.style, {
      position: 'fixed',
      left: '-20000px',
      top: '0',
      width: `${size.width}px`,
      height: `${size.height}px`,
      pointerEvents: 'none',
    });
    document.body.append(container);
    const map = new MapLibreMap({
      container,
      style: basemapStyle(basemap, attribution),
      center: [0, 0],
      zoom: 1,
      pixelRatio: size.pixelRatio,
      interactive: false,
      attributionControl: false,
      // Labels appear at once, not faded in: a picture taken right after `idle` is complete.
      fadeDuration: 0,
      renderWorldCopies: false,
      maxZoom: ZOOM_LIMITS.maxZoom,
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
    });
    try {
      await map.once('load');
      addPlaceLayers(map, model.places, { twinIds: model.basemapTwinIds });
      addSceneLayers(map);
      // What every step leaves behind, once; each step then shows what the steps before it left by a filter.
      await Promise.all([addSceneImages(map), setStoryStatic(map, storyStaticFeatures(model))]);
    } catch (error) {
      map.remove();
      container.remove();
      throw error;
    }
    return new OffscreenStoryMap(map, container, basemap.kind === 'tiles' && basemap.detail !== undefined);
  }

  /** Call `listener` when the browser takes the WebGL context away. */
  onContextLost(listener: () => void): void {
    this.#map.getCanvas().addEventListener('webglcontextlost', listener, { once: true });
  }

  /** Whether the browser took the WebGL context away (a video must stop: its frames would be blank). */
  get contextLost(): boolean {
    return this.#lost;
  }

  /**
   * Show a step: its scene at its first frame (`animated`) or in its end state, its places highlighted, at the
   * view; resolves once the map has drawn it all (tiles, labels, symbols).
   * @returns the step's scene, whose frames `showFrame` shows
   */
  async showStep(
    model: StoryModel,
    stepIndex: number,
    highlightedIds: readonly string[],
    view: OffscreenView,
    animated: boolean,
  ): Promise<StepScene> {
    const map = this.#map;
    const scene = stepScene(model, stepIndex);
    setHighlightedPlaces(map, new Set(highlightedIds));
    showStaticAtStep(map, stepIndex);
    await showSceneFrame(map, withCurrentStatic(scene, scene.frame(animated ? 0 : 1, !animated)));
    if ('camera' in view) {
      const { lng, lat, zoom, bearing, pitch } = view.camera;
      map.jumpTo({ center: [lng, lat], zoom, bearing, pitch });
    } else {
      // The reader's map's zoom honesty: points no closer than the basemap draws them.
      const maxZoom = maxFramingZoom({
        hasArea: view.hasArea,
        detailBasemap: this.#detailBasemap,
        background: view.background ?? false,
      });
      map.fitBounds(view.bounds, { padding: view.padding, duration: 0, maxZoom });
    }
    await this.settled();
    return scene;
  }

  /** Change the map's size (CSS pixels), e.g. when a caption takes another line. */
  resize(width: number, height: number): void {
    if (this.#container.clientWidth === width && this.#container.clientHeight === height) return;
    this.#container.style.width = `${width}px`;
    this.#container.style.height = `${height}px`;
    this.#map.resize();
  }

  /** Show the scene at progress `t` (0 … 1); resolves once that frame's features are on the map. */
  showFrame(scene: StepScene, t: number): Promise<void> {
    return showSceneFrame(this.#map, withCurrentStatic(scene, scene.frame(t, false)));
  }

  /** Resolve once the map has loaded and drawn everything it needs for the current state. */
  async settled(): Promise<void> {
    await drawnAndIdle(this.#map);
  }

  /** Draw now (synchronously) and return the canvas holding the picture. */
  render(): HTMLCanvasElement {
    this.#map.redraw();
    return this.#map.getCanvas();
  }

  /** The largest drawing buffer this device allows, for choosing a pixel ratio. */
  static maxDrawableSize(): number {
    if (maxDrawableSize !== undefined) return maxDrawableSize;
    const gl = document.createElement('canvas').getContext('webgl2');
    maxDrawableSize = gl
      ? Math.min(gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number, gl.getParameter(gl.MAX_TEXTURE_SIZE) as number)
      : 0;
    // Browsers allow only a few live WebGL contexts: give this probe's back at once.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return maxDrawableSize;
  }

  remove(): void {
    this.#map.remove();
    this.#container.remove();
  }
}
