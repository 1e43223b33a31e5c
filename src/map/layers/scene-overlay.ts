/**
 * The animation's in-between frames, drawn on a 2D canvas over the map: projecting a few marks and drawing them
 * costs well under a millisecond, where putting each frame in a GeoJSON source costs a worker round trip, a tile
 * reload and a symbol placement on every frame. What to draw comes from core/scene-drawing.ts, with the role
 * layers' own styles; the settled end state is the map's (SceneLayers hands over at t = 1).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { SceneFeature } from '../../scene/scene.ts';
import { drawOperations, wrapLabel, type DrawOperation, type TextOperation } from '../../scene/drawing.ts';
import { LABEL_BASELINE_SHIFT, LABEL_FONT_FAMILY, LABEL_LINE_HEIGHT } from '../../scene/style.ts';
import { decodedSceneImage, symbolOffset } from './scene-images.ts';

export class SceneOverlay {
  readonly #map: MapLibreMap;
  readonly #canvas: HTMLCanvasElement;
  readonly #context: CanvasRenderingContext2D;
  #features: readonly SceneFeature[] | null = null;
  #width = 0;
  #height = 0;
  #pixelRatio = 1;
  readonly #redraw = () => this.#draw();
  readonly #resize = () => {
    this.#fit();
    this.#draw();
  };

  constructor(map: MapLibreMap) {
    this.#map = map;
    const canvas = document.createElement('canvas');
    canvas.className = 'scene-overlay';
    canvas.setAttribute('aria-hidden', 'true');
    // Over the map's canvas, under its controls (which come after it in the container), and never in the way.
    Object.assign(canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none' });
    map.getCanvasContainer().after(canvas);
    this.#canvas = canvas;
    this.#context = canvas.getContext('2d')!;
    this.#fit();
    // The camera may move while a frame is shown (it flies in before the animation, and the reader may pan).
    map.on('move', this.#redraw);
    map.on('resize', this.#resize);
  }

  /** Draw this frame's features (replacing the last frame), and keep them in place as the camera moves. */
  show(features: readonly SceneFeature[]): void {
    this.#features = features;
    this.#draw();
  }

  /** Draw nothing. */
  clear(): void {
    if (this.#features === null) return;
    this.#features = null;
    this.#draw();
  }

  /** Whether a frame is drawn (for tests and inspection, also as `data-frame` on the canvas). */
  get showing(): boolean {
    return this.#features !== null;
  }

  remove(): void {
    this.#map.off('move', this.#redraw);
    this.#map.off('resize', this.#resize);
    this.#canvas.remove();
  }

  /** Size the canvas as the map, at the screen's pixel ratio (sharp on high-DPI screens). */
  #fit(): void {
    const container = this.#map.getContainer();
    this.#width = container.clientWidth;
    this.#height = container.clientHeight;
    this.#pixelRatio = window.devicePixelRatio || 1;
    this.#canvas.width = Math.round(this.#width * this.#pixelRatio);
    this.#canvas.height = Math.round(this.#height * this.#pixelRatio);
    this.#canvas.style.width = `${this.#width}px`;
    this.#canvas.style.height = `${this.#height}px`;
  }

  #draw(): void {
    const context = this.#context;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, this.#canvas.width, this.#canvas.height);
    this.#canvas.dataset.frame = this.#features ? 'shown' : 'none';
    if (!this.#features) return;
    context.setTransform(this.#pixelRatio, 0, 0, this.#pixelRatio, 0, 0);
    const map = this.#map;
    const operations = drawOperations(this.#features, {
      project: (position) => {
        const point = map.project([position[0]!, position[1]!]);
        return [point.x, point.y];
      },
      view: { width: this.#width, height: this.#height },
      iconOffset: symbolOffset,
    });
    for (const operation of operations) drawOperation(context, operation);
  }
}

function drawOperation(context: CanvasRenderingContext2D, operation: DrawOperation): void {
  context.save();
  switch (operation.kind) {
    case 'line': {
      const { points, style } = operation;
      context.globalAlpha = style.opacity;
      context.strokeStyle = style.color;
      context.lineWidth = style.width;
      context.lineCap = style.cap;
      context.lineJoin = style.join;
      // MapLibre's dashes are in line widths.
      context.setLineDash(style.dash ? style.dash.map((length) => length * style.width) : []);
      context.beginPath();
      points.forEach(([x, y], index) => (index === 0 ? context.moveTo(x, y) : context.lineTo(x, y)));
      context.stroke();
      break;
    }
    case 'circle': {
      const [x, y] = operation.center;
      context.globalAlpha = operation.opacity;
      context.fillStyle = operation.color;
      context.beginPath();
      context.arc(x, y, operation.radius, 0, Math.PI * 2);
      context.fill();
      if (operation.strokeWidth > 0 && operation.strokeOpacity > 0) {
        // MapLibre draws a circle's stroke outside its radius.
        context.globalAlpha = operation.strokeOpacity;
        context.strokeStyle = operation.strokeColor;
        context.lineWidth = operation.strokeWidth;
        context.beginPath();
        context.arc(x, y, operation.radius + operation.strokeWidth / 2, 0, Math.PI * 2);
        context.stroke();
      }
      break;
    }
    case 'icon': {
      const image = decodedSceneImage(operation.image);
      if (!image) break;
      const [x, y] = operation.center;
      context.translate(x, y);
      context.rotate((operation.rotate * Math.PI) / 180);
      const [dx, dy] = operation.offset;
      context.drawImage(image, dx - image.width / 2, dy - image.height / 2, image.width, image.height);
      break;
    }
    case 'text':
      drawLabel(context, operation);
      break;
  }
  context.restore();
}

/** A label laid out as MapLibre lays out a point label: wrapped, placed by its anchor, lines centred, haloed. */
function drawLabel(context: CanvasRenderingContext2D, operation: TextOperation): void {
  const { style, anchor } = operation;
  context.font = `${style.size}px ${LABEL_FONT_FAMILY}`;
  const lines = wrapLabel(operation.text, style.maxWidth * style.size, (line) => context.measureText(line).width);
  const lineHeight = LABEL_LINE_HEIGHT * style.size;
  const width = Math.max(...lines.map((line) => context.measureText(line).width));
  const height = lines.length * lineHeight;
  const x = operation.point[0] + operation.offset[0];
  const y = operation.point[1] + operation.offset[1];
  const left = anchor.endsWith('left') ? x : anchor.endsWith('right') ? x - width : x - width / 2;
  const top = anchor.startsWith('top') ? y : anchor.startsWith('bottom') ? y - height : y - height / 2;
  // Lines are centred on each other, whatever the anchor: the role layers keep MapLibre's default text-justify.
  const lineX = left + width / 2;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  context.lineWidth = style.haloWidth * 2;
  context.strokeStyle = style.haloColor;
  context.fillStyle = style.color;
  const lineY = (index: number) => top + (index + 0.5) * lineHeight + LABEL_BASELINE_SHIFT * style.size;
  // Every halo first, as MapLibre draws them: a line's halo must not cover the line above it.
  lines.forEach((line, index) => context.strokeText(line, lineX, lineY(index)));
  lines.forEach((line, index) => context.fillText(line, lineX, lineY(index)));
}
