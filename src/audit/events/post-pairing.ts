import type {EventRecord} from '../../event/event-record.ts';
import {isBlocked} from '../findings/record-findings.ts';

type InOrder<Value> = {pres: number; posts: number; values: Map<number, Value>};

/**
 * Pairs each post event with its pre event as the records stream past, in the order written: by tool use id, or,
 * for an agent that gives none, in order within the session. A pre event the policy refused gets no post. Only the
 * pre events given a value are remembered, and only until their post comes.
 */
export class PostPairing<Value> {
	readonly #byToolUse = new Map<string, Value[]>();
	readonly #inOrder = new Map<string, InOrder<Value>>();

	pre(record: EventRecord, value: Value | undefined): void {
		if (isBlocked(record)) {
			return;
		}

		if (record.tool_use_id === undefined) {
			const order = this.#order(record.short_id);
			if (value !== undefined) {
				order.values.set(order.pres, value);
			}

			order.pres++;
		} else if (value !== undefined) {
			const key = `${record.short_id} ${record.tool_use_id}`;
			this.#byToolUse.set(key, [...this.#byToolUse.get(key) ?? [], value]);
		}
	}

	/** The value given with the post event's pre event. */
	post(record: EventRecord): Value | undefined {
		if (record.tool_use_id === undefined) {
			const order = this.#order(record.short_id);
			const value = order.values.get(order.posts);
			order.values.delete(order.posts++);
			return value;
		}

		const key = `${record.short_id} ${record.tool_use_id}`;
		const values = this.#byToolUse.get(key);
		const value = values?.shift();
		if (values?.length === 0) {
			this.#byToolUse.delete(key);
		}

		return value;
	}

	#order(shortId: string): InOrder<Value> {
		let order = this.#inOrder.get(shortId);
		if (order === undefined) {
			order = {pres: 0, posts: 0, values: new Map()};
			this.#inOrder.set(shortId, order);
		}

		return order;
	}
}
