// Just enough of the WebAssembly binary format (https://webassembly.github.io/spec/core/binary/) to write a module of
// a few functions by hand: no compiler to WebAssembly is needed to build the project.

export type Bytes = number[];

/** An unsigned integer as LEB128. */
export function unsigned(value: number): Bytes {
	const bytes = [];
	do {
		const low = value & 0x7F;
		value >>>= 7;
		bytes.push(value === 0 ? low : low | 0x80);
	} while (value !== 0);
	return bytes;
}

/** A signed integer as LEB128. */
export function signed(value: number): Bytes {
	const bytes = [];
	for (;;) {
		const low = value & 0x7F;
		value >>= 7;
		if ((value === 0 && (low & 0x40) === 0) || (value === -1 && (low & 0x40) !== 0)) {
			bytes.push(low);
			return bytes;
		}

		bytes.push(low | 0x80);
	}
}

export function vector(items: Bytes[]): Bytes {
	return [...unsigned(items.length), ...items.flat()];
}

function name(text: string): Bytes {
	return vector([...Buffer.from(text)].map(byte => [byte]));
}

function section(id: number, content: Bytes): Bytes {
	return [id, ...unsigned(content.length), ...content];
}

export const I32 = 0x7F;
export const V128 = 0x7B;

export type ExportedFunction = {
	name: string;
	parameters: number[];
	result: number;
	/** Locals beyond the parameters, by type, in the order their indexes follow the parameters'. */
	locals: Array<[count: number, type: number]>;
	body: Bytes;
};

/** A module of functions that work on a memory it imports as `env.memory`. */
export function moduleWithMemory(functions: ExportedFunction[], memoryPages: number): Uint8Array<ArrayBuffer> {
	const functionType = ({parameters, result}: ExportedFunction) => [0x60, ...vector(parameters.map(type => [type])), ...vector([[result]])];
	const code = ({locals, body}: ExportedFunction) => [...vector(locals.map(([count, type]) => [...unsigned(count), type])), ...body, 0x0B];
	return Uint8Array.from([
		0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00,
		...section(1, vector(functions.map(exported => functionType(exported)))),
		...section(2, vector([[...name('env'), ...name('memory'), 0x02, 0x00, ...unsigned(memoryPages)]])),
		// Function i has type i.
		...section(3, vector(functions.map((_, index) => unsigned(index)))),
		...section(7, vector(functions.map((exported, index) => [...name(exported.name), 0x00, ...unsigned(index)]))),
		...section(10, vector(functions.map(exported => {
			const bytes = code(exported);
			return [...unsigned(bytes.length), ...bytes];
		}))),
	]);
}
