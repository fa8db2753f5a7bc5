import { Button, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicConnection } from '@/api/contract/connections';
import { Centered } from '@/components/ui/centered';
import { paths } from '@/lib/paths';

export function ConnectionNotFound({ id, first }: { id: string; first: PublicConnection | undefined }) {
  const { t } = useTranslation();
  useDocumentTitle(`${t('connections.notFoundTitle')} · ${t('app.name')}`);
  return (
    <Centered>
      <Stack align="center" gap="md" maw={520} component="main">
        <Title order={1} size="h2">
          {t('connections.notFoundTitle')}
        </Title>
        <Text ta="center">{t('connections.notFoundText', { id })}</Text>
        {first ? (
          <Button component={Link} to={paths.overview(first.id)}>
            {t('connections.openFirst', { name: first.name })}
          </Button>
        ) : null}
      </Stack>
    </Centered>
  );
}
