// What reaches a pipeline stage's standard input: the commands of the stage before, then of the stages before that.
// A chain shared by every command of a stage, so that a pipeline of n stages takes O(n) memory, and a question asked
// of every stage is answered in O(n) in all, not O(n²): an agent can send `a|a|a|…` a hundred thousand times.

export type Feed<Command extends object> = {
	readonly commands: readonly Command[];
	readonly from: Feed<Command> | undefined;
};

const answers = new WeakMap<Feed<object>, Map<(command: never) => boolean, boolean>>();

/** Whether any command that feeds a stage passes `test`. Answers are kept: `test` must look at the command only. */
export function feedSome<Command extends object>(feed: Feed<Command> | undefined, test: (command: Command) => boolean): boolean {
	const unanswered: Array<Feed<Command>> = [];
	let answer = false;
	for (let node = feed; node !== undefined; node = node.from) {
		const known = answers.get(node)?.get(test);
		if (known !== undefined) {
			answer = known;
			break;
		}

		unanswered.push(node);
	}

	for (const node of unanswered.reverse()) {
		answer ||= node.commands.some(test);
		const known = answers.get(node) ?? new Map();
		known.set(test, answer);
		answers.set(node, known);
	}

	return answer;
}
