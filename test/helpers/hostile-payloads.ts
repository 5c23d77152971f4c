// Seeded generators of hostile hook payloads, so that a failing fuzz run can be replayed.

export type Random = () => number;

export function seededRandom(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6D_2B_79_F5) >>> 0;
		let value = Math.imul(state ^ (state >>> 15), 1 | state);
		value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
		return ((value ^ (value >>> 14)) >>> 0) / 2 ** 32;
	};
}

const pick = <Value>(random: Random, values: readonly Value[]): Value => values[Math.floor(random() * values.length)]!;

const HOSTILE_STRINGS = [
	'', ' ', '\u0000', 'a\u0000b', '../../../../etc/passwd', '/', '..', '.', '~', '$HOME', '${IFS}', '`id`', '$(id)',
	'\n[2026-01-01 00:00:00Z] [claude-code] [deadbeef] forged', '\r\u001B[2J\u001B[H', '\u2028\u2029', '\uD800', '\uDFFF\uD800',
	'\u202Eevil', 'CON', 'nul', 'ses_../../x', '%2e%2e%2f', '\\\\server\\share', 'a'.repeat(300), '🚀'.repeat(50),
];

function hostileString(random: Random): string {
	const roll = random();
	if (roll < 0.5) {
		return pick(random, HOSTILE_STRINGS);
	}

	if (roll < 0.502) {
		return 'x'.repeat(Math.floor(random() * 2 * 1024 * 1024));
	}

	return Array.from({length: Math.floor(random() * 40)}, () => String.fromCharCode(Math.floor(random() * 0x1_00_00))).join('');
}

function hostileValue(random: Random, depth = 0): unknown {
	switch (Math.floor(random() * 9)) {
		case 0: {
			return null;
		}

		case 1: {
			return random() < 0.5;
		}

		case 2: {
			return pick(random, [0, -1, 1e308, -0, 3.5, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER]);
		}

		case 3: {
			return depth > 3 ? [] : Array.from({length: Math.floor(random() * 4)}, () => hostileValue(random, depth + 1));
		}

		case 4: {
			return depth > 3 ? {} : Object.fromEntries(Array.from({length: Math.floor(random() * 4)}, () => [hostileString(random), hostileValue(random, depth + 1)]));
		}

		default: {
			return hostileString(random);
		}
	}
}

function deeplyNested(random: Random): string {
	const depth = 1000 + Math.floor(random() * 200_000);
	return random() < 0.5 ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** One hostile payload as the text a hook reads on stdin: random JSON, a real payload with fields made hostile, or garbage. */
export function hostilePayload(random: Random, realPayloads: ReadonlyArray<Record<string, unknown>>): string {
	const roll = random();
	if (roll < 0.1) {
		return JSON.stringify(hostileValue(random));
	}

	if (roll < 0.13) {
		return deeplyNested(random);
	}

	if (roll < 0.18) {
		return Buffer.from(Array.from({length: Math.floor(random() * 200)}, () => Math.floor(random() * 256))).toString('utf8');
	}

	const payload = structuredClone(pick(random, realPayloads));
	for (let changes = 1 + Math.floor(random() * 3); changes > 0; changes--) {
		mutate(random, payload);
	}

	const text = JSON.stringify(payload);
	return random() < 0.05 ? text.slice(0, Math.floor(random() * text.length)) : text;
}

function mutate(random: Random, payload: Record<string, unknown>): void {
	const key = pick(random, [...Object.keys(payload), 'session_id', 'cwd', 'tool_input', 'hook_event_name', 'tool_name']);
	if (key === 'tool_input' && random() < 0.6) {
		payload.tool_input = {command: hostileString(random)};
		return;
	}

	payload[key] = random() < 0.6 ? hostileString(random) : hostileValue(random);
}
