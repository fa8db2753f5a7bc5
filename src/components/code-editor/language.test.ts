import { describe, expect, it } from 'vitest';
import { languageForPath } from './language';

describe('languageForPath', () => {
  it('maps runtimes’ file extensions to Monaco languages', () => {
    expect(languageForPath('index.js')).toBe('javascript');
    expect(languageForPath('lib/util.MJS')).toBe('javascript');
    expect(languageForPath('index.py')).toBe('python');
    expect(languageForPath('events/apig.json')).toBe('json');
    expect(languageForPath('conf.yml')).toBe('yaml');
  });
  it('falls back to plain text for dotfiles, no extension and unknown ones', () => {
    expect(languageForPath('.env')).toBe('plaintext');
    expect(languageForPath('Makefile')).toBe('plaintext');
    expect(languageForPath('data.bin')).toBe('plaintext');
  });
});
