import { createElement } from 'react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/ui/page-loader';
import { lazyValue, useLazyValue } from '@/lib/lazy-value';
import { evaluatedRouteComponent } from './route-registry';

/**
 * A route `Component` whose module loads when it first renders, instead of a route `lazy`. React Router awaits
 * a route's `lazy` before it commits the navigation, so a first visit renders twice: the old page with a
 * `loading` navigation state, then the new page. Here the navigation commits at once: when the module has
 * been evaluated (it calls route-registry's `provideRouteComponent`) the page renders in that same pass; otherwise a spinner
 * shows in the page's place until the chunk arrives, and a state update brings the page in. (Not `use()` /
 * React.lazy: suspending renders the tree twice even when the chunk is there, and React 19 did not retry a
 * suspended navigation transition when the import settled.) A failed import reaches the route's errorElement;
 * the next render tries again.
 */
export function lazyRouteComponent(id: string, load: () => Promise<unknown>): ComponentType {
  const page = lazyValue(
    () =>
      load().then(() => {
        const Component = evaluatedRouteComponent(id);
        if (!Component) throw new Error(`Route module "${id}" did not call provideRouteComponent`);
        return Component;
      }),
    () => evaluatedRouteComponent(id),
  );
  function LazyRoute() {
    const Page = useLazyValue(page);
    // createElement: the component is a module's, stable across renders (the lint rule cannot tell).
    return Page ? createElement(Page) : <RouteLoading />;
  }
  return LazyRoute;
}

function RouteLoading() {
  const { t } = useTranslation();
  return <PageLoader label={t('app.loading')} />;
}
