import {patternRule} from '../secret-rule.ts';

// Tokens that say what they are by their shape, mostly a vendor prefix. Each starts where no token character comes
// before it, so a long run of look-alike text is tried once, not at every position.

// Access key ids of long-lived users (AKIA), temporary sessions (ASIA) and the rarer kinds.
export const awsAccessKeyId = patternRule(
	'aws-access-key-id', /\b(?:A3T[A-Z\d]|AKIA|ASIA|ABIA|ACCA)[A-Z\d]{16}\b/,
	{hints: ['akia', 'asia', 'abia', 'acca', 'a3t']},
);

// Classic tokens: personal (ghp_), OAuth (gho_), user-to-server (ghu_), server-to-server (ghs_), refresh (ghr_);
// and fine-grained personal tokens (github_pat_).
export const githubToken = patternRule(
	'github-token', /(?<![\w-])(?:gh[pousr]_[A-Za-z\d]{36,}|github_pat_\w{60,})/,
	{hints: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_']},
);

// Personal, deploy, runner, pipeline-trigger and CI job tokens.
export const gitlabToken = patternRule(
	'gitlab-token', /(?<![\w-])gl(?:pat|dt|rt|ptt|cbt)-[\w-]{20,}/,
	{hints: ['glpat-', 'gldt-', 'glrt-', 'glptt-', 'glcbt-']},
);

// Bot, user, app-level, refresh and legacy tokens: xoxb-, xoxp-, xapp-, xoxe-, xoxa-, xoxo-, xoxr-, xoxs-.
export const slackToken = patternRule(
	'slack-token', /(?<![\w-])(?:xox[abeoprs]|xapp)-[\w-]{10,}/,
	{hints: ['xox', 'xapp-']},
);

// The path after the host is the webhook's whole secret; the host stays, so the log still says where it went.
export const slackWebhook = patternRule(
	'slack-webhook', /hooks\.slack\.com\/(?:services|workflows|triggers)\/(?<secret>[\w+/-]{20,})/,
	{hints: ['hooks.slack.com/']},
);

// API (api03), admin (admin01) and OAuth (oat01, ort01) keys.
export const anthropicApiKey = patternRule(
	'anthropic-api-key', /(?<![\w-])sk-ant-[a-z]{2,8}\d{2}-[\w-]{20,}/,
	{hints: ['sk-ant-']},
);

// Project, service-account and admin keys (sk-proj-…) may hold `-` and `_`; legacy keys (sk- and 48 letters and
// digits) do not, which keeps `sk-` at the start of ordinary hyphenated words out.
export const openaiApiKey = patternRule(
	'openai-api-key', /(?<![\w-])sk-(?:(?:proj|svcacct|admin|None)-[\w-]{20,}|[A-Za-z\d]{32,})/,
	{hints: ['sk-']},
);

export const googleApiKey = patternRule(
	'google-api-key', /(?<![\w-])AIza[\w-]{35,}/,
	{hints: ['aiza']},
);

// Secret and restricted keys; publishable keys (pk_) are meant to be public.
export const stripeSecretKey = patternRule(
	'stripe-secret-key', /(?<![\w-])[rs]k_(?:live|test|prod)_[A-Za-z\d]{10,}/,
	{hints: ['k_live_', 'k_test_', 'k_prod_']},
);

export const npmToken = patternRule(
	'npm-token', /(?<![\w-])npm_[A-Za-z\d]{36,}/,
	{hints: ['npm_']},
);

export const huggingfaceToken = patternRule(
	'huggingface-token', /(?<![\w-])hf_[A-Za-z\d]{30,}/,
	{hints: ['hf_']},
);

// Header and payload are base64url JSON objects, so both start with `eyJ` (`{"`); the signature may be empty (alg none).
export const jwt = patternRule(
	'jwt', /(?<![\w-])eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]*/,
	{hints: ['eyj']},
);
