import { describe, expect, it } from 'vitest';
import {
  derivedNames,
  looseKey,
  looseMatchable,
  nameKey,
  skeletonKey,
  slugify,
  uniqueId,
} from '../../src/draft/names.ts';

describe('nameKey', () => {
  it('ignores case, accents, apostrophes and punctuation', () => {
    expect(nameKey('Al Qā’im')).toBe('al qaim');
    expect(nameKey('AL-QAIM')).toBe('al qaim');
    expect(nameKey('Washington, D.C.')).toBe('washington d c');
  });

  it('drops a leading "the"', () => {
    expect(nameKey('The Pentagon')).toBe('pentagon');
  });
});

describe('looseKey: transliteration variants share a key', () => {
  it.each([
    ['al-Qaim', "Al Qa'im"],
    ['Abu Kamal', 'Albu Kamal'],
    ['Abu Kamal', 'al-Bukamal'],
    ['Najaf', 'An Najaf'],
    ['Ramadi', 'Ar Ramadi'],
    ['Anbar', 'Al Anbar'],
    ['Qusayr', 'Kusayr'],
  ])('%s ~ %s', (a, b) => {
    expect(looseKey(a)).toBe(looseKey(b));
  });

  it('keeps different names apart', () => {
    expect(looseKey('Kirkuk')).not.toBe(looseKey('Karbala'));
  });
});

describe('skeletonKey', () => {
  it('drops vowels, the article and a final h', () => {
    expect(skeletonKey('Hodeidah')).toBe(skeletonKey('Al Hudaydah'));
    expect(skeletonKey('Hodeidah')).toBe('hdd');
  });
});

describe('looseMatchable', () => {
  it('refuses names with an initial: a person, not a place', () => {
    expect(looseMatchable('Mark A.')).toBe(false);
    expect(looseMatchable('al-Qaim')).toBe(true);
  });
});

describe('derivedNames', () => {
  it('gives the part before a comma', () => {
    expect(derivedNames('Washington, D.C.')).toEqual(['Washington']);
  });

  it('gives an airport its airport names, never the bare city', () => {
    const names = derivedNames("Kuwait Int'l", 'airfield');
    expect(names).toContain('Kuwait International Airport');
    expect(names).not.toContain('Kuwait');
  });

  it('gives an air base its air-base name', () => {
    expect(derivedNames('Al Udeid', 'air-base')).toContain('Al Udeid Air Base');
  });
});

describe('slugify and uniqueId', () => {
  it('makes schema slugs', () => {
    expect(slugify('Washington, D.C.')).toBe('washington-d-c');
    expect(slugify('…', 'place')).toBe('place');
  });

  it('numbers repeated ids', () => {
    const taken = new Set<string>();
    expect([uniqueId('a', taken), uniqueId('a', taken), uniqueId('a', taken)]).toEqual(['a', 'a-2', 'a-3']);
  });
});
