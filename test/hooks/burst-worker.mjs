// A writer that never lets go by itself: the real OpenCode plugin bundle, appending events for the given time without
// ever letting the event loop turn, the longest burst group commit can see. Prints the count when done.
import {CoographPlugin} from '../../dist/plugins/coograph.js';

const [root, milliseconds] = process.argv.slice(2);
const hooks = await CoographPlugin({directory: root});
const until = Date.now() + Number(milliseconds);
let count = 0;
while (Date.now() < until) {
	await hooks['tool.execute.before']({tool: 'bash', sessionID: 'ses_burst', callID: `call_${count}`}, {args: {command: `echo burst ${count}`}});
	count++;
}

console.log(count);
