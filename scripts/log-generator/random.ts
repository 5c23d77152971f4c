const ALPHANUMERIC = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'];

/** A seeded pseudo-random source (mulberry32): the same seed gives the same logs, so tests know their answers. */
export class Random {
	#state: number;

	constructor(seed: number) {
		this.#state = seed >>> 0;
	}

	/** In [0, 1). */
	next(): number {
		this.#state = (this.#state + 0x6D_2B_79_F5) >>> 0;
		let value = this.#state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
	}

	/** An integer in [min, max]. */
	integer(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	chance(probability: number): boolean {
		return this.next() < probability;
	}

	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)]!;
	}

	/** Exponentially distributed, for waits between independent events. */
	exponential(mean: number): number {
		return -Math.log(1 - this.next()) * mean;
	}

	hex(length: number): string {
		let text = '';
		while (text.length < length) {
			text += Math.floor(this.next() * 0x1_00_00_00).toString(16).padStart(6, '0');
		}

		return text.slice(0, length);
	}

	alphanumeric(length: number): string {
		return Array.from({length}, () => this.pick(ALPHANUMERIC)).join('');
	}
}
