/**
 * The animation registry: one module per kind of animation, keyed by the names a story declares in its events'
 * `animation` field (story/schema.ts's EVENT_ANIMATIONS). A new kind is a module here and a name there.
 */
import type { EventAnimationKind } from '../../story/schema.ts';
import type { AnimationBuilder } from '../animation-kit.ts';
import { anticipated } from './anticipated.ts';
import { crowd } from './crowd.ts';
import { movement } from './movement.ts';
import { rockets } from './rockets.ts';
import { strikes } from './strikes.ts';

/** Every animation but "none", by name. */
export const ANIMATIONS: Readonly<Record<Exclude<EventAnimationKind, 'none'>, AnimationBuilder>> = {
  movement,
  rockets,
  strikes,
  crowd,
  anticipated,
};
