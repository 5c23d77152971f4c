import {authorizationHeader, bearerToken, curlUserPassword, urlPassword} from './rules/http-credentials.ts';
import {namedSecret} from './rules/named-secret.ts';
import {privateKey} from './rules/private-key.ts';
import {
	anthropicApiKey, awsAccessKeyId, githubToken, gitlabToken, googleApiKey, huggingfaceToken, jwt, npmToken,
	openaiApiKey, slackToken, slackWebhook, stripeSecretKey,
} from './rules/token-formats.ts';
import type {SecretRule} from './secret-rule.ts';

/**
 * Built once per process. The order is the priority: where two rules find the same secret, the marker names the
 * first, so `GITHUB_TOKEN=ghp_…` says github-token rather than named-secret.
 */
export const DEFAULT_RULES: readonly SecretRule[] = [
	privateKey,
	jwt,
	anthropicApiKey,
	openaiApiKey,
	githubToken,
	gitlabToken,
	slackWebhook,
	slackToken,
	awsAccessKeyId,
	googleApiKey,
	stripeSecretKey,
	npmToken,
	huggingfaceToken,
	urlPassword,
	authorizationHeader,
	bearerToken,
	curlUserPassword,
	namedSecret,
];

export const DEFAULT_RULE_NAMES: ReadonlySet<string> = new Set(DEFAULT_RULES.map(rule => rule.name));
