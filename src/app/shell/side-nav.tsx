import { NavLink as MantineNavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '@/lib/paths';
import { NAV_ITEMS } from '../navigation';

/** The side navigation: one link per page; the current page (or its sub-pages) is marked aria-current. */
export function SideNav({ connectionId, onNavigate }: { connectionId: string; onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Stack gap={2}>
      {NAV_ITEMS.map(({ section, labelKey, Icon }) => {
        const to = paths.section(connectionId, section);
        const active = pathname === to || pathname.startsWith(`${to}/`);
        return (
          <MantineNavLink
            key={section}
            component={Link}
            to={to}
            onClick={onNavigate}
            active={active}
            aria-current={active ? 'page' : undefined}
            label={t(labelKey)}
            leftSection={<Icon />}
            variant="light"
          />
        );
      })}
    </Stack>
  );
}
