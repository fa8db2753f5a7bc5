import { describe, expect, it } from 'vitest';
import { deployedCodeBody } from './update-function-dependencies';

const base = { func_urn: 'urn', func_name: 'f', runtime: 'Python3.9' };

describe('deployedCodeBody (seed 7.6.5: the code sent back with a new depend_version_list)', () => {
  it('resends the package with its code type and file name', () => {
    expect(
      deployedCodeBody({ ...base, code_type: 'zip', code_filename: 'f.zip', func_code: { file: 'UEsD' } }),
    ).toEqual({ code_type: 'zip', code_filename: 'f.zip', func_code: { file: 'UEsD' } });
    expect(deployedCodeBody({ ...base, code_type: 'inline', func_code: { file: 'UEsD' } })).toEqual({
      code_type: 'inline',
      func_code: { file: 'UEsD' },
    });
  });

  it('resends the OBS URL of an obs package', () => {
    expect(deployedCodeBody({ ...base, code_type: 'obs', code_url: 'https://b.obs/x.zip' })).toEqual({
      code_type: 'obs',
      code_url: 'https://b.obs/x.zip',
      func_code: {},
    });
  });

  it('refuses when the package did not come back (sending it empty would wipe the code) or is an image', () => {
    expect(
      deployedCodeBody({ ...base, code_type: 'zip', code_size: 100, func_code: { file: '' } }),
    ).toBeUndefined();
    expect(deployedCodeBody({ ...base, code_type: 'obs' })).toBeUndefined();
    expect(
      deployedCodeBody({ ...base, code_type: 'Custom-Image-Swr', func_code: { file: 'x' } }),
    ).toBeUndefined();
  });
});
