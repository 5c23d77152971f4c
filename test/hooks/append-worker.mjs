// One of the concurrent writers: the real OpenCode plugin bundle, appending events as fast as it can.
import {CoographPlugin} from '../../dist/plugins/coograph.js';

const [root, worker, count] = process.argv.slice(2);
const hooks = await CoographPlugin({directory: root});
for (let index = 0; index < Number(count); index++) {
	// Mostly small commands, and now and then one of 1 MiB: the size a single line must survive whole.
	const size = index % 250 === 7 ? 1024 * 1024 : (index * 37) % 4000;
	const command = `echo w${worker}-${index}-${size} ${'y'.repeat(size)}`;
	await hooks['tool.execute.before']({tool: 'bash', sessionID: `ses_worker_${worker}`, callID: `call_${index}`}, {args: {command}});
}
