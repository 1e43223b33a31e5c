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
  if (!action || !(target instanceof Element)) return action;
  if (target.closest(OWNS_ALL_KEYS)) return undefined;
  if (key === ' ' && target.closest(OWNS_SPACE)) return undefined;
  if (key.startsWith('Arrow') && target.closest(OWNS_ARROWS)) return undefined;
  return action;
}
