// Writes test/fixtures/secrets-corpus.jsonl: commands carrying secrets, each with the exact redacted command expected,
// and ordinary commands full of look-alikes, which must come out unchanged. Seeded, so a rerun writes the same file.
// Every secret is random, in the shape of a real one; none is real.
//
// A template is a function of the secret(s): called with the secret it gives the command, called with the marker
// `[REDACTED:<rule>]` it gives the expected redaction. So the expectation never comes from the redactor itself.
import {writeFileSync} from 'node:fs';

let seed = 0x5EC2E7;
function random() {
	seed = (seed + 0x6D2B79F5) | 0;
	let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
	value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
	return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const BASE64URL = `${ALNUM}-_`;
const BASE64 = `${ALNUM}+/`;
const HEX = '0123456789abcdef';
// Password characters that need no quoting in any of the templates' positions.
const PASSWORD = `${ALNUM}!#%^*_+=.,-`;
const URL_PASSWORD = `${ALNUM}-._~!*+=,`;

const pick = list => list[Math.floor(random() * list.length)];
const chars = (alphabet, length) => Array.from({length}, () => pick(alphabet)).join('');
const between = (low, high) => low + Math.floor(random() * (high - low + 1));
const base64url = text => Buffer.from(text).toString('base64url');
const uuid = () => `${chars(HEX, 8)}-${chars(HEX, 4)}-4${chars(HEX, 3)}-${pick('89ab')}${chars(HEX, 3)}-${chars(HEX, 12)}`;
// At least one digit and both cases, like a generated password.
const password = () => `${chars(UPPER, 1)}${chars(PASSWORD, between(9, 20))}${chars(DIGITS, 1)}${chars(LOWER, 1)}`;

// Tokens recognised by their shape: each variant of each rule goes through every token template below.
const TOKEN_FORMATS = {
	'aws-access-key-id': [() => `AKIA${chars(UPPER + DIGITS, 16)}`, () => `ASIA${chars(UPPER + DIGITS, 16)}`],
	'github-token': ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'].map(prefix => () => prefix + chars(ALNUM, 36))
		.concat(() => `github_pat_11${chars(UPPER + DIGITS, 20)}_${chars(ALNUM, 59)}`),
	'gitlab-token': [() => `glpat-${chars(`${ALNUM}_-`, 20)}`, () => `gldt-${chars(ALNUM, 20)}`, () => `glrt-${chars(ALNUM, 20)}`],
	'slack-token': [
		() => `xoxb-${chars(DIGITS, 12)}-${chars(DIGITS, 13)}-${chars(ALNUM, 24)}`,
		() => `xoxp-${chars(DIGITS, 12)}-${chars(DIGITS, 12)}-${chars(DIGITS, 13)}-${chars(HEX, 32)}`,
		() => `xapp-1-A${chars(UPPER + DIGITS, 10)}-${chars(DIGITS, 13)}-${chars(HEX, 64)}`,
	],
	'openai-api-key': [
		() => `sk-proj-${chars(BASE64URL, 74)}T3BlbkFJ${chars(BASE64URL, 74)}`,
		() => `sk-${chars(ALNUM, 20)}T3BlbkFJ${chars(ALNUM, 20)}`,
	],
	'anthropic-api-key': [
		() => `sk-ant-api03-${chars(BASE64URL, 93)}AA`,
		() => `sk-ant-admin01-${chars(BASE64URL, 93)}AA`,
	],
	'google-api-key': [() => `AIza${chars(BASE64URL, 35)}`],
	'stripe-secret-key': [
		() => `sk_live_${chars(ALNUM, 99)}`,
		() => `rk_live_${chars(ALNUM, 24)}`,
		() => `sk_test_${chars(ALNUM, 24)}`,
	],
	'npm-token': [() => `npm_${chars(ALNUM, 36)}`],
	'huggingface-token': [() => `hf_${chars(UPPER + LOWER, 34)}`],
	jwt: [
		() => `${base64url('{"alg":"HS256","typ":"JWT"}')}.${base64url(`{"sub":"${between(1000, 99_999)}","name":"dev","iat":${between(1_600_000_000, 1_800_000_000)}}`)}.${chars(BASE64URL, 43)}`,
		() => `${base64url(`{"alg":"RS256","kid":"${chars(HEX, 16)}"}`)}.${base64url(`{"iss":"https://auth.example.com/","aud":"api","exp":${between(1_700_000_000, 1_900_000_000)}}`)}.${chars(BASE64URL, 342)}`,
	],
};

// Where a token can sit in a command. Names are deliberately not secret-sounding where the token alone must be caught.
const TOKEN_TEMPLATES = {
	argument: [
		s => `gh secret set DEPLOY_KEY --repo acme/web --body ${s}`,
		s => `python scripts/check_key.py ${s} --verbose`,
		s => `printf '%s' '${s}' > /tmp/key.txt && chmod 600 /tmp/key.txt`,
	],
	env: [
		s => `DEPLOY=${s} npm run deploy -- --prod`,
		s => `export SERVICE_TOKEN="${s}"`,
		s => `env CI_KEY='${s}' ./scripts/release.sh`,
	],
	url: [
		s => `curl -s "https://api.example.com/v1/items?key=${s}&limit=10"`,
		s => `git clone https://${s}@git.example.com/acme/private-repo.git`,
		s => `wget -qO- "https://example.com/download?access_token=${s}"`,
	],
	header: [
		s => `curl -H "Authorization: Bearer ${s}" https://api.example.com/me`,
		s => `curl -sS -H 'X-Api-Key: ${s}' https://api.example.com/v2/status`,
		s => `curl --header "PRIVATE-TOKEN: ${s}" "https://gitlab.example.com/api/v4/projects?owned=true"`,
	],
	heredoc: [
		s => `cat > .env <<'EOF'\nNODE_ENV=production\nSERVICE_KEY=${s}\nEOF`,
		s => `cat <<EOF | kubectl apply -f -\napiVersion: v1\nkind: Secret\nmetadata:\n  name: app\nstringData:\n  apiToken: ${s}\nEOF`,
		s => `python - <<'PY'\nimport requests\nprint(requests.get(URL, headers={"X-Key": "${s}"}).status_code)\nPY`,
	],
};

const pemBody = (lines = between(8, 25)) => [...Array.from({length: lines - 1}, () => chars(BASE64, 64)), `${chars(BASE64, between(8, 60))}==`];
const PEM_KINDS = ['RSA ', 'EC ', 'OPENSSH ', '', 'ENCRYPTED ', 'DSA '];
const pem = (kind, body) => `-----BEGIN ${kind}PRIVATE KEY-----\n${body}\n-----END ${kind}PRIVATE KEY-----`;

// Rules that need their context, or whose secret is not a token: each template makes its own secret.
const CONTEXT_CASES = {
	'slack-webhook': {
		secret: () => `T${chars(UPPER + DIGITS, 8)}/B${chars(UPPER + DIGITS, 10)}/${chars(ALNUM, 24)}`,
		argument: [
			s => `curl -X POST -H 'Content-type: application/json' --data '{"text":"deployed"}' https://hooks.slack.com/services/${s}`,
			s => `./notify.sh --webhook https://hooks.slack.com/services/${s} --channel ops`,
		],
		env: [s => `export SLACK_HOOK=https://hooks.slack.com/services/${s}`, s => `NOTIFY_URL="https://hooks.slack.com/services/${s}" npm run notify`],
		url: [s => `wget --post-data 'payload={"text":"hi"}' "https://hooks.slack.com/services/${s}"`, s => `http POST hooks.slack.com/services/${s} text=hello`],
		header: [
			s => `curl -H "X-Forward-To: https://hooks.slack.com/services/${s}" https://relay.example.com/`,
			s => `curl --header 'X-Callback: https://hooks.slack.com/workflows/${s}' https://ci.example.com/hooks`,
		],
		heredoc: [s => `cat >> .env <<EOF\nSLACK_CHANNEL=ops\nSLACK_HOOK=https://hooks.slack.com/services/${s}\nEOF`, s => `cat > alert.yml <<'EOF'\nreceivers:\n  - slack_configs:\n      - api_url: https://hooks.slack.com/services/${s}\nEOF`],
	},
	'private-key': {
		secret: () => pemBody().join('\n'),
		argument: [
			s => `echo "${pem('RSA ', s)}" > deploy_key && chmod 600 deploy_key`,
			s => `ssh-add - <<< "${pem('OPENSSH ', s)}"`,
		],
		env: [s => `export DEPLOY_KEY="${pem('EC ', s)}"`, s => `SIGNING_PEM='${pem('', s)}' node sign.js`],
		header: [
			s => `curl -H "X-Client-Key: ${pem('EC ', s)}" https://mtls.example.com/`,
			s => `curl --header 'X-Signing-Key: ${pem('', s)}' https://sign.example.com/v1/sign`,
		],
		heredoc: [
			...PEM_KINDS.map(kind => s => `cat > ~/.ssh/id_deploy <<'EOF'\n${pem(kind, s)}\nEOF\nchmod 600 ~/.ssh/id_deploy`),
			s => `kubectl create secret generic tls-key --from-file=tls.key=/dev/stdin <<EOF\n${pem('', s)}\nEOF`,
			s => `gpg --batch --import <<'EOF'\n-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${s}\n-----END PGP PRIVATE KEY BLOCK-----\nEOF`,
		],
	},
	'private-key-escaped': {
		rule: 'private-key',
		secret: () => `\\n${pemBody(between(4, 8)).join('\\n')}\\n`,
		argument: [s => `printf '-----BEGIN RSA PRIVATE KEY-----${s}-----END RSA PRIVATE KEY-----\\n' > key.pem`],
		env: [s => `export JWT_SIGNING_PEM="-----BEGIN PRIVATE KEY-----${s}-----END PRIVATE KEY-----"`],
	},
	'url-password': {
		secret: () => `${chars(UPPER, 1)}${chars(URL_PASSWORD, between(8, 20))}${chars(DIGITS, 1)}`,
		argument: [
			s => `psql postgres://app:${s}@db.internal:5432/app -c 'select 1'`,
			s => `mongosh "mongodb+srv://admin:${s}@cluster0.example.net/shop"`,
			s => `pip install --index-url https://build:${s}@pypi.example.com/simple internal-lib`,
		],
		env: [
			s => `DATABASE_URL=postgres://app:${s}@localhost:5432/app_test npm test`,
			s => `docker run -e AMQP_URL=amqp://guest:${s}@rabbit:5672/ worker`,
		],
		url: [
			s => `git clone https://alice:${s}@git.example.com/team/repo.git`,
			s => `curl -fsS ftp://backup:${s}@files.example.com/dumps/latest.sql.gz -o latest.sql.gz`,
			s => `redis-cli -u redis://:${s}@cache.internal:6379/0 ping`,
		],
		header: [
			s => `curl -H "X-Upstream: https://svc:${s}@internal.example.com/api" https://proxy.example.com/`,
			s => `curl --header "Referer: https://qa:${s}@staging.example.com/" https://staging.example.com/api`,
		],
		heredoc: [
			s => `cat > .env <<EOF\nREDIS_URL=redis://default:${s}@cache:6379/0\nEOF`,
			s => `cat > docker-compose.override.yml <<'EOF'\nservices:\n  api:\n    environment:\n      - DB_URL=mysql://root:${s}@mysql:3306/shop\nEOF`,
		],
	},
	'authorization-header': {
		secret: () => pick([
			() => Buffer.from(`${pick(['admin', 'ci', 'deploy'])}:${password()}`).toString('base64'),
			() => chars(ALNUM, 32),
			() => `${chars(HEX, 40)}`,
			() => `${chars(BASE64URL, 20)}.${chars(BASE64URL, 30)}`,
		])(),
		argument: [
			s => `curl -H "Authorization: Basic ${s}" https://registry.example.com/v2/_catalog`,
			s => `curl --header 'Authorization: Bearer ${s}' https://api.example.com/v1/me`,
			s => `git -c http.extraHeader="Authorization: Basic ${s}" clone https://git.example.com/team/app.git`,
			s => `wget --header="Authorization: token ${s}" https://api.example.com/releases/latest`,
		],
		env: [s => `export AUTH_HEADER="Authorization: Bearer ${s}"`, s => `CURL_AUTH='authorization: Bearer ${s}' ./smoke.sh`],
		header: [
			s => `curl "https://api.example.com/v1/search?q=a&page=2" -H "Proxy-Authorization: Basic ${s}"`,
			s => `http GET api.example.com/me "Authorization:token ${s}"`,
			s => `grpcurl -H "authorization: Bearer ${s}" api.example.com:443 list`,
		],
		heredoc: [
			s => `cat > request.http <<EOF\nGET /me HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer ${s}\nEOF`,
			s => `nc api.example.com 80 <<EOF\nGET / HTTP/1.0\nAuthorization: Basic ${s}\n\nEOF`,
		],
	},
	'bearer-token': {
		secret: () => `${chars(ALNUM, between(20, 40))}${chars(DIGITS, 1)}`,
		argument: [
			s => `curl --oauth2-bearer ${s} https://api.example.com/v1/me`,
			s => `echo "Bearer ${s}" > /tmp/auth-header`,
			s => `curl "https://api.example.com/v1/me" --oauth2-bearer=${s}`,
		],
		env: [s => `export AUTHZ="Bearer ${s}"`, s => `API_AUTH='bearer ${s}' npm run e2e`],
		header: [
			s => `curl -H "X-Forwarded-Authorization-Value: Bearer ${s}" https://gateway.example.com/`,
			s => `websocat -H='Sec-Auth: Bearer ${s}' wss://stream.example.com/v1`,
		],
		heredoc: [
			s => `cat > headers.txt <<EOF\nX-Auth: Bearer ${s}\nEOF`,
			s => `cat > .http-client.env.json <<'EOF'\n{"dev": {"auth": "Bearer ${s}"}}\nEOF`,
		],
	},
	'curl-user-password': {
		secret: password,
		argument: [
			s => `curl -u admin:${s} https://jenkins.example.com/api/json`,
			s => `curl --user "deploy:${s}" -X POST https://registry.example.com/v2/token`,
			s => `curl -s --user=ci:${s} https://nexus.example.com/service/rest/v1/status`,
			s => `curl -X POST -u 'api:${s}' https://api.mailer.example.com/v3/messages -F to=dev@example.com`,
			s => `/usr/bin/curl -fsSL -u root:${s} http://localhost:9200/_cluster/health`,
			s => `curl --user kevin:'${s}' -X PATCH https://api.example.com/v1/profile`,
			s => `curl -k -X GET \\\n  -H 'Accept: application/json' \\\n  -u elastic:${s} \\\n  https://localhost:9200/_cat/indices`,
			s => `cd /tmp && curl -sS -u bot:${s} https://ci.example.com/job/build/lastBuild/api/json | jq .result`,
		],
		env: [
			s => `export CHECK_CMD="curl -u monitor:${s} https://status.example.com/"`,
			s => `alias jenkins='curl -s -u me:${s} https://jenkins.example.com'`,
		],
		heredoc: [
			s => `bash <<'EOF'\nset -e\ncurl -u admin:${s} http://localhost:15672/api/overview\nEOF`,
			s => `cat > Makefile <<'EOF'\ndeploy:\n\tcurl --fail -u ci:${s} https://deploy.example.com/hooks/web\nEOF`,
		],
	},
	'named-secret': {
		secret: password,
		env: [
			s => `export DB_PASSWORD=${s}`,
			s => `PGPASSWORD=${s} psql -h db.internal -U app -d app`,
			s => `MYSQL_ROOT_PASSWORD='${s}' docker compose up -d mysql`,
			s => `docker run -e CLIENT_SECRET="${s}" -p 8080:8080 app`,
			s => `AWS_SECRET_ACCESS_KEY=${s} aws s3 ls s3://acme-backups`,
			s => `env AUTH_TOKEN=${s} ./bin/start`,
			s => `set -a; SESSION_SECRET=${s}; set +a; npm start`,
			s => `export OPENAI_API_KEY="${s}" && python agent.py`,
			s => `HF_TOKEN=${s} huggingface-cli whoami`,
			s => `$env:DEPLOY_TOKEN="${s}"; ./deploy.ps1`,
		],
		argument: [
			s => `mysql -u root --password=${s} shop`,
			s => `./manage.py createsuperuser --username admin --password ${s}`,
			s => `vault write auth/userpass/login/admin password=${s}`,
			s => `kubectl create secret generic db --from-literal=username=app --from-literal=password=${s}`,
			s => `helm upgrade --install app ./chart --set auth.database=app,auth.rootPassword=${s}`,
			s => `java -Dspring.datasource.password=${s} -jar app.jar`,
			s => `terraform apply -var "db_password=${s}" -auto-approve`,
			s => `npm config set //registry.example.com/:_authToken=${s}`,
			s => `heroku config:set STRIPE_API_KEY=${s} --app shop`,
			s => `mc alias set minio http://localhost:9000 admin --secret-key ${s}`,
			s => `gh api repos/acme/web/actions/secrets -f client_secret=${s}`,
			s => `./cli login --api-key ${s} --region eu`,
			s => `python train.py --wandb-api-key=${s} --epochs 3`,
			s => `aws configure set aws_secret_access_key ${s} --profile ci`,
			s => `yarn config set npmAuthToken ${s}`,
			s => `curl -d '{"username":"bob","password":"${s}"}' -H 'Content-Type: application/json' https://app.example.com/api/login`,
			s => `curl -d "{\\"token\\":\\"${s}\\"}" https://hooks.example.com/register`,
		],
		url: [
			s => `curl "https://auth.example.com/oauth/token?client_secret=${s}&grant_type=client_credentials"`,
			s => `curl -d "username=bob&password=${s}" https://app.example.com/login`,
			s => `wget "https://example.com/feed.xml?api_key=${s}"`,
			s => `open "http://localhost:3000/reset?token=${s}"`,
		],
		header: [
			s => `curl -H "X-Auth-Token: ${s}" https://api.example.com/servers`,
			s => `curl --header 'PRIVATE-TOKEN: ${s}' https://gitlab.example.com/api/v4/user`,
			s => `curl -H "apikey: ${s}" https://db.example.com/rest/v1/items`,
			s => `curl -H "X-API-Key:${s}" https://api.example.com/v1/ping`,
		],
		heredoc: [
			s => `cat > .env <<EOF\nPORT=3000\nJWT_SECRET=${s}\nEOF`,
			s => `cat > config/database.yml <<'EOF'\nproduction:\n  username: app\n  password: ${s}\nEOF`,
			s => `cat > config.toml <<'EOF'\n[service]\napi_key = "${s}"\nEOF`,
			s => `cat > credentials.json <<'EOF'\n{"client_id": "web", "client_secret": "${s}"}\nEOF`,
			s => `cat > settings.py <<'EOF'\nSECRET_KEY = '${s}'\nDEBUG = False\nEOF`,
			s => `python - <<'PY'\nclient = Client(url, token="${s}")\nPY`,
			s => `cat > values.yaml <<EOF\nredis:\n  auth:\n    password: "${s}"\nEOF`,
		],
	},
};

// Several secrets in one command: each keeps its own marker. `secrets[i]` is found by `rules[i]`.
const MULTI_CASES = [
	{rules: ['aws-access-key-id', 'named-secret'], position: 'env', secrets: [TOKEN_FORMATS['aws-access-key-id'][0], password],
		template: (key, secret) => `AWS_ACCESS_KEY_ID=${key} AWS_SECRET_ACCESS_KEY=${secret} aws sts get-caller-identity`},
	{rules: ['github-token', 'url-password'], position: 'url', secrets: [TOKEN_FORMATS['github-token'][0], CONTEXT_CASES['url-password'].secret],
		template: (token, secret) => `GH_TOKEN=${token} gh repo clone acme/web && git remote add mirror https://ci:${secret}@mirror.example.com/web.git`},
	{rules: ['jwt', 'named-secret'], position: 'header', secrets: [TOKEN_FORMATS.jwt[0], password],
		template: (token, secret) => `curl -H "Authorization: Bearer ${token}" -H "X-Client-Secret: ${secret}" https://api.example.com/`},
	{rules: ['private-key', 'named-secret'], position: 'heredoc', secrets: [() => pemBody().join('\n'), password],
		template: (body, secret) => `cat > .env <<'EOF'\nDB_PASSWORD=${secret}\nEOF\ncat > key.pem <<'EOF'\n${pem('RSA ', body)}\nEOF`},
	{rules: ['slack-token', 'openai-api-key'], position: 'env', secrets: [TOKEN_FORMATS['slack-token'][0], TOKEN_FORMATS['openai-api-key'][0]],
		template: (slack, openai) => `SLACK_BOT=${slack} OPENAI=${openai} node bot.js`},
	{rules: ['curl-user-password', 'stripe-secret-key'], position: 'argument', secrets: [password, TOKEN_FORMATS['stripe-secret-key'][0]],
		template: (secret, key) => `curl -u admin:${secret} https://billing.example.com/keys -d key=${key}`},
];

const entries = [];
const marker = rule => `[REDACTED:${rule}]`;
const add = (rule, position, template, secret) => entries.push({
	kind: 'secret', rules: [rule], position, command: template(secret), expected: template(marker(rule)), secrets: [secret],
});

for (const [rule, variants] of Object.entries(TOKEN_FORMATS)) {
	for (const [position, templates] of Object.entries(TOKEN_TEMPLATES)) {
		for (const template of templates) {
			for (const make of variants) {
				add(rule, position, template, make());
			}
		}
	}
}

for (const [name, {rule = name, secret, ...positions}] of Object.entries(CONTEXT_CASES)) {
	for (const [position, templates] of Object.entries(positions)) {
		for (const template of templates) {
			add(rule, position, template, secret());
		}
	}
}

for (const {rules, position, secrets, template} of MULTI_CASES) {
	const values = secrets.map(make => make());
	const command = template(...values);
	entries.push({
		kind: 'secret', rules, position, command, expected: template(...rules.map(rule => marker(rule))),
		secrets: values,
	});
}

// Ordinary commands: git SHAs, UUIDs, hashes, base64, long names and words that contain what secrets start with.
const sha = () => chars(HEX, 40);
const ORDINARY = {
	'git-sha': [
		() => `git show ${sha()}`,
		() => `git cherry-pick ${sha()}`,
		() => `git log --oneline ${sha().slice(0, 7)}..${sha().slice(0, 7)}`,
		() => `git diff ${sha().slice(0, 12)} -- src/auth/token-store.ts`,
		() => `git rebase --onto main ${sha()}`,
		() => `git tag -a v${between(1, 9)}.${between(0, 20)}.${between(0, 9)} ${sha()} -m "release"`,
		() => `git revert --no-edit ${sha()}`,
		() => `git merge-base --is-ancestor ${sha()} HEAD && echo yes`,
		() => `git fetch origin ${sha()} && git checkout FETCH_HEAD`,
		() => `git bisect good ${sha()}`,
		() => `git branch --contains ${sha()}`,
		() => `git worktree add ../hotfix ${sha()}`,
		() => `git show --stat ${sha()}:src/index.ts`,
		() => `git commit --fixup=${sha()}`,
	],
	uuid: [
		() => `kubectl logs -n prod pod/api-${uuid()}`,
		() => `az account set --subscription ${uuid()}`,
		() => `curl -s https://api.example.com/v1/orders/${uuid()} | jq .status`,
		() => `psql -c "select * from sessions where id = '${uuid()}'"`,
		() => `aws logs get-log-events --log-group-name /ecs/api --log-stream-name ecs/api/${uuid()}`,
		() => `docker rm -f build-${uuid()}`,
		() => `gcloud projects describe proj-${uuid().slice(0, 8)}`,
		() => `uuidgen && echo ${uuid()} >> ids.txt`,
		() => `aws ec2 describe-instances --instance-ids i-${chars(HEX, 17)}`,
		() => `curl -X DELETE https://api.example.com/v1/tokens/${uuid()}`,
		() => `kubectl delete pod job-${uuid()} -n batch`,
		() => `export TRACE_ID=${uuid()}`,
		() => `jq '.[] | select(.session_id == "${uuid()}")' sessions.json`,
	],
	'hex-digest': [
		() => `docker pull node@sha256:${chars(HEX, 64)}`,
		() => `echo "${chars(HEX, 64)}  app.tar.gz" | sha256sum -c -`,
		() => `docker image inspect ${chars(HEX, 64)}`,
		() => `nix-store --query /nix/store/${chars('0123456789abcdfghijklmnpqrsvwxyz', 32)}-nodejs-20.11.0`,
		() => `curl -O https://releases.example.com/app-${chars(HEX, 8)}.tar.gz`,
		() => `ipfs cat Qm${chars(ALNUM, 44)}`,
		() => `md5sum dist/*.js | grep ${chars(HEX, 32)}`,
		() => `echo ${chars(HEX, 64)} | xxd -r -p | wc -c`,
		() => `cosign verify --key cosign.pub ghcr.io/acme/app@sha256:${chars(HEX, 64)}`,
		() => `export CACHE_KEY=${chars(HEX, 40)}`,
		() => `export BUILD_HASH=${chars(HEX, 40)} && make`,
	],
	'base64-blob': [
		() => `echo ${Buffer.from(`hello ${chars(LOWER, between(5, 30))} world`).toString('base64')} | base64 -d`,
		() => `echo '${chars(BASE64, between(40, 120))}==' | base64 --decode > blob.bin`,
		() => `kubectl patch configmap app -p '{"data":{"logo":"${chars(BASE64, 80)}="}}'`,
		() => `openssl rand -base64 32`,
		() => `echo -n "user-${between(1, 999)}" | base64`,
		() => `curl -d '{"image":"data:image/png;base64,${chars(BASE64, 120)}"}' https://api.example.com/v1/upload`,
		() => `echo ${chars(BASE64URL, 60)} >> fixtures/blobs.txt`,
		() => `echo '${chars(BASE64, 200)}' > fixtures/thumbnail.b64`,
		() => `kubectl get configmap app -o jsonpath='{.binaryData.logo}' | base64 -d > logo.png`,
		() => `printf '%s' "${Buffer.from(`{"id":${between(1, 999)},"ok":true}`).toString('base64')}" | base64 -d | jq .`,
		() => `curl -H "Content-MD5: ${chars(BASE64, 22)}==" -T report.pdf https://uploads.example.com/`,
	],
	'long-name': [
		() => `cat src/components/authentication/password-reset-confirmation-dialog.test.tsx`,
		() => `vim docs/how-to-rotate-api-keys-and-tokens-safely-${between(1, 9)}.md`,
		() => `pytest tests/test_token_refresh.py -k "test_expired_token_is_refreshed"`,
		() => `ls -la src/secret-scanning/github-token-pattern-matcher/`,
		() => `mv reports/${chars(LOWER, 12)}-credential-rotation-audit-2026-05-17.csv archive/`,
		() => `npx eslint src/lib/private_key_loader_with_very_long_name_${chars(LOWER, 20)}.ts`,
		() => `touch ${chars(LOWER + DIGITS, 48)}.log`,
		() => `cat node_modules/${chars(LOWER, 10)}/dist/${chars(LOWER, 30)}${chars(DIGITS, 10)}.min.js | head`,
		() => `cat tests/fixtures/tokenizer/${chars(LOWER, 20)}_vocab.json | head`,
		() => `node scripts/generate-api-key-rotation-report.mjs --since 2026-0${between(1, 9)}-01`,
		() => `less logs/password-reset-2026-05-${between(10, 28)}.log`,
		() => `code src/features/secret-management/components/SecretListTable.tsx`,
		() => `python -m pytest tests/unit/test_credential_provider_chain.py::TestChain::test_env_first`,
	],
	'sk-in-words': [
		() => `npm run task-runner -- --watch`,
		() => `df -h | grep disk-usage-${between(1, 9)}`,
		() => `kubectl get pods -n risk-engine-${pick(['dev', 'prod', 'staging'])}`,
		() => `cd ~/projects/desk-booking-service && npm test`,
		() => `mkdir -p sk-experiments/run-${between(1, 99)}`,
		() => `pip install scikit-learn sk-video`,
		() => `ls sk-learn-tutorial-notebooks-for-beginners-and-experts/`,
		() => `./bin/ask-question --model gpt-4o --max-tokens ${between(100, 4000)}`,
		() => `grep -rn "sk-ant-" src/ docs/`,
		() => `rg 'gh[pousr]_[A-Za-z0-9]{36}' --hidden`,
		() => `grep -rn "AKIA" infra/`,
		() => `echo "ASIA-PACIFIC-${chars(UPPER, 6)}"`,
		() => `grep -c "hf_hub_download" src/*.py`,
		() => `npm_config_loglevel=silent npm ci`,
		() => `echo eyJhbGciOiJIUzI1NiJ9 | base64 -d`,
		() => `git log --grep="xoxb" --oneline`,
		() => `cd risk-analysis-${between(1, 9)} && make`,
		() => `npm run disk-cleanup`,
		() => `ssh desk-${between(10, 99)}.office.example.com`,
		() => `kubectl get ns | grep task-queue`,
	],
	'secret-words': [
		() => `MAX_TOKENS=${between(256, 8192)} TOKENIZERS_PARALLELISM=false python train.py`,
		() => `PASSWORD_MIN_LENGTH=${between(8, 16)} npm test`,
		() => `export GITHUB_TOKEN=$(gh auth token)`,
		() => `export OPENAI_API_KEY="$(pass show openai/api-key)"`,
		() => `echo $GITHUB_TOKEN | wc -c`,
		() => `TOKEN_URL=https://auth.example.com/oauth/token ./fetch.sh`,
		() => `GOOGLE_APPLICATION_CREDENTIALS=/secrets/sa.json gcloud auth list`,
		() => `aws secretsmanager get-secret-value --secret-id prod/db/password`,
		() => `kubectl get secret app-token -o jsonpath='{.data.token}' | base64 -d | wc -c`,
		() => `gh auth login --with-token < token.txt`,
		() => `vault kv get -field=password secret/db`,
		() => `op read "op://Private/db/password"`,
		() => `docker secret create db_password ./pw.txt`,
		() => `terraform output -raw db_password | wc -c`,
		() => `openssl passwd -6 -salt ${chars(LOWER, 8)} < /dev/stdin`,
		() => `ssh-keygen -t ed25519 -N "" -f ~/.ssh/id_ed25519`,
		() => `docker login --password-stdin -u ci ghcr.io < /run/secrets/ghcr`,
		() => `docker build --secret id=npmrc,src=$HOME/.npmrc -t app .`,
		() => `docker run -e API_KEY -e DB_PASSWORD -p 3000:3000 app`,
		() => `kubectl create secret generic app --from-file=token=./token.txt`,
		() => `git config --global credential.helper store`,
		() => `git config --global credential.helper 'cache --timeout=3600'`,
		() => `psql --no-password -h localhost app`,
		() => `cat > app.py <<'PY'\nimport os\ntoken = os.environ["API_TOKEN"]\nclient = Client(token=token)\nPY`,
		() => `python -c "import os; key=os.getenv('API_KEY'); print(bool(key))"`,
		() => `cat > config.yml <<EOF\ntoken_url: https://auth.example.com/token\nmax_tokens: 2048\nEOF`,
		() => `cat <<EOF > .env.example\nAPI_KEY=\nDB_PASSWORD=\nEOF`,
		() => `grep -rn "password=" src/`,
		() => `grep -E 'token=' logs/app.log | tail -n 20`,
		() => `grep -rn '"password":' test/fixtures/`,
		() => `git commit -m "Rotate API token handling; token: refresh before expiry"`,
		() => `git commit -m "Support Bearer authentication in the client"`,
		() => `grep -rn "Authorization: Bearer" src/`,
		() => `curl -H "Authorization: Bearer $TOKEN" https://api.example.com/me`,
		() => `curl -H "Authorization: Bearer \${API_TOKEN}" https://api.example.com/me`,
		() => `curl -X GET -H "Authorization: Bearer $(gcloud auth print-access-token)" https://run.googleapis.com/v2/projects`,
		() => `curl -u "$USER:$PASS" https://nexus.example.com/`,
		() => `curl --user "\${API_USER}:\${API_PASS}" https://api.example.com/`,
		() => `curl -u admin https://jenkins.example.com/api/json`,
		() => `echo "token=\${TOKEN}" >> $GITHUB_OUTPUT`,
		() => `python -c 'print(f"token={token}")'`,
		() => `helm install redis bitnami/redis --set auth.existingSecret=redis-auth`,
		() => `export SECRET_NAME=prod/db && aws secretsmanager describe-secret --secret-id "$SECRET_NAME"`,
		() => `npm login --auth-type=web`,
		() => `[ "$TOKEN" = "" ] && echo missing`,
		() => `gh secret set API_KEY --repo acme/web < key.txt`,
		() => `curl -H "Authorization: Bearer <your token>" https://api.example.com/me`,
		() => `aws configure get aws_secret_access_key | wc -c`,
		() => `export MAX_TOKEN_LENGTH=${between(128, 1024)}`,
		() => `npm test -- -t "rejects an expired token"`,
		() => `node scripts/rotate.js --token-ttl ${between(60, 7200)}`,
		() => `openssl req -new -key server.key -out server.csr -subj "/CN=api"`,
		() => `ssh-add ~/.ssh/id_ed25519`,
		() => `az keyvault secret show --vault-name kv-prod --name db-password`,
		() => `bw unlock --passwordenv BW_PASSWORD`,
		() => `mysql_config_editor set --login-path=local --user=root --password`,
		() => `ansible-vault encrypt --vault-password-file ~/.vault_pass group_vars/all.yml`,
		() => `echo "TOKEN is not set" >&2`,
		() => `test -n "$NPM_TOKEN" || exit 1`,
	],
	'url-and-user': [
		() => `docker run --rm -u 1000:1000 -v "$PWD":/app -w /app node:20 npm test`,
		() => `docker exec -u root:root app-${between(1, 9)} sh -c 'id'`,
		() => `docker run --rm -u $(id -u):$(id -g) alpine ls`,
		() => `ps -u root -o pid,cmd | head`,
		() => `sort -u names.txt > unique.txt`,
		() => `git push -u origin feature/token-refresh-${between(1, 999)}`,
		() => `psql postgres://localhost:5432/app -c 'select now()'`,
		() => `ssh -p ${between(2000, 2999)} deploy@bastion.example.com`,
		() => `git clone git@github.com:acme/web.git`,
		() => `git clone ssh://git@git.example.com:2222/team/repo.git`,
		() => `curl http://[::1]:8080/health`,
		() => `curl -I https://user@example.com/`,
		() => `open "http://localhost:3000/login?next=/dashboard&tab=tokens"`,
		() => `curl "https://example.com/search?q=token&page=${between(1, 9)}"`,
		() => `scp -P 2222 build.tar.gz deploy@10.0.${between(0, 9)}.${between(1, 254)}:/srv/releases/`,
		() => `rsync -avz ./dist/ user@host.example.com:/var/www/`,
		() => `docker run -p 8080:80 -p 8443:443 nginx:1.27`,
		() => `curl https://api.example.com:8443/v1/status`,
		() => `redis-cli -h cache.internal -p 6379 ping`,
		() => `mysql -h db.internal -u app -p shop`,
		() => `curl -fsSL https://deb.nodesource.com/setup_20.x | bash -`,
		() => `wget https://github.com/acme/app/releases/download/v1.${between(0, 9)}.0/app_linux_amd64.tar.gz`,
		() => `git remote set-url origin https://github.com/acme/web.git`,
		() => `curl -u ":" --negotiate https://intranet.example.com/`,
		() => `npm config set registry https://registry.npmjs.org/`,
	],
	everyday: [
		() => `npm install --save-dev @types/node@20`,
		() => `npm run build && npm test -- --run`,
		() => `ls -la`,
		() => `cat package.json | jq .scripts`,
		() => `git status --short`,
		() => `rg -n "TODO" src/ | head -n ${between(10, 50)}`,
		() => `find . -name "*.log" -mtime +${between(1, 30)} -delete`,
		() => `python -m venv .venv && . .venv/bin/activate && pip install -r requirements.txt`,
		() => `go test ./... -run TestTokenBucket -count=1`,
		() => `cargo build --release --features "tls,secrets-manager"`,
		() => `make -j${between(2, 16)} all`,
		() => `sed -i 's/version = "0.1.0"/version = "0.2.0"/' Cargo.toml`,
		() => `awk -F, '{ print $${between(1, 5)} }' data.csv | sort | uniq -c`,
		() => `tar -czf backup-$(date +%F).tar.gz ./data`,
		() => `echo "Build ${chars(ALNUM, 10)} finished in ${between(1, 300)}s"`,
		() => `terraform plan -var-file=prod.tfvars -out=plan-${chars(HEX, 8)}.out`,
		() => `kubectl rollout restart deployment/api -n prod`,
		() => `jq '.items[] | select(.status == "failed") | .id' results.json`,
		() => `curl -s https://api.github.com/repos/acme/web/commits/${sha()} | jq .sha`,
		() => `node -e "console.log(require('crypto').randomUUID())"`,
		() => `docker compose logs -f api --tail ${between(10, 500)}`,
		() => `npx prisma migrate dev --name add_tokens_table`,
		() => `yarn add -D vitest@4`,
		() => `tsc --noEmit -p tsconfig.json`,
		() => `du -sh node_modules`,
		() => `chmod +x scripts/*.sh`,
		() => `printf '%s\n' "$PATH" | tr ':' '\n'`,
		() => `env | grep -i proxy`,
	],
};

// Three draws of each ordinary template, so the random look-alikes vary; a command drawn twice is kept once.
const ORDINARY_DRAWS = 3;
for (const [lookAlike, makers] of Object.entries(ORDINARY)) {
	const seen = new Set();
	for (let draw = 0; draw < ORDINARY_DRAWS; draw++) {
		for (const make of makers) {
			const command = make();
			if (!seen.has(command)) {
				seen.add(command);
				entries.push({kind: 'ordinary', look_alike: lookAlike, command, expected: command});
			}
		}
	}
}

const file = new URL('../test/fixtures/secrets-corpus.jsonl', import.meta.url);
writeFileSync(file, `${entries.map(entry => JSON.stringify(entry)).join('\n')}\n`);
const secretCommands = entries.filter(entry => entry.kind === 'secret').length;
console.log(`wrote ${secretCommands} commands with secrets and ${entries.length - secretCommands} ordinary commands to test/fixtures/secrets-corpus.jsonl`);
