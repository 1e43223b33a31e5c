import { describe, expect, it } from 'vitest';
import { alreadyValidated, matchesValidated } from '../../../src/story/validation/validated-data.ts';
import { validateStoryFiles } from '../../../src/story/validate.ts';
import { validFiles } from '../../fixtures/story.ts';

describe('matchesValidated', () => {
  const build = { 'events.json': 'aa', 'article.txt': 'bb', 'area.geojson': 'cc' };

  it('holds when every file has the digest the build recorded', () => {
    expect(matchesValidated(build, { 'events.json': 'aa', 'article.txt': 'bb', 'area.geojson': 'cc' })).toBe(true);
  });

  it('fails when one file differs', () => {
    expect(matchesValidated(build, { 'events.json': 'aa', 'article.txt': 'xx', 'area.geojson': 'cc' })).toBe(false);
  });

  it('fails when a file has no digest (no Web Crypto: not a secure context)', () => {
    expect(matchesValidated(build, { 'events.json': undefined, 'article.txt': 'bb', 'area.geojson': 'cc' })).toBe(
      false,
    );
  });

  it('fails when the files are not the same set', () => {
    expect(matchesValidated(build, { 'events.json': 'aa', 'article.txt': 'bb' })).toBe(false);
    expect(matchesValidated({ 'events.json': 'aa' }, { 'events.json': 'aa', 'extra.geojson': 'dd' })).toBe(false);
  });

  it('fails without a record from the build (the dev server)', () => {
    expect(matchesValidated(null, { 'events.json': 'aa' })).toBe(false);
  });
});

describe('alreadyValidated', () => {
  it('gives what validation gives for data it returns unchanged', () => {
    const files = validFiles();
    const result = validateStoryFiles(files);
    if (!result.ok) throw new Error('the fixture must validate');
    const data = alreadyValidated(files.areas, files.story);
    expect(data.story).toEqual(result.data.story);
    expect(data.places).toEqual(result.data.places);
    expect([...data.placeFile]).toEqual([...result.data.placeFile]);
  });
});
