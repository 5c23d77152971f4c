import type {CommandLine} from '../read/command-line.ts';

const INITIAL_CAPACITY = 1024;

export type SessionCounts = {shortId: string; agent: string; count: number; first: number; last: number};

/**
 * Per session: how many lines, the first and last time, the agent. Kept in typed arrays rather than an object per
 * session: a log can hold tens of thousands of sessions, and objects made while millions of lines stream past are
 * what makes V8 grow its young generation past the memory budget.
 */
export class SessionTally {
	readonly #indexes = new Map<string, number>();
	readonly #shortIds: string[] = [];
	readonly #agentNames: string[] = [];
	#agents = new Uint32Array(INITIAL_CAPACITY);
	#counts = new Uint32Array(INITIAL_CAPACITY);
	#firsts = new Float64Array(INITIAL_CAPACITY);
	#lasts = new Float64Array(INITIAL_CAPACITY);

	get size(): number {
		return this.#indexes.size;
	}

	has(shortId: string): boolean {
		return this.#indexes.has(shortId);
	}

	add(lines: CommandLine[]): void {
		for (const line of lines) {
			const shortId = line.shortId;
			let index = this.#indexes.get(shortId);
			if (index === undefined) {
				index = this.#newSession(shortId, line);
			}

			this.#counts[index]!++;
			this.#firsts[index] = Math.min(this.#firsts[index]!, line.time);
			this.#lasts[index] = Math.max(this.#lasts[index]!, line.time);
		}
	}

	get(shortId: string): SessionCounts | undefined {
		const index = this.#indexes.get(shortId);
		return index === undefined ? undefined : this.at(index);
	}

	/** The session at `index`, 0 to size - 1, in the order they first appeared. */
	at(index: number): SessionCounts {
		return {shortId: this.shortIdAt(index), agent: this.agentAt(index), count: this.count(index), first: this.first(index), last: this.last(index)};
	}

	// Field by field, for sorting and printing without making an object per session.
	shortIdAt(index: number): string {
		return this.#shortIds[index]!;
	}

	agentAt(index: number): string {
		return this.#agentNames[this.#agents[index]!]!;
	}

	count(index: number): number {
		return this.#counts[index]!;
	}

	first(index: number): number {
		return this.#firsts[index]!;
	}

	last(index: number): number {
		return this.#lasts[index]!;
	}

	shortIds(): IterableIterator<string> {
		return this.#shortIds.values();
	}

	#newSession(shortId: string, line: CommandLine): number {
		const index = this.#shortIds.length;
		this.#indexes.set(shortId, index);
		this.#shortIds.push(shortId);
		if (index === this.#counts.length) {
			this.#agents = grown(this.#agents, new Uint32Array(index * 2));
			this.#counts = grown(this.#counts, new Uint32Array(index * 2));
			this.#firsts = grown(this.#firsts, new Float64Array(index * 2));
			this.#lasts = grown(this.#lasts, new Float64Array(index * 2));
		}

		const {agent} = line;
		const agentIndex = this.#agentNames.indexOf(agent);
		this.#agents[index] = agentIndex < 0 ? this.#agentNames.push(agent) - 1 : agentIndex;
		this.#firsts[index] = line.time;
		this.#lasts[index] = line.time;
		return index;
	}
}

function grown<T extends Uint32Array | Float64Array>(from: T, to: T): T {
	to.set(from);
	return to;
}
