/**
 * Which animation a step gets and what it needs: one table shared by validation (a declared animation whose places
 * are missing is named) and the scene (which draws it). Pure: no map, no DOM.
 */
import type { EventAnimationKind, PlaceKind, StoryEvent } from './schema.ts';

/** What the choice depends on: the event and the kinds of its places, in the event's order. */
export interface AnimationSubject {
  event: Pick<StoryEvent, 'kind' | 'movement' | 'force' | 'animation'>;
  placeKinds: readonly PlaceKind[];
}

const has = (subject: AnimationSubject, kind: PlaceKind): boolean => subject.placeKinds.includes(kind);

/**
 * What each animation needs, as a sentence for a validation message, and the check. A compound and its gate are
 * what the crowd converges on; rockets need somewhere to come from; an anticipated unit needs a place and a force.
 */
const NEEDS: Record<Exclude<EventAnimationKind, 'none'>, { needs: string; met: (s: AnimationSubject) => boolean }> = {
  movement: { needs: 'a movement', met: (s) => s.event.movement !== undefined },
  rockets: { needs: 'a launch-area place', met: (s) => has(s, 'launch-area') },
  strikes: { needs: 'at least one strike-site place', met: (s) => has(s, 'strike-site') },
  crowd: { needs: 'a gate place and a compound place', met: (s) => has(s, 'gate') && has(s, 'compound') },
  anticipated: {
    needs: 'a place and a force',
    met: (s) => s.placeKinds.length > 0 && s.event.force !== undefined,
  },
};

/**
 * What a declared animation lacks.
 * @param animation - the declared animation
 * @param subject - the event and its places' kinds
 * @returns "needs …" for a message, or undefined when the event has what the animation draws
 */
export function missingForAnimation(animation: EventAnimationKind, subject: AnimationSubject): string | undefined {
  if (animation === 'none') return undefined;
  const need = NEEDS[animation];
  return need.met(subject) ? undefined : `needs ${need.needs}`;
}

/**
 * The animation a step gets when its data declares none: a movement moves; an attack with a launch area is rocket
 * fire, with a gate of a compound a crowd; a strike with strike sites strikes; a deployment with a force waits.
 * @param subject - the event and its places' kinds
 */
export function inferAnimation(subject: AnimationSubject): EventAnimationKind {
  const { event } = subject;
  if (event.movement) return 'movement';
  if (event.kind === 'attack' && has(subject, 'launch-area')) return 'rockets';
  if (event.kind === 'strike' && has(subject, 'strike-site')) return 'strikes';
  if (event.kind === 'attack' && NEEDS.crowd.met(subject)) return 'crowd';
  if (event.kind === 'deployment' && NEEDS.anticipated.met(subject)) return 'anticipated';
  return 'none';
}

/**
 * The animation a step is drawn with: the declared one, else the inferred one.
 * @param subject - the event and its places' kinds
 */
export function animationOf(subject: AnimationSubject): EventAnimationKind {
  return subject.event.animation ?? inferAnimation(subject);
}
