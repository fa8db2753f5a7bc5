import { useTranslation } from 'react-i18next';
import { ComingNext } from '@/components/ui/coming-next';
import { useFunctionRef } from '@/lib/function-ref';
import type { FunctionTab } from '@/lib/paths';

/** "Coming next" for a tab a later issue builds; replaced by that tab's own route module. */
export function FunctionTabPlaceholder({ tab }: { tab: FunctionTab }) {
  const { t } = useTranslation();
  const fn = useFunctionRef();
  return (
    <ComingNext
      badge={t('comingNext.badge')}
      description={t('comingNext.functionDetail', {
        tab: t(`function.tabs.${tab}`),
        name: fn.name,
        package: fn.package,
      })}
    />
  );
}
