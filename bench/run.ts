/**
 * `npm run bench`: every benchmark, one after the other, printing its figures (performance is measured here,
 * never asserted in tests). Each entry is a module exporting an async function that prints and returns figures.
 * `npm run bench -- invoke` runs only the named ones.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatReport, measure } from './bundle-budget';
import { runChartsBench } from './charts';
import { runEditorBench } from './editor';
import { runFunctionListBench } from './function-list';
import { runInvokeBench } from './invoke';
import { runLogsBench } from './logs';

type Bench = () => Promise<unknown>;

const BENCHES: Record<string, Bench> = {
  bundle: () => {
    const dist = path.resolve('dist');
    if (!fs.existsSync(path.join(dist, '.vite/manifest.json'))) {
      console.log('\nBundle budget: no dist/ (run `npm run build` first); skipped');
      return Promise.resolve();
    }
    console.log('\n' + formatReport(measure(dist)));
    return Promise.resolve();
  },
  invoke: runInvokeBench,
  editor: runEditorBench,
  charts: runChartsBench,
  logs: runLogsBench,
  'function-list': runFunctionListBench,
};

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const failures: string[] = [];
for (const [name, bench] of Object.entries(BENCHES)) {
  if (only.length > 0 && !only.includes(name)) continue;
  try {
    await bench();
  } catch (error) {
    failures.push(name);
    console.error(
      `\n${name} benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }
}
if (failures.length > 0) process.exitCode = 1;
