/**
 * Framing policy: how much of the map's edge the camera keeps clear when it frames a step's places, per layout.
 * Pure, so each rule has a unit test; the shell passes in what it measured (sheet and card heights).
 */
import type { Layout } from './layout.ts';

/** Padding in CSS pixels on each side of the framed area, as MapLibre's `fitBounds` takes it. */
export interface FramePadding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The numbers the policy is made of, named once. */
export const FRAMING = {
  /** Phones: room at the top for the Legend button (its foot about 40 px down) and half a unit symbol (15 px). */
  narrowTop: 64,
  narrowBottom: 32,
  narrowSide: 36,
  /** Desktop: an even margin, and room on the right for the place panel when it is open (340 px wide + margin). */
  wide: 48,
  /** Desktop top: room for the Legend button over the map's corner, as on phones (a destination sat under it). */
  wideTop: 64,
  wideRight: 64,
  wideRightWithPlace: 380,
} as const;

export interface FramingInput {
  layout: Layout;
  /** Whether a place's panel (desktop) or sheet (phone) is open. */
  placeOpen: boolean;
  /** The phone's place sheet height and the event card's, measured (CSS px). */
  placeSheetHeight: number;
  cardHeight: number;
}

/**
 * The padding for framing: on phones the card sits below the map, and a place sheet taller than the card covers
 * the map's foot, so the framed area ends above the sheet; on desktop the open place panel covers the right.
 */
export function framingPadding({ layout, placeOpen, placeSheetHeight, cardHeight }: FramingInput): FramePadding {
  if (layout === 'sidebar')
    return {
      top: FRAMING.wideTop,
      bottom: FRAMING.wide,
      left: FRAMING.wide,
      right: placeOpen ? FRAMING.wideRightWithPlace : FRAMING.wideRight,
    };
  const sheetOverCard = layout === 'card-below' && placeOpen ? Math.max(0, placeSheetHeight - cardHeight) : 0;
  return {
    top: FRAMING.narrowTop,
    bottom: FRAMING.narrowBottom + sheetOverCard,
    left: FRAMING.narrowSide,
    right: FRAMING.narrowSide,
  };
}
