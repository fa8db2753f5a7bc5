import { Badge, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The placeholder for a page that is planned but not built yet: says what will be here, so the frame is
 * navigable end to end while the real pages arrive.
 */
export function ComingNext({
  badge,
  description,
  action,
}: {
  badge: string;
  description: string;
  action?: ReactNode;
}) {
  return (
    <Paper withBorder p="xl" radius="md">
      <Stack gap="md" align="flex-start" maw={640}>
        <Badge variant="light" color="grape">
          {badge}
        </Badge>
        <Text>{description}</Text>
        {action}
      </Stack>
    </Paper>
  );
}
