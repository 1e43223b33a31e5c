/**
 * A crowd: people converging from outside a compound on the gate they broke, the side's symbol, a fire.
 */
import { destinationOf } from '../geodesy.ts';
import type { Position } from 'geojson';
import type { MapLabels } from '../../story/schema.ts';
import {
  anchorOf,
  bump,
  labelOf,
  pointFeature,
  type AnimationBuilder,
  type EventAnimation,
  type SceneFeature,
} from '../animation-kit.ts';

const CROWD_SIZE = 9;

function crowdAnimation(
  gate: Position,
  compoundCenter: Position,
  fire: Position | undefined,
  labels: MapLabels,
  force: string | undefined,
): EventAnimation {
  // The crowd comes in from outside the compound, converging on the gate it broke.
  const outward = bearingBetween(compoundCenter, gate);
  const starts = Array.from({ length: CROWD_SIZE }, (_, i) => {
    const spread = (i - (CROWD_SIZE - 1) / 2) * 9;
    return destinationOf(gate, 0.9 + (i % 3) * 0.25, outward + spread);
  });
  const gathered = starts.map((_, i) => destinationOf(gate, 0.03 + (i % 3) * 0.02, outward + (i - 4) * 20));
  // The crowd's side, as the story's data names its force; without one the crowd is drawn without a symbol.
  const side = force ? [pointFeature(gate, { role: 'unit', symbol: force, ...labelOf(labels.crowd) })] : [];
  const fireMarker = (strength: number): SceneFeature[] =>
    fire ? [pointFeature(fire, { role: 'fire', strength, ...labelOf(labels.fire) })] : [];
  return {
    durationMs: 4000,
    current: [],
    frame(t, reducedMotion) {
      if (reducedMotion || t >= 1) {
        return [...gathered.map((p) => pointFeature(p, { role: 'crowd' })), ...side, ...fireMarker(1)];
      }
      const walk = Math.min(1, t / 0.7);
      const crowd = starts.map((start, i) => {
        const to = gathered[i]!;
        return pointFeature([start[0]! + (to[0]! - start[0]!) * walk, start[1]! + (to[1]! - start[1]!) * walk], {
          role: 'crowd',
        });
      });
      return [...crowd, ...(t >= 0.7 ? [...side, ...fireMarker(0.5 + 0.5 * bump(t, 0.7, 1))] : [])];
    },
    past: fire ? [pointFeature(fire, { role: 'impact-past', ...labelOf(labels.fire_after) })] : [],
  };
}

function bearingBetween(from: Position, to: Position): number {
  const dx = (to[0]! - from[0]!) * Math.cos(((from[1]! + to[1]!) / 2) * (Math.PI / 180));
  const dy = to[1]! - from[1]!;
  return (Math.atan2(dx, dy) * 180) / Math.PI;
}

/** A crowd at the event's gate of its compound, with a fire at its building if it names one. */
export const crowd: AnimationBuilder = ({ event, ofKind }) => {
  const gate = ofKind('gate')[0];
  const compound = ofKind('compound')[0];
  if (!gate || !compound) return null;
  return crowdAnimation(
    anchorOf(gate)!,
    anchorOf(compound)!,
    anchorOf(ofKind('building')[0]),
    event.map_labels ?? {},
    event.force,
  );
};
