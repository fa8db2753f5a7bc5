import { describe, expect, it } from 'vitest';
import {
  descriptionProblem,
  fileProblem,
  looksLikeZip,
  MAX_ZIP_BYTES,
  nameProblem,
} from './dependency-rules';

describe('dependency rules (seed 7.3.3)', () => {
  it('accepts names that start with a letter and end with a letter or digit', () => {
    expect(nameProblem('numpy')).toBeUndefined();
    expect(nameProblem('a')).toBeUndefined();
    expect(nameProblem('left-pad_1.2')).toBeUndefined();
    expect(nameProblem(`a${'b'.repeat(95)}`)).toBeUndefined();
  });

  it('refuses empty, badly shaped and over-long names', () => {
    expect(nameProblem('')).toBe('nameRequired');
    expect(nameProblem('1abc')).toBe('nameInvalid');
    expect(nameProblem('abc-')).toBe('nameInvalid');
    expect(nameProblem('a b')).toBe('nameInvalid');
    expect(nameProblem(`a${'b'.repeat(96)}`)).toBe('nameInvalid');
  });

  it('limits the description to 512 characters', () => {
    expect(descriptionProblem('x'.repeat(512))).toBeUndefined();
    expect(descriptionProblem('x'.repeat(513))).toBe('descriptionTooLong');
  });

  it('wants a .zip file of at most 40 MB', () => {
    expect(fileProblem(null)).toBe('fileRequired');
    expect(fileProblem({ name: 'deps.tar.gz', size: 10 })).toBe('fileNotZip');
    expect(fileProblem({ name: 'deps.ZIP', size: MAX_ZIP_BYTES })).toBeUndefined();
    expect(fileProblem({ name: 'deps.zip', size: MAX_ZIP_BYTES + 1 })).toBe('fileTooLarge');
  });

  it('recognises ZIP content by its signature', () => {
    expect(looksLikeZip(btoa('PK\x03\x04rest'))).toBe(true);
    expect(looksLikeZip(btoa('PK\x05\x06'))).toBe(true);
    expect(looksLikeZip(btoa('not a zip'))).toBe(false);
  });
});
