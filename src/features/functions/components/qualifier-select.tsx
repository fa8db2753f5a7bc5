import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import { Select } from '@mantine/core';
import { useFeatureTranslation } from '@/i18n/feature-catalogue';
import { useConnectionScope } from '@/lib/active-connection';
import { useFunctionAliases } from '@/lib/function-api/list-function-aliases';
import { useFunctionVersions } from '@/lib/function-api/list-function-versions';
import { aliasQualifier, LATEST, useFunctionQualifier, useFunctionRef } from '@/lib/function-ref';
import { functionsCatalogue } from '../i18n';

/** Switches the detail page between `latest`, published versions and aliases; the choice lives in `?qualifier=`. */
export function QualifierSelect() {
  const t = useFeatureTranslation(functionsCatalogue);
  const { raw, setQualifier } = useFunctionQualifier();
  const scope = useConnectionScope();
  const { unqualifiedUrn } = useFunctionRef();
  const versions = useFunctionVersions(scope, unqualifiedUrn);
  const aliases = useFunctionAliases(scope, unqualifiedUrn);
  const published = (versions.data ?? []).filter((v) => v.version !== LATEST);
  const data = [
    {
      group: t('header.versionsGroup'),
      items: [
        { value: LATEST, label: t('header.latest') },
        ...published.map((v) => ({ value: v.version, label: v.version })),
      ],
    },
    ...((aliases.data ?? []).length > 0
      ? [
          {
            group: t('header.aliasesGroup'),
            items: (aliases.data ?? []).map((a) => ({
              value: aliasQualifier(a.name),
              label: t('header.aliasOption', { alias: a.name, version: a.version }),
            })),
          },
        ]
      : []),
  ];
  // A qualifier typed into the URL that the lists do not (yet) hold stays selectable.
  const known = data.some((g) => g.items.some((i) => i.value === raw));
  if (!known) data[0]?.items.push({ value: raw, label: raw });
  return (
    <Select
      label={t('header.qualifier')}
      data={data}
      value={raw}
      onChange={(value) => {
        if (value) setQualifier(value);
      }}
      allowDeselect={false}
      searchable
      w={220}
      size="xs"
    />
  );
}
