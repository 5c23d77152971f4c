// The catalogue of findings: names in a stable order (most severe first), each with its severity.

export type Severity = 'low' | 'medium' | 'high' | 'critical';

export const FINDING_SEVERITIES = {
	DANGEROUS_DELETE_ROOT: 'critical',
	DANGEROUS_DELETE_HOME: 'critical',
	DISK_WIPE: 'critical',
	FORK_BOMB: 'critical',
	REVERSE_SHELL: 'critical',
	SYSTEM_FILE_WRITE: 'critical',
	PIPE_TO_SHELL: 'high',
	NETWORK_SCRIPT_DOWNLOAD: 'high',
	DESTRUCTIVE_GIT: 'high',
	DESTRUCTIVE_CONTAINER: 'high',
	DESTRUCTIVE_K8S: 'high',
	DESTRUCTIVE_CLOUD_STORAGE: 'high',
	DESTRUCTIVE_INFRA: 'high',
	DOTENV_FILE_READ: 'high',
	SENSITIVE_ENV_ACCESS: 'high',
	AUDIT_TAMPER: 'high',
	LOOP_GUARD: 'high',
	SUDO_USAGE: 'medium',
	ENV_ACCESS: 'medium',
	PACKAGE_INSTALL: 'low',
	GIT_PUSH: 'low',
} as const satisfies Record<string, Severity>;

export type FindingName = keyof typeof FINDING_SEVERITIES;

export type Finding = {name: FindingName; severity: Severity};

export const FINDING_NAMES = Object.keys(FINDING_SEVERITIES) as readonly FindingName[];

export function finding(name: FindingName): Finding {
	return {name, severity: FINDING_SEVERITIES[name]};
}
