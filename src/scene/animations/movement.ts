/**
 * A movement: the force's symbol travels its route (a great circle), leaving its trail and the route behind.
 */
import type { StoryModel } from '../../story/model.ts';
import type { StoryEvent } from '../../story/schema.ts';
import { movementLabel } from '../../story/symbols.ts';
import { formatDistanceKm } from '../../story/describe.ts';
import { movementRoute, positionAlong, routeTrack, trailAlong } from '../routes.ts';
import {
  anchorOf,
  pointFeature,
  type AnimationBuilder,
  type EventAnimation,
  type SceneFeature,
  type SceneRole,
} from '../animation-kit.ts';

function movementAnimation(model: StoryModel, event: StoryEvent): EventAnimation | undefined {
  const movement = event.movement!;
  const from = anchorOf(model.placesById.get(movement.origin));
  const to = anchorOf(model.placesById.get(movement.destination));
  if (!from || !to) return undefined;
  const route = movementRoute(from, to);
  // Measured once per event (the animation is cached): each frame then interpolates, never walks the route.
  const track = routeTrack(route);
  const label = `${movementLabel(movement)} · ${formatDistanceKm(Math.round(track.totalKm))}`;
  const end = positionAlong(track, 1);
  const routeWith = (role: SceneRole): SceneFeature => ({ ...route, properties: { role, label } });
  return {
    durationMs: 4500,
    current: [routeWith('route-planned')],
    frame(t, reducedMotion) {
      if (reducedMotion || t >= 1) {
        return [
          routeWith('trail'),
          pointFeature(end.position, { role: 'route-end', bearing: end.bearing }),
          pointFeature(end.position, { role: 'unit', symbol: movement.force, label }),
        ];
      }
      const here = positionAlong(track, t);
      return [
        { ...trailAlong(track, t), properties: { role: 'trail' } },
        pointFeature(here.position, { role: 'unit', symbol: movement.force, label, bearing: here.bearing }),
      ];
    },
    past: [
      routeWith('route-past'),
      pointFeature(end.position, { role: 'unit', symbol: movement.force, label: movement.unit_short }),
    ],
  };
}

/** A movement from its origin to its destination. */
export const movement: AnimationBuilder = ({ model, event }) => movementAnimation(model, event) ?? null;
