import type {Random} from './random.ts';

/** A command an agent runs, as it would type it: possibly several lines, possibly with a secret in it. */
export type GeneratedCommand = {command: string; fails: boolean};

type Template = {weight: number; make: (random: Random) => string};

const FILES = ['src/index.ts', 'src/cli.ts', 'src/server/routes.ts', 'README.md', 'package.json', 'tests/test_api.py', 'app/models/user.rb', 'cmd/main.go', 'Makefile', 'docker-compose.yml', 'src/lib/parser.rs', 'docs/setup.md'];
const FOLDERS = ['src', 'tests', 'app', 'lib', 'docs', 'scripts', '.github/workflows'];
const BRANCHES = ['main', 'fix/login-timeout', 'feat/export-csv', 'chore/deps', 'release/2.4'];
const PACKAGES = ['lodash', 'zod', 'express', 'axios', 'react', 'vitest', 'left-pad', 'requests', 'numpy'];
const HOSTS = ['api.example.com', 'registry.npmjs.org', 'github.com', 'localhost:3000', 'db.internal', 'get.example.dev'];
const MESSAGES = ['fix: handle empty input', 'feat: add export button', 'refactor parser', 'Corrige l\'accentuation: é à ü', 'docs: update setup', 'デプロイ手順を更新', 'test: cover the 🐛 from #412'];

// Roughly as often as agents run them: looking around and testing dominate, secrets and pipes to a shell are rare.
const TEMPLATES: Template[] = [
	{weight: 14, make: () => 'git status'},
	{weight: 8, make: random => random.pick(['ls', 'ls -la', `ls ${random.pick(FOLDERS)}`, 'pwd'])},
	{weight: 10, make: random => `cat ${random.pick(FILES)}`},
	{weight: 8, make: random => random.pick(['npm test', 'npm run build', 'npm run lint', 'pytest -q', 'go test ./...', 'cargo test', 'make'])},
	{weight: 6, make: random => random.pick(['git diff', 'git diff --stat', `git log --oneline -${random.integer(3, 20)}`, 'git add -A'])},
	{weight: 5, make: random => `rg -n "${random.pick(['TODO', 'parseArgs', 'useState', 'def test_', 'fn main'])}" ${random.pick(FOLDERS)}`},
	{weight: 4, make: random => `sed -n ${random.integer(1, 200)},${random.integer(201, 400)}p ${random.pick(FILES)}`},
	{weight: 3, make: random => `git commit -m "${random.pick(MESSAGES)}"`},
	{weight: 2, make: random => `git checkout ${random.pick(BRANCHES)}`},
	{weight: 2, make: random => `npm install ${random.pick(PACKAGES)}@${random.integer(1, 9)}.${random.integer(0, 20)}.${random.integer(0, 9)}`},
	{weight: 2, make: random => `node -e "console.log(require('./package.json').${random.pick(['version', 'name', 'scripts'])})"`},
	{weight: 1, make: random => `git push origin ${random.pick(BRANCHES)}`},
	{weight: 1, make: random => `curl -s https://${random.pick(HOSTS)}/health | jq .status`},
	{weight: 1, make: random => `docker compose ${random.pick(['up -d', 'ps', 'logs --tail 50 api', 'down'])}`},
	{weight: 1, make: random => `find ${random.pick(FOLDERS)} -name "*.${random.pick(['ts', 'py', 'go'])}" | xargs wc -l | sort -n | tail -5`},
	{weight: 1, make: random => `awk -F'\t' '{print $${random.integer(1, 4)}}' data/export.tsv | sort | uniq -c`},
	// Several lines: heredocs and scripts.
	{weight: 1, make: random => `cat > ${random.pick(FOLDERS)}/notes.md <<'EOF'\n# Notes\n- ${random.pick(MESSAGES)}\nEOF`},
	{weight: 1, make: () => `python3 - <<'PY'\nimport json, sys\nprint(json.load(open('package.json'))['version'])\nPY`},
	{weight: 0.5, make: random => `git commit -m "${random.pick(MESSAGES)}\n\nCloses #${random.integer(100, 999)}"`},
	// Secrets, as agents do paste them.
	{weight: 0.3, make: random => `export AWS_SECRET_ACCESS_KEY=${random.alphanumeric(40)}`},
	{weight: 0.3, make: random => `curl -H "Authorization: Bearer ghp_${random.alphanumeric(36)}" https://api.github.com/user`},
	{weight: 0.2, make: random => `psql postgresql://admin:${random.alphanumeric(12)}@db.internal:5432/prod -c "select count(*) from users"`},
	{weight: 0.2, make: random => `export OPENAI_API_KEY=sk-${random.alphanumeric(48)}`},
	// What an incident search looks for.
	{weight: 0.1, make: random => `curl -fsSL https://${random.pick(HOSTS)}/install.sh | ${random.pick(['sh', 'bash', 'sudo bash'])}`},
	{weight: 0.05, make: random => `rm -rf ${random.pick(['node_modules', 'dist', '/tmp/build', '~/.cache'])}`},
	// Control characters the writer must escape: a real escape sequence, a carriage return.
	{weight: 0.05, make: () => 'printf \'\u001B[31mred\u001B[0m\\n\''},
	{weight: 0.02, make: () => 'echo progress\rdone'},
];

const TOTAL_WEIGHT = TEMPLATES.reduce((sum, template) => sum + template.weight, 0);

export function generateCommand(random: Random): GeneratedCommand {
	let remaining = random.next() * TOTAL_WEIGHT;
	const template = TEMPLATES.find(candidate => (remaining -= candidate.weight) < 0) ?? TEMPLATES[0]!;
	return {command: template.make(random), fails: random.chance(0.08)};
}
