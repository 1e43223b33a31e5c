import { describe, expect, it } from 'vitest';
import { keyOutcome, shortcutFor, type KeyPress } from '../../src/app/keyboard.ts';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  repeat: false,
  defaultPrevented: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  target: null,
  ...more,
});
const nothingOpen = { articleSheetOpen: false, placeOpen: false, dialogOpen: false };

describe('shortcutFor', () => {
  it('steps with the arrows, Space, Home and End', () => {
    expect(shortcutFor('ArrowRight', null)).toEqual({ type: 'next' });
    expect(shortcutFor('ArrowLeft', null)).toEqual({ type: 'previous' });
    expect(shortcutFor(' ', null)).toEqual({ type: 'toggle' });
    expect(shortcutFor('Home', null)).toEqual({ type: 'first' });
    expect(shortcutFor('End', null)).toEqual({ type: 'last' });
  });
  it('leaves a key to the focused control that owns it', () => {
    /** A focused element inside what `selector` matches. */
    const inside = (selector: string) => ({ closest: (query: string) => (query === selector ? {} : null) }) as never;
    expect(
      shortcutFor('ArrowRight', inside('input, textarea, select, [role="slider"], [contenteditable="true"]')),
    ).toBeUndefined();
    expect(shortcutFor(' ', inside('button, a[href], summary'))).toBeUndefined();
    expect(shortcutFor('ArrowRight', inside('button, a[href], summary'))).toEqual({ type: 'next' });
    expect(shortcutFor('ArrowLeft', inside('.maplibregl-canvas'))).toBeUndefined();
    expect(shortcutFor(' ', inside('.maplibregl-canvas'))).toEqual({ type: 'toggle' });
  });
  it('ignores other keys', () => {
    expect(shortcutFor('a', null)).toBeUndefined();
  });
});

describe('keyOutcome', () => {
  it('closes the article sheet first on Escape', () => {
    expect(keyOutcome(press('Escape'), { ...nothingOpen, articleSheetOpen: true, placeOpen: true })).toEqual({
      type: 'close-article',
    });
  });
  it('closes the place panel on Escape', () => {
    expect(keyOutcome(press('Escape'), { ...nothingOpen, placeOpen: true })).toEqual({ type: 'close-place' });
  });
  it('leaves Escape to an open dialog', () => {
    expect(keyOutcome(press('Escape'), { ...nothingOpen, placeOpen: true, dialogOpen: true })).toBeUndefined();
  });
  it('steps, marking a held key', () => {
    expect(keyOutcome(press('ArrowRight', { repeat: true }), nothingOpen)).toEqual({
      type: 'step',
      action: { type: 'next' },
      held: true,
    });
  });
  it('does not step with a modifier held', () => {
    expect(keyOutcome(press('ArrowRight', { ctrlKey: true }), nothingOpen)).toBeUndefined();
    expect(keyOutcome(press('ArrowRight', { altKey: true }), nothingOpen)).toBeUndefined();
    expect(keyOutcome(press('ArrowRight', { metaKey: true }), nothingOpen)).toBeUndefined();
  });
  it('does not step on an event already handled', () => {
    expect(keyOutcome(press('ArrowRight', { defaultPrevented: true }), nothingOpen)).toBeUndefined();
  });
});
