// DISK_WIPE: writing over a block device, or making, erasing or repartitioning one.

import {hasOption, parseArguments} from '../arguments/parse-arguments.ts';
import type {Invocation} from '../invocation/invocation.ts';
import {isDiskDevice} from '../paths/path-kinds.ts';
import {writtenPaths} from '../paths/written-paths.ts';
import type {Rule} from './rule.ts';

const MAKE_FILESYSTEM = /^(?:mkfs(?:\..+)?|mke2fs|mkswap|mkdosfs|mkntfs|mkexfatfs|newfs(?:_\w+)?)$/;
const SFDISK_READ_ONLY = ['-l', '--list', '-d', '--dump', '-s', '--show-size', '-V', '--verify', '-J', '--json', '-g', '--show-geometry', '-F', '--list-free'];
const PARTED_WRITES = /^(?:mklabel|mktable|mkpart|mkpartfs|rm|resizepart|resize)$/i;
const DISKUTIL_ERASES = /^(?:eraseDisk|eraseVolume|zeroDisk|randomDisk|secureErase|partitionDisk|reformat)$/i;

// Each tool's own test; the device is the argument, or a variable naming it.
const DEVICE_TOOLS: Record<string, (args: readonly string[]) => boolean> = {
	wipefs: args => {
		const parsed = parseArguments(args, ['-o', '--offset', '-t', '--types', '-b', '--backup']);
		return hasOption(parsed, '-a', '--all', '-o', '--offset') && !hasOption(parsed, '-n', '--no-act');
	},
	blkdiscard: args => args.some(argument => isDiskDevice(argument)),
	sgdisk: args => hasOption(parseArguments(args), '-Z', '--zap-all', '-z', '--zap', '-o', '--clear'),
	sfdisk: args => !hasOption(parseArguments(args), ...SFDISK_READ_ONLY) && args.some(argument => isDiskDevice(argument)),
	fdisk: args => !hasOption(parseArguments(args), '-l', '--list') && args.some(argument => isDiskDevice(argument)),
	parted: args => args.some(argument => PARTED_WRITES.test(argument)),
	diskutil: args => DISKUTIL_ERASES.test(args[0] ?? ''),
	cryptsetup: args => args.some(argument => /^(?:luksFormat|erase|luksErase)$/.test(argument)),
	hdparm: args => args.some(argument => argument.startsWith('--security-erase')),
};

function wipesDisk(invocation: Invocation): boolean {
	const {name, args} = invocation;
	if (writtenPaths(invocation).some(path => isDiskDevice(path))) {
		return true;
	}

	if ((name.startsWith('mk') || name.startsWith('newfs')) && MAKE_FILESYSTEM.test(name)) {
		return args.some(argument => isDiskDevice(argument) || argument.startsWith('$'));
	}

	return DEVICE_TOOLS[name]?.(args) ?? false;
}

export const DISK_WIPE: Rule = {name: 'DISK_WIPE', test: wipesDisk};
