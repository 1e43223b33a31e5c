/**
 * Page-wide keyboard shortcuts for stepping, and where they must not fire.
 */
import type { PlayerAction } from '../navigation/timeline.ts';

const ACTIONS: Readonly<Record<string, PlayerAction>> = {
  ArrowRight: { type: 'next' },
  ArrowLeft: { type: 'previous' },
  ' ': { type: 'toggle' },
  Home: { type: 'first' },
  End: { type: 'last' },
};

/** Elements that own every one of these keys: fields, selects, sliders. */
const OWNS_ALL_KEYS = 'input, textarea, select, [role="slider"], [contenteditable="true"]';
/** Elements that Space activates (a button, a link, a disclosure): Space stays theirs, arrows are ours. */
const OWNS_SPACE = 'button, a[href], summary';
/** The map canvas pans with the arrow keys. */
const OWNS_ARROWS = '.maplibregl-canvas';

/**
 * The stepping action for a key pressed with focus on `target`, or undefined when the key belongs to the
 * focused control (typing in a field, pressing a focused button with Space, panning the focused map).
 */
export function shortcutFor(key: string, target: EventTarget | null): PlayerAction | undefined {
  const action = ACTIONS[key];
  // Anything with `closest` is an element (the window and the document are not); duck-typed so the rules run
  // in unit tests without a DOM.
  const element = target as Partial<Pick<Element, 'closest'>> | null;
  if (!action || typeof element?.closest !== 'function') return action;
  if (element.closest(OWNS_ALL_KEYS)) return undefined;
  if (key === ' ' && element.closest(OWNS_SPACE)) return undefined;
  if (key.startsWith('Arrow') && element.closest(OWNS_ARROWS)) return undefined;
  return action;
}

/** A key press, as much of a KeyboardEvent as the decision reads. */
export interface KeyPress {
  key: string;
  repeat: boolean;
  defaultPrevented: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
}

/** What is open on the page when a key is pressed. */
export interface KeyContext {
  /** The article as a sheet over the map (phones). */
  articleSheetOpen: boolean;
  placeOpen: boolean;
  /** A modal dialog is open: it takes Escape first. */
  dialogOpen: boolean;
}

/** What a key press does: close something, step (a held key makes a sweep), or nothing. */
export type KeyOutcome =
  | { type: 'close-article' }
  | { type: 'close-place' }
  | { type: 'step'; action: PlayerAction; held: boolean }
  | undefined;

/**
 * Escape closes the article sheet, else the place panel (as its × does); the stepping keys step unless a modifier
 * is held, the event was handled, or the focused control owns the key.
 */
export function keyOutcome(press: KeyPress, context: KeyContext): KeyOutcome {
  if (press.key === 'Escape' && context.articleSheetOpen) return { type: 'close-article' };
  if (press.key === 'Escape' && context.placeOpen && !context.dialogOpen) return { type: 'close-place' };
  if (press.defaultPrevented || press.altKey || press.ctrlKey || press.metaKey) return undefined;
  const action = shortcutFor(press.key, press.target);
  return action ? { type: 'step', action, held: press.repeat } : undefined;
}
