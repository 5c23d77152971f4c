// DESTRUCTIVE_K8S: cluster objects deleted or emptied: `kubectl delete`, `drain`, `replace --force`,
// `scale --replicas=0`, `apply --prune` (also `oc`), `helm uninstall`. A `--dry-run` of client or server is not.

import {hasOption, optionValue, parseArguments} from '../arguments/parse-arguments.ts';
import type {Invocation} from '../invocation/invocation.ts';
import type {Rule} from './rule.ts';

const KUBECTLS = new Set(['kubectl', 'oc', 'microk8s.kubectl']);
// Global and common command options that take a value, so that none of their values is read as the verb.
const KUBECTL_VALUED = ['-n', '--namespace', '--context', '--cluster', '--kubeconfig', '-s', '--server', '--user', '--token', '--as', '--as-group', '--request-timeout', '--certificate-authority', '--client-certificate', '--client-key', '-v', '--v', '--cache-dir', '-f', '--filename', '-l', '--selector', '-o', '--output', '--field-selector', '--grace-period', '--timeout', '--replicas', '-c', '--container', '--cascade', '-k', '--kustomize'];
const HELM_VALUED = ['-n', '--namespace', '--kube-context', '--kubeconfig', '--repository-config', '--timeout'];
const HELM_REMOVALS = new Set(['uninstall', 'delete', 'del', 'un']);

function kubectlArguments({name, args}: Invocation): readonly string[] | undefined {
	if (KUBECTLS.has(name)) {
		return args;
	}

	return (name === 'microk8s' || name === 'k3s') && args[0] === 'kubectl' ? args.slice(1) : undefined;
}

function destroysClusterObjects(invocation: Invocation): boolean {
	if (invocation.name === 'helm') {
		return HELM_REMOVALS.has(parseArguments(invocation.args, HELM_VALUED).operands[0] ?? '');
	}

	const args = kubectlArguments(invocation);
	if (args === undefined) {
		return false;
	}

	const parsed = parseArguments(args, KUBECTL_VALUED);
	if (hasOption(parsed, '--dry-run') && optionValue(parsed, '--dry-run') !== 'none') {
		return false;
	}

	switch (parsed.operands[0]) {
		case 'delete':
		case 'drain': {
			return true;
		}

		case 'replace': {
			return hasOption(parsed, '--force');
		}

		case 'scale': {
			return optionValue(parsed, '--replicas') === '0';
		}

		case 'apply': {
			return hasOption(parsed, '--prune');
		}

		default: {
			return false;
		}
	}
}

export const DESTRUCTIVE_K8S: Rule = {name: 'DESTRUCTIVE_K8S', programs: new Set([...KUBECTLS, 'microk8s', 'k3s', 'helm']), test: destroysClusterObjects};
