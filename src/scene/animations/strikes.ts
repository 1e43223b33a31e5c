/**
 * Strikes: impacts on every strike site in turn, each with a pulse.
 */
import type { Position } from 'geojson';
import {
  anchorOf,
  bump,
  pointFeature,
  type AnimationBuilder,
  type EventAnimation,
  type SceneFeature,
} from '../animation-kit.ts';

function strikeAnimation(sites: Position[]): EventAnimation {
  return {
    durationMs: 700 * sites.length + 800,
    current: [],
    frame(t, reducedMotion) {
      if (reducedMotion || t >= 1) return sites.map((p) => pointFeature(p, { role: 'impact' }));
      const slot = 0.85 / sites.length;
      return sites.flatMap((p, i): SceneFeature[] => {
        const start = i * slot;
        if (t < start) return [];
        const strength = bump(t, start, Math.min(1, start + slot * 2.2));
        return [pointFeature(p, { role: 'impact' }), pointFeature(p, { role: 'pulse', strength })];
      });
    },
    past: sites.map((p) => pointFeature(p, { role: 'impact-past' })),
  };
}

/** Strikes on every strike site the event names. */
export const strikes: AnimationBuilder = ({ ofKind }) => {
  const sites = ofKind('strike-site');
  return sites.length > 0 ? strikeAnimation(sites.map((site) => anchorOf(site)!)) : null;
};
