/**
 * Draw a share card (laid out by src/export/share-card.ts) on a 2D canvas: the map picture, the caption, the
 * legend and the credits. Used for the PNG, for each video frame and for the link previews built at build time.
 */
import unitSymbols from 'virtual:unit-symbols';
import type { CardLayout, LegendMark, Rect } from './share-card.ts';
import { PALETTE } from '../lib/palette.ts';

/** The page's own font stack, so the card reads like the page. */
export const CARD_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', Arial, sans-serif";

const INK = '#1b1b1b';
const MUTED = '#555';
const PAPER = '#ffffff';
const ACCENT = PALETTE.accent;
const HOSTILE = PALETTE.hostile;
const FIRE = '#f28c28';

/** A text measure for the layout, by the same canvas font the card is drawn with. */
export function canvasMeasure(context: CanvasRenderingContext2D) {
  return (text: string, size: number, weight: 'normal' | 'bold'): number => {
    context.font = `${weight} ${size}px ${CARD_FONT}`;
    return context.measureText(text).width;
  };
}

let symbolImages: Promise<Map<string, HTMLImageElement>> | undefined;

/** The unit symbols as images (decoded once). */
export function loadSymbolImages(): Promise<Map<string, HTMLImageElement>> {
  symbolImages ??= Promise.all(
    Object.entries(unitSymbols).map(async ([name, symbol]) => {
      const image = new Image();
      image.src = symbol.url;
      await image.decode();
      return [name, image] as const;
    }),
  ).then((entries) => new Map(entries));
  return symbolImages;
}

function drawMark(
  context: CanvasRenderingContext2D,
  mark: LegendMark,
  box: Rect,
  symbol: HTMLImageElement | undefined,
): void {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const dot = (radius: number, fill: string, stroke?: string) => {
    context.beginPath();
    context.arc(cx, cy, radius, 0, Math.PI * 2);
    context.fillStyle = fill;
    context.fill();
    if (stroke) {
      context.strokeStyle = stroke;
      context.lineWidth = 2;
      context.stroke();
    }
  };
  switch (mark) {
    case 'symbol':
      if (symbol) {
        const scale = Math.min(box.width / symbol.width, box.height / symbol.height);
        const w = symbol.width * scale;
        const h = symbol.height * scale;
        context.drawImage(symbol, cx - w / 2, cy - h / 2, w, h);
      }
      break;
    case 'place-exact':
      dot(6, ACCENT, ACCENT);
      break;
    case 'place-approximate':
      dot(6, PAPER, ACCENT);
      context.setLineDash([3, 3]);
      context.beginPath();
      context.arc(cx, cy, 10, 0, Math.PI * 2);
      context.stroke();
      context.setLineDash([]);
      break;
    case 'impact':
      dot(6, HOSTILE);
      break;
    case 'fire':
      dot(6, FIRE);
      break;
    case 'route':
      context.fillStyle = ACCENT;
      context.fillRect(box.x, cy - 1.5, box.width, 3);
      break;
  }
}

/**
 * Draw the card.
 * @param context - a 2D context of a canvas `layout.width * scale` by `layout.height * scale`
 * @param map - the map picture, drawn to fill `layout.map` (a canvas of the same aspect)
 */
export function drawShareCard(
  context: CanvasRenderingContext2D,
  layout: CardLayout,
  map: CanvasImageSource,
  scale: number,
  symbols: ReadonlyMap<string, HTMLImageElement>,
): void {
  context.save();
  context.setTransform(scale, 0, 0, scale, 0, 0);
  context.fillStyle = PAPER;
  context.fillRect(0, 0, layout.width, layout.height);
  context.drawImage(map, layout.map.x, layout.map.y, layout.map.width, layout.map.height);
  context.strokeStyle = '#c9c4ba';
  context.lineWidth = 1;
  context.strokeRect(layout.map.x + 0.5, layout.map.y + 0.5, layout.map.width - 1, layout.map.height - 1);
  if (layout.legendBox) {
    const box = layout.legendBox;
    context.fillStyle = 'rgb(255 255 255 / 0.94)';
    context.fillRect(box.x, box.y, box.width, box.height);
    context.strokeStyle = '#c9c4ba';
    context.strokeRect(box.x + 0.5, box.y + 0.5, box.width - 1, box.height - 1);
    for (const item of layout.legendItems) {
      drawMark(context, item.entry.mark, item.mark, item.entry.symbol ? symbols.get(item.entry.symbol) : undefined);
    }
  }
  for (const text of layout.texts) {
    context.font = `${text.weight} ${text.size}px ${CARD_FONT}`;
    context.textAlign = text.align;
    context.textBaseline = 'alphabetic';
    context.fillStyle = text.role === 'date' || text.role === 'credits' ? MUTED : text.role === 'url' ? ACCENT : INK;
    context.fillText(text.text, text.x, text.y);
  }
  context.restore();
}
