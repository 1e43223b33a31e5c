/**
 * A few reference cities for the offline basemap, so a reader can orient themselves without a tile server.
 * Positions from Natural Earth's populated places (public domain), rounded to 0.01°.
 */
import type { FeatureCollection, Point } from 'geojson';

const CITIES: readonly [name: string, lon: number, lat: number, capital: boolean][] = [
  ['Mosul', 43.13, 36.34, false],
  ['Erbil', 44.01, 36.19, false],
  ['Basra', 47.78, 30.51, false],
  ['Damascus', 36.29, 33.51, true],
  ['Deir ez-Zor', 40.14, 35.34, false],
  ['Aleppo', 37.16, 36.2, false],
  ['Amman', 35.91, 31.95, true],
  ['Beirut', 35.5, 33.89, true],
  ['Kuwait City', 47.98, 29.37, true],
  ['Riyadh', 46.68, 24.71, true],
  ['Tehran', 51.39, 35.69, true],
  ['Ankara', 32.86, 39.93, true],
  ['Washington', -77.04, 38.91, true],
  ['Fayetteville', -78.88, 35.05, false],
  ['Raleigh', -78.64, 35.78, false],
];

export const basemapCities: FeatureCollection<Point> = {
  type: 'FeatureCollection',
  features: CITIES.map(([name, lon, lat, capital]) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { name, capital },
  })),
};
