import { Center } from '@mantine/core';
import type { ReactNode } from 'react';

/** Full-viewport centring for pages shown outside the shell (start-up loading, fatal errors). */
export function Centered({ children }: { children: ReactNode }) {
  return (
    <Center mih="100dvh" p="md">
      {children}
    </Center>
  );
}
