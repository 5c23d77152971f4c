// What a (resolved) path names, for the findings that care where a command writes, reads or deletes.

import {baseName} from './resolve-path.ts';

const SYSTEM_DIRECTORIES = 'bin|boot|dev|etc|home|lib|lib32|lib64|libx32|media|mnt|opt|proc|root|sbin|snap|srv|sys|usr|var|Applications|Library|System|Users|Volumes|private';
// `/`, a top-level system directory, or everything in one (`/*`, `/usr/*`, `/.*`).
const ROOT_LEVEL = new RegExp(String.raw`^/(?:(?:${SYSTEM_DIRECTORIES})(?:/\.?\*)?|\.?\*)?$`);
const HOME = /^(?:~[\w.-]*|\$HOME|\$\{HOME(?:[:?=+-][^}]*)?\}|\/home\/[^/*]+|\/Users\/[^/*]+)(?:\/\.?\*)?$/;
const DISK_DEVICE = /^\/dev\/(?:(?:sd|hd|vd|xvd)[a-z]+\d*|nvme\d+n\d+(?:p\d+)?|mmcblk\d+(?:p\d+)?|r?disk\d+(?:s\d+)?|md\d+|dm-\d+|mapper\/.+|loop\d+|nbd\d+|disk\/by-[\w-]+\/.+)$/;
const SYSTEM_FILE = /^(?:\/private)?\/etc\/(?:passwd|shadow|group|gshadow|sudoers|hosts|crontab|fstab|environment|profile|bashrc|bash\.bashrc|zshenv|zshrc|zprofile|ld\.so\.preload|ld\.so\.conf|resolv\.conf|rc\.local|login\.defs|securetty|nsswitch\.conf|shells)$|^(?:\/private)?\/etc\/(?:sudoers\.d|cron\.d|cron\.daily|cron\.hourly|cron\.weekly|cron\.monthly|pam\.d|security|ssh|profile\.d|systemd\/system|init\.d|ld\.so\.conf\.d|polkit-1)(?:\/|$)|^\/var\/spool\/cron(?:\/|$)|^\/boot\/|(?:^|\/)\.ssh\/authorized_keys2?$/;
// Names that mark an example or template of a dotenv file, which holds no secret.
const DOTENV_TEMPLATE = /(?:^|\.)(?:example|sample|template|tmpl|tpl|dist|defaults?|schema)(?:\.|$)/i;
const DOTENV = /^(?:\.env(?:\..+)?|.+\.env|\.envrc)$/;

/** coograph's own files, which an agent must not rewrite: the log folder, the hooks, and the settings that run them. */
const AUDIT_FILES = [
	['.claude', 'hooks', 'coograph-claude-code.cjs'],
	['.claude', 'settings.json'],
	['.claude', 'settings.local.json'],
	['.codex', 'hooks', 'coograph-codex-cli.cjs'],
	['.codex', 'hooks.json'],
	['.codex', 'config.toml'],
	['.opencode', 'plugins', 'coograph.js'],
	['.config', 'opencode', 'plugins', 'coograph.js'],
];

/** `/`, a system directory such as `/usr` or `/etc`, or all of one's content. */
export function isRootLevel(path: string): boolean {
	return ROOT_LEVEL.test(path);
}

/** A home directory, or all of its content. */
export function isHomeDirectory(path: string): boolean {
	return HOME.test(path);
}

export function isDiskDevice(path: string): boolean {
	return DISK_DEVICE.test(path);
}

/** Accounts, privileges, authentication, name resolution, scheduled jobs, boot, shell start-up, SSH keys. */
export function isSystemFile(path: string): boolean {
	return SYSTEM_FILE.test(path);
}

export function isDotenvFile(path: string): boolean {
	const name = baseName(path);
	return hasGlob(name) ? globMatches(name, '.env') : DOTENV.test(name) && !DOTENV_TEMPLATE.test(name);
}

/** The log folder or anything in it, or a hook, its settings, or a folder that holds them. */
export function isAuditPath(path: string): boolean {
	const segments = path.split('/');
	if (segments.some(segment => segmentMatches(segment, '.coograph'))) {
		return true;
	}

	return AUDIT_FILES.some(file => segments.some((segment, start) =>
		segmentMatches(segment, file[0]!)
		&& segments.length - start <= file.length
		&& segments.slice(start).every((later, offset) => segmentMatches(later, file[offset]!))));
}

function segmentMatches(segment: string, name: string): boolean {
	if (hasGlob(segment)) {
		return globMatches(segment, name);
	}

	// Any `coograph-*` file in a hooks folder is ours, whichever agent it serves.
	return segment === name || (name.startsWith('coograph-') && segment.startsWith('coograph-'));
}

function hasGlob(text: string): boolean {
	return /[*?[]/.test(text);
}

/** As the shell matches a file name: a leading dot is matched only by a dot. */
function globMatches(glob: string, name: string): boolean {
	if (name.startsWith('.') && !glob.startsWith('.')) {
		return false;
	}

	const source = glob.replaceAll(/[.+^${}()|\\]/g, String.raw`\$&`).replaceAll('*', '.*').replaceAll('?', '.');
	try {
		return new RegExp(`^${source}$`).test(name);
	} catch {
		return false;
	}
}
