import { Badge, Group, NativeSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicConnection } from '@/api/contract/connections';

function shortProject(projectId: string): string {
  return projectId.length > 12 ? `${projectId.slice(0, 8)}…` : projectId;
}

/**
 * The header's connection and project switcher. A local connection carries a "Local" badge so nobody mistakes
 * it for production (UI.md "Frame"); a cloud one shows its region. A native select keeps it keyboard- and
 * screen-reader-friendly without popover code in the first-load bundle.
 */
export function ConnectionSwitcher({
  connections,
  active,
  onSelect,
}: {
  connections: readonly PublicConnection[];
  active: PublicConnection;
  onSelect: (connectionId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <NativeSelect
        aria-label={t('header.connection')}
        size="sm"
        w={{ base: 150, sm: 220 }}
        value={active.id}
        onChange={(event) => {
          onSelect(event.currentTarget.value);
        }}
        data={connections.map((c) => ({ value: c.id, label: c.name }))}
      />
      {active.kind === 'local' ? (
        <Badge color="teal" variant="light" style={{ flex: 'none' }}>
          {t('header.local')}
        </Badge>
      ) : (
        <Badge color="gray" variant="outline" style={{ flex: 'none' }}>
          {active.region}
        </Badge>
      )}
      <Text size="xs" c="dimmed" visibleFrom="md" title={active.projectId}>
        {t('header.project')} {shortProject(active.projectId)}
      </Text>
    </Group>
  );
}
