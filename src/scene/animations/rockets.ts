/**
 * Rocket fire: arcs from around a launch area's uncertainty ring onto the target, then impacts.
 */
import type { Position } from 'geojson';
import type { PlaceFeature } from '../../story/schema.ts';
import { arc, pointOnArc } from '../routes.ts';
import { destinationOf } from '../geodesy.ts';
import {
  anchorOf,
  bump,
  pointFeature,
  type AnimationBuilder,
  type EventAnimation,
  type SceneFeature,
} from '../animation-kit.ts';

const ROCKET_ORIGINS = 6;

function rocketAnimation(launchArea: PlaceFeature, target: Position): EventAnimation {
  const center = anchorOf(launchArea)!;
  const radius = launchArea.properties.radius_km ?? 5;
  // The launch point is not public: rockets come in from around the whole uncertainty ring, never one
  // invented spot, so the picture claims no direction.
  const arcs = Array.from({ length: ROCKET_ORIGINS }, (_, i) => {
    const origin = destinationOf(center, radius, (360 / ROCKET_ORIGINS) * i + 20);
    return arc(origin, target, 0.3);
  });
  const impacts = arcs.map((_, i) => destinationOf(target, 0.25 + (i % 3) * 0.2, i * 57));
  return {
    durationMs: 3200,
    current: [],
    frame(t, reducedMotion) {
      if (reducedMotion || t >= 1) {
        return [
          ...arcs.map((line): SceneFeature => ({ ...line, properties: { role: 'rocket' } })),
          ...impacts.map((p) => pointFeature(p, { role: 'impact' })),
        ];
      }
      return arcs.flatMap((line, i): SceneFeature[] => {
        const start = (i / ROCKET_ORIGINS) * 0.35;
        const flight = Math.min(1, Math.max(0, (t - start) / 0.45));
        const features: SceneFeature[] = [{ ...line, properties: { role: 'rocket', strength: flight > 0 ? 0.5 : 0 } }];
        if (flight > 0 && flight < 1)
          features.push({ ...pointOnArc(line, flight), properties: { role: 'rocket-head', strength: 1 } });
        if (flight >= 1)
          features.push(
            pointFeature(impacts[i]!, { role: 'pulse', strength: bump(t, start + 0.45, Math.min(1, start + 0.95)) }),
          );
        return features;
      });
    },
    past: impacts.map((p) => pointFeature(p, { role: 'impact-past' })),
  };
}

/** Rockets from the event's launch area onto its air base, or onto the launch area's centre when it names none. */
export const rockets: AnimationBuilder = ({ ofKind }) => {
  const launchArea = ofKind('launch-area')[0];
  if (!launchArea) return null;
  const target = ofKind('air-base')[0] ?? launchArea;
  return rocketAnimation(launchArea, anchorOf(target)!);
};
