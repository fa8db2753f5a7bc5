import { Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import classes from './app-frame.module.css';

/**
 * The console frame (UI.md "Frame"): header across the top, side navigation on the left (a drawer behind a
 * burger on small screens), content on the right. Presentational: the app fills the slots.
 */
export function AppFrame({
  brand,
  headerControls,
  navigation,
  navigationLabel,
  toggleLabel,
  skipLabel,
  children,
}: {
  brand: ReactNode;
  headerControls: ReactNode;
  /** Render prop so that choosing a link can close the mobile drawer. */
  navigation: (close: () => void) => ReactNode;
  navigationLabel: string;
  toggleLabel: string;
  skipLabel: string;
  children: ReactNode;
}) {
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <div className={classes.root}>
      <a href="#main-content" className="fgc-skip-link">
        {skipLabel}
      </a>
      <header className={classes.header}>
        <Group gap="sm" wrap="nowrap">
          <Burger
            opened={opened}
            onClick={toggle}
            hiddenFrom="sm"
            size="sm"
            aria-label={toggleLabel}
            aria-expanded={opened}
            aria-controls="side-navigation"
          />
          {brand}
        </Group>
        {headerControls}
      </header>
      <nav
        id="side-navigation"
        className={classes.nav}
        aria-label={navigationLabel}
        data-opened={opened || undefined}
      >
        {navigation(close)}
      </nav>
      <main id="main-content" className={classes.main} tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
