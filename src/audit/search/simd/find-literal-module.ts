import {I32, moduleWithMemory, signed, unsigned, V128, type Bytes, type ExportedFunction} from './wasm-encoding.ts';

/**
 * Where a literal is in memory: its length, the offsets of its two bytes looked for first, the literal, and a byte
 * OR-ed into the text's before comparing (0x20 on an ASCII letter regardless of case, the literal in lower case; else 0).
 */
export const NEEDLE_LENGTH = 0;
export const NEEDLE_FIRST = 1;
export const NEEDLE_SECOND = 2;
export const NEEDLE_LITERAL = 4;
/** The longest literal a needle holds. */
export const MAX_LITERAL_LENGTH = 255;

const EMPTY = 0x40;
const block = (...body: Bytes) => [0x02, EMPTY, ...body, 0x0B];
const loop = (...body: Bytes) => [0x03, EMPTY, ...body, 0x0B];
const when = (...body: Bytes) => [0x04, EMPTY, ...body, 0x0B];
const br = (depth: number) => [0x0C, depth];
const brIf = (depth: number) => [0x0D, depth];
const get = (local: number) => [0x20, local];
const set = (local: number) => [0x21, local];
const constant = (value: number) => [0x41, ...signed(value)];
const loadByte = (offset = 0) => [0x2D, 0, ...unsigned(offset)];
const RETURN = [0x0F];
const [EQZ, EQ, NE, LT_U, GE_U, CTZ, ADD, SUB, AND, OR] = [[0x45], [0x46], [0x47], [0x49], [0x4F], [0x68], [0x6A], [0x6B], [0x71], [0x72]];
const simd = (code: number, ...immediates: number[]) => [0xFD, ...unsigned(code), ...immediates];
const load16 = (offset: number) => simd(0x00, 0, ...unsigned(offset));
const SPLAT = simd(0x0F);
const BYTES_EQ = simd(0x23);
const V_AND = simd(0x4E);
const V_OR = simd(0x50);
const BITMASK = simd(0x64);
const ANY_TRUE = simd(0x53);

// Parameters, then locals.
const [FROM, LIMIT, NEEDLE] = [0, 1, 2];
const [LENGTH, FIRST, SECOND, BITS, CANDIDATE, INDEX, LANES] = [3, 4, 5, 6, 7, 8, 9];
const [FIRST_BYTES, SECOND_BYTES, FIRST_FOLD, SECOND_FOLD] = [10, 11, 12, 13];
// Positions tested in one go: four times sixteen, most often none of them a candidate.
const STRIDE = 64;

// The needle's byte at the offset on the stack, or its fold byte.
const literalByte = (offset: Bytes) => [...get(NEEDLE), ...offset, ...ADD, ...loadByte(NEEDLE_LITERAL)];
const foldByte = (offset: Bytes) => [...get(NEEDLE), ...get(LENGTH), ...ADD, ...offset, ...ADD, ...loadByte(NEEDLE_LITERAL)];
// Sixteen positions from `start` + `skip` at once: which have the needle's byte at `offset` (a lane of all ones). Its
// fold byte is OR-ed in only by the search regardless of case: case-sensitive, the search is a quarter faster.
const lanesMatching = (caseless: boolean, start: number, skip: number, offset: number, bytes: number, fold: number) => [
	...get(start), ...get(offset), ...ADD, ...load16(skip), ...(caseless ? [...get(fold), ...V_OR] : []), ...get(bytes), ...BYTES_EQ,
];

/**
 * `find(from, limit, needle)` (and `findCaseless`): the first position from `from` on, before `limit`, where the
 * needle's literal starts, or -1. Sixteen positions are tested at once for the needle's two rarest bytes (a SIMD byte comparison, which Buffer#indexOf
 * does not have), four times in a row: the few that have both are compared in full. Bytes up to 64 past `limit` plus
 * the literal's length are read, and must be memory.
 */
function findBody(caseless: boolean): Bytes {
	// Which of sixteen positions have both of the needle's rarest bytes where the literal has them.
	const candidates = (start: number, skip: number) => [
		...lanesMatching(caseless, start, skip, FIRST, FIRST_BYTES, FIRST_FOLD),
		...lanesMatching(caseless, start, skip, SECOND, SECOND_BYTES, SECOND_FOLD),
		...V_AND,
	];
	return [
		...get(NEEDLE), ...loadByte(NEEDLE_LENGTH), ...set(LENGTH),
		...get(NEEDLE), ...loadByte(NEEDLE_FIRST), ...set(FIRST),
		...get(NEEDLE), ...loadByte(NEEDLE_SECOND), ...set(SECOND),
		...literalByte(get(FIRST)), ...SPLAT, ...set(FIRST_BYTES),
		...literalByte(get(SECOND)), ...SPLAT, ...set(SECOND_BYTES),
		...foldByte(get(FIRST)), ...SPLAT, ...set(FIRST_FOLD),
		...foldByte(get(SECOND)), ...SPLAT, ...set(SECOND_FOLD),
		...block(...loop(
			...get(FROM), ...get(LIMIT), ...GE_U, ...brIf(1),
			...candidates(FROM, 0), ...candidates(FROM, 16), ...V_OR, ...candidates(FROM, 32), ...candidates(FROM, 48), ...V_OR, ...V_OR, ...ANY_TRUE,
			...when(
				// One of the 64: which, sixteen at a time.
				...get(FROM), ...set(LANES),
				...block(...loop(
					...get(LANES), ...get(FROM), ...constant(STRIDE), ...ADD, ...GE_U, ...brIf(1),
					...candidates(LANES, 0), ...BITMASK, ...set(BITS),
					...block(...loop(
						...get(BITS), ...EQZ, ...brIf(1),
						...get(LANES), ...get(BITS), ...CTZ, ...ADD, ...set(CANDIDATE),
						...get(BITS), ...get(BITS), ...constant(1), ...SUB, ...AND, ...set(BITS),
						...get(CANDIDATE), ...get(LIMIT), ...LT_U,
						...when(
							...constant(0), ...set(INDEX),
							...block(...loop(
								...get(INDEX), ...get(LENGTH), ...EQ, ...when(...get(CANDIDATE), ...RETURN),
								...get(CANDIDATE), ...get(INDEX), ...ADD, ...loadByte(), ...foldByte(get(INDEX)), ...OR, ...literalByte(get(INDEX)), ...NE, ...brIf(1),
								...get(INDEX), ...constant(1), ...ADD, ...set(INDEX),
								...br(0),
							)),
						),
						...br(0),
					)),
					...get(LANES), ...constant(16), ...ADD, ...set(LANES),
					...br(0),
				)),
			),
			...get(FROM), ...constant(STRIDE), ...ADD, ...set(FROM),
			...br(0),
		)),
		...constant(-1),
	];
}

/** `find` and `findCaseless`, on the memory it imports. */
export function findLiteralModule(memoryPages: number): Uint8Array<ArrayBuffer> {
	const find = (name: string, caseless: boolean): ExportedFunction => ({name, parameters: [I32, I32, I32], result: I32, locals: [[7, I32], [4, V128]], body: findBody(caseless)});
	return moduleWithMemory([find('find', false), find('findCaseless', true)], memoryPages);
}
