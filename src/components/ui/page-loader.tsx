import { Center, Loader } from '@mantine/core';

/** A labelled spinner for a page whose code or data is on its way. */
export function PageLoader({ label }: { label: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="md" aria-label={label} />
    </Center>
  );
}
