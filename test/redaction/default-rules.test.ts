import {describe, expect, it} from 'vitest';
import {DEFAULT_CONFIG} from '../../src/config/coograph-config.ts';
import {compileRules} from '../../src/redaction/compile-rules.ts';
import {redactCommand} from '../../src/redaction/redact-command.ts';

const rules = compileRules(DEFAULT_CONFIG.redaction);
const redact = (command: string) => redactCommand(command, rules);

// One example per rule, written out in full so a change in any rule's reach shows here.
describe('each default rule', () => {
	it.each([
		['aws-access-key-id', 'aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE', 'aws configure set aws_access_key_id [REDACTED:aws-access-key-id]'],
		['github-token', 'gh auth login --with-token <<< ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8', 'gh auth login --with-token <<< [REDACTED:github-token]'],
		['github-token (fine-grained)', `echo github_pat_11ABCDEFG0123456789abc_${'x1Y2'.repeat(15)}`, 'echo [REDACTED:github-token]'],
		['gitlab-token', 'glab auth login --token glpat-Ab12Cd34Ef56Gh78Ij90', 'glab auth login --token [REDACTED:gitlab-token]'],
		['slack-token', 'SLACK=xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx node bot.js', 'SLACK=[REDACTED:slack-token] node bot.js'],
		['slack-webhook', 'curl -d @msg.json https://hooks.slack.com/services/T0000AAAA/B0000BBBBBB/abcdefghijklmnopqrstuvwx', 'curl -d @msg.json https://hooks.slack.com/services/[REDACTED:slack-webhook]'],
		['openai-api-key', `OPENAI=sk-proj-${'Ab1_'.repeat(12)}T3BlbkFJ${'cD2-'.repeat(12)} python app.py`, 'OPENAI=[REDACTED:openai-api-key] python app.py'],
		['anthropic-api-key', `claude --key sk-ant-api03-${'Zz9_'.repeat(23)}xAA`, 'claude --key [REDACTED:anthropic-api-key]'],
		['google-api-key', 'curl "https://maps.example.com/?key=AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q"', 'curl "https://maps.example.com/?key=[REDACTED:google-api-key]"'],
		['stripe-secret-key', 'stripe listen --api-key rk_live_51H8aBcDeFgHiJkLmNoPqRsTu', 'stripe listen --api-key [REDACTED:stripe-secret-key]'],
		['npm-token', 'echo //registry.npmjs.org/:_authToken=npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789 >> .npmrc', 'echo //registry.npmjs.org/:_authToken=[REDACTED:npm-token] >> .npmrc'],
		['huggingface-token', 'huggingface-cli login --token hf_AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGh', 'huggingface-cli login --token [REDACTED:huggingface-token]'],
		['jwt', 'http :3000/me x-session:eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk', 'http :3000/me x-session:[REDACTED:jwt]'],
		['private-key', 'cat > id <<EOF\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\nBG5vbmUAAAAEbm9uZQ==\n-----END OPENSSH PRIVATE KEY-----\nEOF', 'cat > id <<EOF\n-----BEGIN OPENSSH PRIVATE KEY-----\n[REDACTED:private-key]\n-----END OPENSSH PRIVATE KEY-----\nEOF'],
		['url-password', 'psql postgres://app:s3cr3t-Pw@db:5432/app', 'psql postgres://app:[REDACTED:url-password]@db:5432/app'],
		['authorization-header', 'curl -H "Authorization: Basic YWRtaW46aHVudGVyMg==" https://x.example.com', 'curl -H "Authorization: Basic [REDACTED:authorization-header]" https://x.example.com'],
		['bearer-token', 'curl --oauth2-bearer AbCd1234EfGh5678 https://x.example.com', 'curl --oauth2-bearer [REDACTED:bearer-token] https://x.example.com'],
		['curl-user-password', 'curl -fsS -u admin:hunter2 https://x.example.com', 'curl -fsS -u admin:[REDACTED:curl-user-password] https://x.example.com'],
		['named-secret', 'DB_PASSWORD=hunter2 npm start', 'DB_PASSWORD=[REDACTED:named-secret] npm start'],
	])('%s', (_rule, command, expected) => {
		expect(redact(command)).toBe(expected);
	});
});

