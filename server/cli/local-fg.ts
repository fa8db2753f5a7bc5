/** `npm run local-fg`: the local FunctionGraph on its own, for the SDK, curl or other tools. */
import { startLocalFunctionGraph } from '../local/server';
import { resolveLocalSettings } from '../local/settings';

const fg = await startLocalFunctionGraph(resolveLocalSettings());
const s = fg.settings;
console.log(`Local FunctionGraph listening at ${fg.endpoint}`);
console.log(`  project id: ${s.projectId}`);
console.log(`  region:     ${s.region}`);
console.log(`  AK:         ${s.ak}`);
console.log(`  SK:         stored in ${s.credentialsFile} (owner-only)`);
console.log(`  data dir:   ${s.dataDir}`);
const stop = () => void fg.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
