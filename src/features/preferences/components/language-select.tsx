import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageIcon } from '@/components/ui/icons';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from '@/i18n/i18n';
import { useLanguage } from '../hooks/use-language';

/**
 * Header control: switches between en-US and zh-CN in place (no reload). A native select: keyboard and
 * screen-reader support for free, and no popover code in the first-load bundle. Names are shown in themselves.
 */
export function LanguageSelect() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <NativeSelect
      aria-label={t('language.label')}
      size="sm"
      w={{ base: 112, sm: 124 }}
      leftSection={<LanguageIcon size={16} />}
      value={language}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isLanguage(next)) setLanguage(next);
      }}
      data={LANGUAGES.map((lng) => ({ value: lng, label: LANGUAGE_NAMES[lng] }))}
    />
  );
}
