/**
 * An anticipated deployment: the force's symbol waiting at its place; nothing moves.
 */
import type { Position } from 'geojson';
import { anchorOf, labelOf, pointFeature, type AnimationBuilder, type EventAnimation } from '../animation-kit.ts';

function anticipatedAnimation(at: Position, label: string | undefined, force: string): EventAnimation {
  const marker = pointFeature(at, { role: 'unit', symbol: force, ...labelOf(label) });
  return { durationMs: 0, current: [], frame: () => [marker], past: [] };
}

/** The event's force at its first place. */
export const anticipated: AnimationBuilder = ({ event, places }) =>
  places[0] && event.force
    ? anticipatedAnimation(anchorOf(places[0])!, event.map_labels?.anticipated, event.force)
    : null;
