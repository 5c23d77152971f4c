/** The items with the smallest key first: the active sessions, by the time of their next event. */
export class MinHeap<T> {
	readonly #items: T[] = [];
	readonly #key: (item: T) => number;

	constructor(key: (item: T) => number) {
		this.#key = key;
	}

	get size(): number {
		return this.#items.length;
	}

	peek(): T | undefined {
		return this.#items[0];
	}

	push(item: T): void {
		this.#items.push(item);
		this.#siftUp(this.#items.length - 1);
	}

	pop(): T | undefined {
		const top = this.#items[0];
		const last = this.#items.pop();
		if (this.#items.length > 0 && last !== undefined) {
			this.#items[0] = last;
			this.#siftDown(0);
		}

		return top;
	}

	#siftUp(index: number): void {
		for (let child = index; child > 0;) {
			const parent = (child - 1) >> 1;
			if (this.#key(this.#items[parent]!) <= this.#key(this.#items[child]!)) {
				return;
			}

			this.#swap(parent, child);
			child = parent;
		}
	}

	#siftDown(index: number): void {
		for (let parent = index; ;) {
			const left = (2 * parent) + 1;
			const right = left + 1;
			let smallest = parent;
			for (const child of [left, right]) {
				if (child < this.#items.length && this.#key(this.#items[child]!) < this.#key(this.#items[smallest]!)) {
					smallest = child;
				}
			}

			if (smallest === parent) {
				return;
			}

			this.#swap(parent, smallest);
			parent = smallest;
		}
	}

	#swap(a: number, b: number): void {
		[this.#items[a], this.#items[b]] = [this.#items[b]!, this.#items[a]!];
	}
}