describe('private keys', () => {
	it('keeps the BEGIN and END lines and redacts the body, with its escaped line breaks', () => {
		expect(redact(String.raw`printf '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\nIBAQ==\n-----END EC PRIVATE KEY-----\n' > k.pem`))
			.toBe(String.raw`printf '-----BEGIN EC PRIVATE KEY-----[REDACTED:private-key]-----END EC PRIVATE KEY-----\n' > k.pem`);
	});

	it('redacts to the end of the command when the END line is missing', () => {
		expect(redact('cat > k <<EOF\n-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\nkqhkiG9w0BAQEFAASC'))
			.toBe('cat > k <<EOF\n-----BEGIN PRIVATE KEY-----\n[REDACTED:private-key]');
	});

	it('leaves public keys and certificates alone', () => {
		const command = 'cat > ca.pem <<EOF\n-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----\nEOF';
		expect(redact(command)).toBe(command);
	});
});

describe('HTTP credentials', () => {
	it.each([
		['redis-cli -u redis://:p4ss@cache:6379', 'redis-cli -u redis://:[REDACTED:url-password]@cache:6379'],
		['curl --user kevin:\'pRf7vG2h1L8nQkW9\' https://x', 'curl --user kevin:\'[REDACTED:curl-user-password]\' https://x'],
		['curl -X POST \\\n  -u ci:T0k3n! \\\n  https://x', 'curl -X POST \\\n  -u ci:[REDACTED:curl-user-password] \\\n  https://x'],
		['curl -H "authorization: token 0123456789abcdef" x', 'curl -H "authorization: token [REDACTED:authorization-header]" x'],
		['curl -H \'Proxy-Authorization: Basic dXNlcjpwYXNz\' x', 'curl -H \'Proxy-Authorization: Basic [REDACTED:authorization-header]\' x'],
	])('%j', (command, expected) => {
		expect(redact(command)).toBe(expected);
	});

	it.each([
		['a uid:gid outside curl', 'docker run -u 1000:1000 node:20'],
		['curl -u with a user only', 'curl -u admin https://x'],
		['variables in curl -u', 'curl -u "$USER:$PASS" https://x'],
		['a URL without a password', 'git clone ssh://git@host:2222/repo.git'],
		['an IPv6 host and port', 'curl http://[::1]:8080/health'],
		['a variable in the header', 'curl -H "Authorization: Bearer $TOKEN" https://x'],
		['a placeholder in the header', 'curl -H "Authorization: Bearer <your token>" https://x'],
		['prose after "authorization:"', 'git commit -m "authorization: verify signatures"'],
		['prose after "Bearer"', 'git commit -m "Support Bearer authentication"'],
	])('leaves %s alone', (_case, command) => {
		expect(redact(command)).toBe(command);
	});
});

describe('tokens among look-alikes', () => {
	it.each([
		['hyphenated words starting with sk-', 'ls sk-learn-tutorial-notebooks-for-beginners/ task-runner-for-everything'],
		['a git SHA', 'git show 3f2a9c1e5b7d4f6a8c0e2b4d6f8a0c2e4b6d8f0a'],
		['a digest', 'docker pull node@sha256:6a8c0e2b4d6f8a0c2e4b6d8f0a3f2a9c1e5b7d4f6a8c0e2b4d6f8a0c2e4b6d8f'],
		['a JWT header alone', 'echo eyJhbGciOiJIUzI1NiJ9 | base64 -d'],
		['a prefix in a search', 'rg -n "ghp_|xoxb-|AKIA|hf_" src/'],
		['npm environment variables', 'npm_config_loglevel=silent npm_package_version=1.2.3 npm ci'],
	])('leaves %s alone', (_case, command) => {
		expect(redact(command)).toBe(command);
	});
});
