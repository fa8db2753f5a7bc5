import '@mantine/core/styles/CloseButton.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Table.css';
import { Kbd, Modal, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MOD_KEY_LABEL as MOD } from '@/lib/platform';

const SHORTCUTS = [
  { keys: [MOD, 'K'], action: 'shortcuts.palette' },
  { keys: ['/'], action: 'shortcuts.search' },
  { keys: [MOD, 'S'], action: 'shortcuts.save' },
  { keys: [MOD, 'Enter'], action: 'shortcuts.run' },
  { keys: ['Esc'], action: 'shortcuts.close' },
  { keys: ['Tab'], action: 'shortcuts.tab' },
  { keys: ['?'], action: 'shortcuts.help' },
] as const;

/** The `?` sheet listing the console's keyboard shortcuts (UI.md "Keyboard"); loaded on first use. */
export function ShortcutSheet({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('shortcuts.title')}
      size="md"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('shortcuts.keys')}</Table.Th>
            <Table.Th scope="col">{t('shortcuts.action')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {SHORTCUTS.map(({ keys, action }) => (
            <Table.Tr key={action}>
              <Table.Td>
                {keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 ? ' + ' : null}
                    <Kbd>{key}</Kbd>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{t(action)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
