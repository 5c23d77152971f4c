import type {SecretRule} from '../secret-rule.ts';

const BEGIN = /-----BEGIN[ A-Z\d]{0,40}PRIVATE KEY(?: BLOCK)?-----/g;
const END = '-----END';

/**
 * PEM private keys (RSA, EC, DSA, OpenSSH, PKCS#8, encrypted, PGP), typically written through a heredoc. The BEGIN and
 * END lines stay, so the log still says what kind of key it was; a key with no END line is redacted to the end.
 */
export const privateKey: SecretRule = {
	name: 'private-key',
	hints: ['private key'],
	* find(command) {
		BEGIN.lastIndex = 0;
		for (let match = BEGIN.exec(command); match !== null; match = BEGIN.exec(command)) {
			const end = command.indexOf(END, BEGIN.lastIndex);
			const body = {start: BEGIN.lastIndex, end: end === -1 ? command.length : end};
			while (body.start < body.end && isSpace(command[body.start]!)) {
				body.start++;
			}

			while (body.end > body.start && isSpace(command[body.end - 1]!)) {
				body.end--;
			}

			yield body;
			BEGIN.lastIndex = Math.max(BEGIN.lastIndex, body.end);
		}
	},
};

function isSpace(character: string): boolean {
	return character === '\n' || character === '\r' || character === ' ' || character === '\t';
}
