import type { ChangeEvent, Dispatch, SetStateAction } from 'react';

/**
 * The props that bind one text input to a section's draft (all fields are strings until saved, validated then):
 * `<TextInput label=… {...field('timeout')} />` gives its value, its error and an onChange writing the draft.
 */
export function draftFields<D extends Record<string, unknown>>(
  draft: D,
  setDraft: Dispatch<SetStateAction<D>>,
  errors: Partial<Record<keyof D, string | undefined>>,
) {
  return <K extends keyof D & string>(key: K & (D[K] extends string ? K : never)) => ({
    value: draft[key] as string,
    error: errors[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      const value = e.currentTarget.value;
      setDraft((d) => ({ ...d, [key]: value }));
    },
  });
}
