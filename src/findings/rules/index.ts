import {AUDIT_TAMPER} from './audit-tamper.ts';
import {DESTRUCTIVE_CLOUD_STORAGE} from './cloud-storage.ts';
import {DESTRUCTIVE_CONTAINER} from './container.ts';
import {DANGEROUS_DELETE_HOME, DANGEROUS_DELETE_ROOT} from './dangerous-delete.ts';
import {DISK_WIPE} from './disk-wipe.ts';
import {DOTENV_FILE_READ} from './dotenv.ts';
import {ENV_ACCESS, SENSITIVE_ENV_ACCESS} from './environment.ts';
import {FORK_BOMB} from './fork-bomb.ts';
import {DESTRUCTIVE_GIT, GIT_PUSH} from './git.ts';
import {DESTRUCTIVE_INFRA} from './infra.ts';
import {DESTRUCTIVE_K8S} from './kubernetes.ts';
import {NETWORK_SCRIPT_DOWNLOAD} from './network-script-download.ts';
import {PACKAGE_INSTALL} from './package-install.ts';
import {PIPE_TO_SHELL} from './pipe-to-shell.ts';
import {REVERSE_SHELL} from './reverse-shell.ts';
import type {Rule} from './rule.ts';
import {SUDO_USAGE} from './sudo.ts';
import {SYSTEM_FILE_WRITE} from './system-file-write.ts';

export const RULES: readonly Rule[] = [
	DANGEROUS_DELETE_ROOT,
	DANGEROUS_DELETE_HOME,
	DISK_WIPE,
	FORK_BOMB,
	REVERSE_SHELL,
	SYSTEM_FILE_WRITE,
	PIPE_TO_SHELL,
	NETWORK_SCRIPT_DOWNLOAD,
	DESTRUCTIVE_GIT,
	DESTRUCTIVE_CONTAINER,
	DESTRUCTIVE_K8S,
	DESTRUCTIVE_CLOUD_STORAGE,
	DESTRUCTIVE_INFRA,
	DOTENV_FILE_READ,
	SENSITIVE_ENV_ACCESS,
	AUDIT_TAMPER,
	SUDO_USAGE,
	ENV_ACCESS,
	PACKAGE_INSTALL,
	GIT_PUSH,
];
