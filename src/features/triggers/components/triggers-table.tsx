import '@mantine/core/styles/Menu.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Table.css';
import { ActionIcon, Badge, Menu, Table, Text, VisuallyHidden } from '@mantine/core';
import { canDisable } from '@/api/contract/trigger-types';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import type { Trigger } from '../api/types';
import { triggersCatalogue } from '../i18n';
import { triggerName, triggerSettings } from '../utils/trigger-summary';

export type TriggerAction = 'edit' | 'enable' | 'disable' | 'delete' | 'fire';

interface TriggersTableProps {
  triggers: Trigger[];
  canFire: boolean;
  onAction: (action: TriggerAction, trigger: Trigger) => void;
}

export function TriggersTable({ triggers, canFire, onAction }: TriggersTableProps) {
  const t = useFeatureTranslation(triggersCatalogue);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover stickyHeader aria-label={t('title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.name')}</Table.Th>
            <Table.Th>{t('table.type')}</Table.Th>
            <Table.Th>{t('table.status')}</Table.Th>
            <Table.Th>{t('table.settings')}</Table.Th>
            <Table.Th>{t('table.created')}</Table.Th>
            <Table.Th>{t('table.updated')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('table.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {triggers.map((trigger) => {
            const name = triggerName(trigger);
            const active = trigger.trigger_status === 'ACTIVE';
            return (
              <Table.Tr key={trigger.trigger_id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {name}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`types.${trigger.trigger_type_code}`)}</Table.Td>
                <Table.Td>
                  <Badge color={active ? 'green' : 'gray'} variant="light">
                    {t(`status.${trigger.trigger_status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                    {triggerSettings(trigger)}
                  </Text>
                </Table.Td>
                <Table.Td>{trigger.created_time}</Table.Td>
                <Table.Td>{trigger.last_updated_time}</Table.Td>
                <Table.Td>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon variant="subtle" aria-label={t('actions.menu', { name })}>
                        ⋯
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      {canFire && (
                        <Menu.Item
                          onClick={() => {
                            onAction('fire', trigger);
                          }}
                        >
                          {t('actions.fire')}
                        </Menu.Item>
                      )}
                      <Menu.Item
                        onClick={() => {
                          onAction('edit', trigger);
                        }}
                      >
                        {t('actions.edit')}
                      </Menu.Item>
                      {canDisable(trigger.trigger_type_code) &&
                        (active ? (
                          <Menu.Item
                            onClick={() => {
                              onAction('disable', trigger);
                            }}
                          >
                            {t('actions.disable')}
                          </Menu.Item>
                        ) : (
                          <Menu.Item
                            onClick={() => {
                              onAction('enable', trigger);
                            }}
                          >
                            {t('actions.enable')}
                          </Menu.Item>
                        ))}
                      <Menu.Item
                        color="red"
                        onClick={() => {
                          onAction('delete', trigger);
                        }}
                      >
                        {t('actions.delete')}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
