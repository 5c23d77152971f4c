// PACKAGE_INSTALL: a package manager installing, adding or upgrading packages, which fetches third-party code and
// often runs its install scripts: npm, pnpm, yarn (bare `yarn` too), bun, pip, pipx, uv, poetry, pdm, conda, cargo,
// gem, bundle, go install|get, apt, apt-get, dpkg -i, yum, dnf, apk, pacman -S, zypper, snap, flatpak, brew, port,
// nix, choco, winget, scoop, composer, dotnet add package, deno.

import {hasOption, parseArguments} from '../arguments/parse-arguments.ts';
import type {Invocation} from '../invocation/invocation.ts';
import {interpreterFamily} from '../programs.ts';
import type {Rule} from './rule.ts';

const NPM_INSTALLS = /^(?:install|i|in|ins|inst|insta|instal|isnt|isnta|isntal|isntall|add|ci|update|up|upgrade|udpate)$/;
const VALUED = ['--prefix', '-C', '--cwd', '--dir', '-w', '--workspace', '--filter', '-F', '--project', '-p', '--manifest-path'];

/** Verbs that install, for each package manager whose verb is its first operand. */
const INSTALL_VERBS: Record<string, RegExp> = {
	npm: NPM_INSTALLS,
	pnpm: /^(?:install|i|add|update|up|upgrade)$/,
	bun: /^(?:install|i|add|a|update)$/,
	pip: /^install$/,
	pipx: /^(?:install|inject|upgrade)$/,
	poetry: /^(?:add|install)$/,
	pdm: /^(?:add|install)$/,
	conda: /^install$/,
	mamba: /^install$/,
	micromamba: /^install$/,
	cargo: /^(?:install|add)$/,
	gem: /^install$/,
	bundle: /^(?:install|add)$/,
	bundler: /^(?:install|add)$/,
	go: /^(?:install|get)$/,
	apt: /^(?:install|reinstall)$/,
	'apt-get': /^(?:install|reinstall)$/,
	aptitude: /^(?:install|reinstall)$/,
	yum: /^(?:install|reinstall|groupinstall|localinstall)$/,
	dnf: /^(?:install|reinstall|groupinstall)$/,
	microdnf: /^install$/,
	apk: /^add$/,
	zypper: /^(?:install|in)$/,
	snap: /^install$/,
	flatpak: /^install$/,
	brew: /^(?:install|reinstall|upgrade)$/,
	port: /^install$/,
	choco: /^install$/,
	winget: /^install$/,
	scoop: /^install$/,
	composer: /^(?:require|install|update)$/,
	deno: /^(?:install|add)$/,
};

const OTHER_INSTALLERS = new Set(['yarn', 'uv', 'dpkg', 'pacman', 'nix-env', 'nix', 'dotnet']);

function installsPackages(invocation: Invocation): boolean {
	const {name, args} = invocation;
	const family = name.startsWith('pip') && /^pip[\d.]*$/.test(name) ? 'pip' : name;
	if (!Object.hasOwn(INSTALL_VERBS, family) && !OTHER_INSTALLERS.has(family)) {
		return interpreterFamily(name) === 'python' && args[0] === '-m' && /^pip[\d.]*$/.test(args[1] ?? '') && args[2] === 'install';
	}

	const parsed = parseArguments(args, VALUED);
	const [verb, object] = parsed.operands;
	if (INSTALL_VERBS[family]?.test(verb ?? '')) {
		return true;
	}

	switch (family) {
		case 'yarn': {
			return verb === undefined || /^(?:install|add|upgrade|up)$/.test(verb) || (verb === 'global' && object === 'add');
		}

		case 'uv': {
			return verb === 'add' || verb === 'sync' || ((verb === 'pip' || verb === 'tool') && object === 'install');
		}

		case 'dpkg': {
			return hasOption(parsed, '-i', '--install');
		}

		case 'pacman': {
			return hasOption(parsed, '-S', '--sync') && !hasOption(parsed, '-s', '--search', '-i', '--info', '-l', '--list', '-g', '--groups');
		}

		case 'nix-env': {
			return hasOption(parsed, '-i', '--install');
		}

		case 'nix': {
			return verb === 'profile' && object === 'install';
		}

		case 'dotnet': {
			return verb === 'add' && parsed.operands.includes('package');
		}

		default: {
			return false;
		}
	}
}

export const PACKAGE_INSTALL: Rule = {name: 'PACKAGE_INSTALL', test: installsPackages};
