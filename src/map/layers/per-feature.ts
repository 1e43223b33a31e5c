/**
 * A constant written as a per-feature expression, on purpose. MapLibre compiles one shader per combination of
 * constant and per-feature paint properties of a layer type, and the story's fills, dots and dashed lines are
 * styled per feature (by kind, by highlight, by strength): written this way, the basemap's fills and town dots and
 * the scene's dots and dashes use the same shaders as the story's places instead of shaders of their own, so the
 * first view compiles fewer (each blocks the main thread about 10-25 ms in a software-GL browser). The value is the
 * same for every feature.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

export function perFeature<T extends string | number>(value: T): ExpressionSpecification {
  return ['case', ['has', 'never-set'], value, value] as ExpressionSpecification;
}
