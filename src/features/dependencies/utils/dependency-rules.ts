/**
 * Checks made before a dependency version is sent (seed 7.3.3 T7-58): the name, the description and the ZIP
 * file. Each returns the problem's catalogue key, or undefined when the value is fine.
 */

/** Starts with a letter, ends with a letter or digit; letters, digits, `_`, `.` and `-`; at most 96. */
export const DEPENDENCY_NAME = /^[A-Za-z](?:[A-Za-z0-9_.-]{0,94}[A-Za-z0-9])?$/;
export const DESCRIPTION_MAX = 512;
/** seed 7.3.3 `depend_file`: larger packages go through OBS. */
export const MAX_ZIP_BYTES = 40 * 1024 * 1024;

export type NameProblem = 'nameRequired' | 'nameInvalid';
export type FileProblem = 'fileRequired' | 'fileNotZip' | 'fileTooLarge';

export function nameProblem(name: string): NameProblem | undefined {
  if (name.trim() === '') return 'nameRequired';
  return DEPENDENCY_NAME.test(name) ? undefined : 'nameInvalid';
}

export function descriptionProblem(description: string): 'descriptionTooLong' | undefined {
  return description.length > DESCRIPTION_MAX ? 'descriptionTooLong' : undefined;
}

/** The file's name and size, checked before anything is read. */
export function fileProblem(file: Pick<File, 'name' | 'size'> | null): FileProblem | undefined {
  if (!file) return 'fileRequired';
  if (!/\.zip$/i.test(file.name)) return 'fileNotZip';
  if (file.size > MAX_ZIP_BYTES) return 'fileTooLarge';
  return undefined;
}

/**
 * Whether base64 content starts like a ZIP archive: a local file header (`PK\x03\x04` = `UEsDB…`) or, for an
 * empty archive, the end of the central directory (`PK\x05\x06` = `UEsFBg…`).
 */
export function looksLikeZip(base64: string): boolean {
  return base64.startsWith('UEsDB') || base64.startsWith('UEsFBg');
}

/** Reads a file as base64 (FileReader's data URL, without building a string of bytes first). */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('The file could not be read'));
    };
    reader.readAsDataURL(file);
  });
}
