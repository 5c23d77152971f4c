import {describe, expect, it} from 'vitest';
import {DEFAULT_CONFIG} from '../../src/config/coograph-config.ts';
import {compileRules} from '../../src/redaction/compile-rules.ts';
import {redactCommand} from '../../src/redaction/redact-command.ts';
import {isSecretName} from '../../src/redaction/secret-name.ts';

const rules = compileRules(DEFAULT_CONFIG.redaction);
const redact = (command: string) => redactCommand(command, rules);
const R = '[REDACTED:named-secret]';

describe('isSecretName', () => {
	it.each([
		'GITHUB_TOKEN', 'DB_PASSWORD', 'PGPASSWORD', 'db-passwd', 'clientSecret', 'client_secret', 'AWS_SECRET_ACCESS_KEY',
		'OPENAI_API_KEY', 'apiKey', 'x-api-key', 'X-Octopus-ApiKey', 'PRIVATE_KEY', 'accesskey', '--secret-key', '_authToken',
		'-Dspring.datasource.password', 'AZURE_CREDENTIAL', 'SMTP_PASS', 'PRIVATE-TOKEN',
	])('%s names a secret', name => {
		expect(isSecretName(name)).toBe(true);
	});

	it.each([
		'TOKENIZERS_PARALLELISM', 'MAX_TOKENS', 'GOOGLE_APPLICATION_CREDENTIALS', 'SECRETS_DIR', 'TOKEN_URL', 'SECRET_NAME',
		'--password-file', '--password-stdin', '--no-password', 'PASSWORD_MIN_LENGTH', '--secret-id', 'credential.helper',
		'auth.existingSecret', 'bypass', 'compass', 'PWD', 'KEY', 'monkey',
	])('%s does not', name => {
		expect(isSecretName(name)).toBe(false);
	});
});

describe('named-secret finds the value', () => {
	it.each([
		['export GITHUB_TOKEN=abc123', `export GITHUB_TOKEN=${R}`],
		['export DB_PASSWORD="p a s s"', `export DB_PASSWORD="${R}"`],
		['MYSQL_PASSWORD=\'x\' docker compose up', `MYSQL_PASSWORD='${R}' docker compose up`],
		['a=1 SESSION_SECRET=s3;b=2', `a=1 SESSION_SECRET=${R};b=2`],
		['mysql --password=hunter2 db', `mysql --password=${R} db`],
		['./manage.py --api-key hunter2 --verbose', `./manage.py --api-key ${R} --verbose`],
		['kubectl create secret generic x --from-literal=password=hunter2', `kubectl create secret generic x --from-literal=password=${R}`],
		['curl "https://x/cb?code=1&client_secret=hunter2&state=2"', `curl "https://x/cb?code=1&client_secret=${R}&state=2"`],
		['curl -H "X-Auth-Token: hunter2" https://x', `curl -H "X-Auth-Token: ${R}" https://x`],
		['curl --header=\'PRIVATE-TOKEN:hunter2\' https://x', `curl --header='PRIVATE-TOKEN:${R}' https://x`],
		['curl -d \'{"user":"bob","password":"hunter 2"}\' x', `curl -d '{"user":"bob","password":"${R}"}' x`],
		['curl -d "{\\"token\\":\\"hunter2\\"}" x', `curl -d "{\\"token\\":\\"${R}\\"}" x`],
		['cat > db.yml <<EOF\nprod:\n  password: hunter2\nEOF', `cat > db.yml <<EOF\nprod:\n  password: ${R}\nEOF`],
		['cat > c.toml <<EOF\napi_key = "hunter2"\nEOF', `cat > c.toml <<EOF\napi_key = "${R}"\nEOF`],
		['python -c \'Client(url, token="hunter2")\'', `python -c 'Client(url, token="${R}")'`],
		['aws configure set aws_secret_access_key hunter2', `aws configure set aws_secret_access_key ${R}`],
		['$env:API_TOKEN="hunter2"', `$env:API_TOKEN="${R}"`],
		['DB_PASSWORD="unterminated', `DB_PASSWORD="${R}`],
	])('%j', (command, expected) => {
		expect(redact(command)).toBe(expected);
	});
});

describe('named-secret leaves alone', () => {
	it.each([
		['a variable', 'export GITHUB_TOKEN=$(gh auth token) && echo "$GITHUB_TOKEN" ${API_KEY}'],
		['a reading of the variable', '[ "$TOKEN" = "x" ] && echo ok'],
		['an empty value', 'cat > .env.example <<EOF\nAPI_KEY=\nDB_PASSWORD=\nEOF'],
		['a quote that closes the search pattern', 'grep -rn "password=" src/ && grep -E \'token=\' log && grep -rn \'"password":\' test/'],
		['a file path', 'kubectl create secret generic app --from-file=token=./token.txt --from-file=key=~/.ssh/id'],
		['code that fetches the secret', 'cat > a.py <<EOF\ntoken = os.environ["API_TOKEN"]\nclient = Client(token=token)\nkey=os.getenv("API_KEY")\nEOF'],
		['a placeholder', 'python -c \'print(f"token={token}")\' && printf "password=%s" "$P"'],
		['a switch', 'docker login --password-stdin -u me ghcr.io && psql --no-password db'],
		['a key=value spec', 'docker build --secret id=npmrc,src=.npmrc .'],
		['a name followed by words', 'git commit -m "token: refresh earlier" && gh secret set API_KEY --body-file k.txt'],
		['a comparison', 'test "$PASSWORD" == secret'],
	])('%s', (_case, command) => {
		expect(redact(command)).toBe(command);
	});
});
