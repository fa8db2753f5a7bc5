/**
 * Mantine CSS loaded with the first page: the base layers plus the components the frame uses. Importing the
 * whole `@mantine/core/styles.css` (41 KB gzip) would break the 40 KB CSS budget of `/` on its own, so a page
 * imports the stylesheet of any other Mantine component it uses next to its own code (e.g.
 * `import '@mantine/core/styles/Tabs.css'` in routes/function-detail.tsx); Vite loads it with that lazy page.
 * `mantine-styles.test.ts` checks that every Mantine component used in src/ has its stylesheet imported.
 * Order matters: base layers first, then components that others build on (Mantine docs, "CSS files list").
 */
import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/default-css-variables.css';
import '@mantine/core/styles/global.css';
import '@mantine/core/styles/UnstyledButton.css';
import '@mantine/core/styles/VisuallyHidden.css';
import '@mantine/core/styles/Paper.css';
import '@mantine/core/styles/Group.css';
import '@mantine/core/styles/Loader.css';
import '@mantine/core/styles/Input.css';
import '@mantine/core/styles/SegmentedControl.css';
import '@mantine/core/styles/Flex.css';
import '@mantine/core/styles/Kbd.css';
import '@mantine/core/styles/ActionIcon.css';
import '@mantine/core/styles/Alert.css';
import '@mantine/core/styles/Anchor.css';
import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Breadcrumbs.css';
import '@mantine/core/styles/Burger.css';
import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Center.css';
import '@mantine/core/styles/Code.css';
import '@mantine/core/styles/NavLink.css';
import '@mantine/core/styles/Stack.css';
import '@mantine/core/styles/Text.css';
import '@mantine/core/styles/Title.css';
import './global.css';
