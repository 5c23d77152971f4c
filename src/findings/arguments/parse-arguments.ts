// Options and operands of one command, read the way getopt reads them: `-rf` is `-r` and `-f`, `-ofile` and
// `--output=file` carry their value, `--` ends the options, and a valued option takes the next word.

export type Option = {name: string; value: string | undefined};

export type ParsedArguments = {
	options: Option[];
	operands: string[];
	/** With `stopAtOperand`: the index of the first operand in `args` (the wrapped command of `sudo`, `xargs`…). */
	end: number;
};

export function parseArguments(args: readonly string[], valued: readonly string[] = [], {stopAtOperand = false} = {}): ParsedArguments {
	const options: Option[] = [];
	const operands: string[] = [];
	let index = 0;
	for (; index < args.length; index++) {
		const argument = args[index]!;
		if (argument === '--') {
			operands.push(...args.slice(index + 1));
			return {options, operands, end: index + 1};
		}

		if (!argument.startsWith('-') || argument === '-') {
			if (stopAtOperand) {
				return {options, operands: args.slice(index), end: index};
			}

			operands.push(argument);
		} else if (argument.startsWith('--')) {
			const equals = argument.indexOf('=');
			const name = equals === -1 ? argument : argument.slice(0, equals);
			const takesNext = equals === -1 && valued.includes(name);
			options.push({name, value: equals === -1 ? (takesNext ? args[++index] : undefined) : argument.slice(equals + 1)});
		} else {
			index = readCluster(args, index, valued, options);
		}
	}

	return {options, operands, end: index};
}

/** `-abc`: each letter an option, until one that takes a value, which is the rest of the word or the next word. */
function readCluster(args: readonly string[], index: number, valued: readonly string[], options: Option[]): number {
	const argument = args[index]!;
	for (let position = 1; position < argument.length; position++) {
		const name = `-${argument[position]}`;
		if (valued.includes(name)) {
			const attached = argument.slice(position + 1);
			options.push({name, value: attached === '' ? args[index + 1] : attached});
			return attached === '' ? index + 1 : index;
		}

		options.push({name, value: undefined});
	}

	return index;
}

export function hasOption(parsed: ParsedArguments, ...names: string[]): boolean {
	return parsed.options.some(option => names.includes(option.name));
}

/** The value of the last of `names` given, as a long option's `--name=value` or a valued option's value. */
export function optionValue(parsed: ParsedArguments, ...names: string[]): string | undefined {
	return parsed.options.filter(option => names.includes(option.name)).at(-1)?.value;
}
