import { describe, expect, it } from 'vitest';
import { animationOf, inferAnimation, missingForAnimation } from '../../src/story/animation-needs.ts';
import type { AnimationSubject } from '../../src/story/animation-needs.ts';

const MOVE = {
  origin: 'a',
  destination: 'b',
  unit: 'A unit',
  unit_short: 'U',
  force: 'f',
  size: '~100',
  mode: 'air',
};

function subject(event: Partial<AnimationSubject['event']>, placeKinds: AnimationSubject['placeKinds'] = []) {
  return { event: { kind: 'attack' as const, ...event }, placeKinds };
}

describe('inferAnimation (the default when the data declares none)', () => {
  it('moves a movement, whatever the kind', () => {
    expect(inferAnimation(subject({ kind: 'deployment', movement: MOVE }))).toBe('movement');
  });

  it('fires rockets for an attack from a launch area', () => {
    expect(inferAnimation(subject({}, ['launch-area', 'air-base']))).toBe('rockets');
  });

  it('strikes the sites of a strike', () => {
    expect(inferAnimation(subject({ kind: 'strike' }, ['strike-site', 'strike-site']))).toBe('strikes');
  });

  it('gathers a crowd for an attack on a gate of a compound, and not for a compound alone', () => {
    expect(inferAnimation(subject({}, ['compound', 'gate']))).toBe('crowd');
    expect(inferAnimation(subject({}, ['compound']))).toBe('none');
  });

  it('shows a deployment’s force waiting at its place, and nothing without a force', () => {
    expect(inferAnimation(subject({ kind: 'deployment', force: 'f' }, ['army-base']))).toBe('anticipated');
    expect(inferAnimation(subject({ kind: 'deployment' }, ['army-base']))).toBe('none');
  });

  it('draws nothing for a statement, even at a launch area', () => {
    expect(inferAnimation(subject({ kind: 'statement' }, ['launch-area']))).toBe('none');
  });
});

describe('animationOf', () => {
  it('takes the declared animation over the inferred one', () => {
    expect(animationOf(subject({ animation: 'none' }, ['launch-area']))).toBe('none');
    expect(animationOf(subject({ kind: 'protest', animation: 'crowd' }, ['compound', 'gate']))).toBe('crowd');
  });

  it('infers when nothing is declared', () => {
    expect(animationOf(subject({}, ['launch-area']))).toBe('rockets');
  });
});

describe('missingForAnimation', () => {
  it.each([
    ['movement', subject({}), 'needs a movement'],
    ['rockets', subject({}, ['air-base']), 'needs a launch-area place'],
    ['strikes', subject({}, ['town']), 'needs at least one strike-site place'],
    ['crowd', subject({}, ['gate']), 'needs a gate place and a compound place'],
    ['anticipated', subject({ kind: 'deployment' }, ['town']), 'needs a place and a force'],
    ['anticipated', subject({ kind: 'deployment', force: 'f' }), 'needs a place and a force'],
  ] as const)('%s: says what is missing', (animation, given, message) => {
    expect(missingForAnimation(animation, given)).toBe(message);
  });

  it.each([
    ['movement', subject({ movement: MOVE })],
    ['rockets', subject({}, ['launch-area'])],
    ['strikes', subject({}, ['strike-site'])],
    ['crowd', subject({}, ['gate', 'compound'])],
    ['anticipated', subject({ force: 'f' }, ['town'])],
    ['none', subject({})],
  ] as const)('%s: nothing missing when its places are there', (animation, given) => {
    expect(missingForAnimation(animation, given)).toBeUndefined();
  });
});
