import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** Page title on the left, the page's primary action on the right (UI.md "Frame"). */
export function PageHeader({ title, actions }: { title: ReactNode; actions?: ReactNode }) {
  return (
    <Group justify="space-between" align="center" mb="lg" wrap="wrap">
      <Title order={1} size="h2">
        {title}
      </Title>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}
