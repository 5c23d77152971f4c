import type {AgentEvent, AgentName} from '../../src/event/agent-event.ts';
import {generateCommand} from './commands.ts';
import {MinHeap} from './min-heap.ts';
import type {Random} from './random.ts';

export type GeneratedEvent = {
	event: AgentEvent;
	time: Date;
	/** Pre events: the exit code their post event will report (null: the agent does not report one). */
	exitCode?: number | null;
};

export type SimulationOptions = {
	/** How many commands (pre events, text lines) in all. */
	commands: number;
	start: Date;
	days: number;
	/** The mean number of commands per session. */
	meanSessionCommands: number;
	/** How often a hook writes its line after the next one (concurrent hooks without the writer's lock). */
	outOfOrderRate: number;
};

const AGENTS: Array<{agent: AgentName; share: number}> = [
	{agent: 'claude-code', share: 0.5},
	{agent: 'codex-cli', share: 0.3},
	{agent: 'opencode', share: 0.2},
];
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;
const MAX_SWAP_GAP = 2 * SECOND;
const CWD = '/home/dev/project';

type Session = {
	agent: AgentName;
	sessionId: string | undefined;
	commandsLeft: number;
	nextTime: number;
	next: 'session_start' | 'pre' | 'post' | 'session_end' | 'done';
	pre?: AgentEvent;
	/** What the post event of the command just run reports. */
	outcome?: Pick<AgentEvent, 'exitCode' | 'durationMs'>;
	endsWithEvent: boolean;
};

/**
 * Sessions of the three agents, spread over `days` and interleaved, as their hooks would write them: oldest first,
 * but for a few pre events that a concurrent hook wrote late.
 */
export function* simulateEvents(random: Random, options: SimulationOptions): Generator<GeneratedEvent> {
	let held: GeneratedEvent | undefined;
	for (const generated of eventsInTimeOrder(random, options)) {
		if (held !== undefined && generated.time.getTime() - held.time.getTime() <= MAX_SWAP_GAP) {
			yield generated;
			yield held;
			held = undefined;
			continue;
		}

		if (held !== undefined) {
			yield held;
			held = undefined;
		}

		if (generated.event.kind === 'pre' && random.chance(options.outOfOrderRate)) {
			held = generated;
		} else {
			yield generated;
		}
	}

	if (held !== undefined) {
		yield held;
	}
}

function* eventsInTimeOrder(random: Random, options: SimulationOptions): Generator<GeneratedEvent> {
	const sessions = plannedSessions(random, options);
	const active = new MinHeap<Session>(session => session.nextTime);
	let nextStart = 0;
	for (;;) {
		const soonest = active.peek();
		const starting = sessions[nextStart];
		if (starting !== undefined && (soonest === undefined || starting.nextTime <= soonest.nextTime)) {
			active.push(starting);
			nextStart++;
			continue;
		}

		if (soonest === undefined) {
			return;
		}

		active.pop();
		const generated = advance(random, soonest);
		if (soonest.next !== 'done') {
			active.push(soonest);
		}

		if (generated !== undefined) {
			yield generated;
		}
	}
}

function plannedSessions(random: Random, options: SimulationOptions): Session[] {
	const sessions: Session[] = [];
	const startTime = options.start.getTime();
	for (let left = options.commands; left > 0;) {
		const commands = Math.min(left, random.integer(1, 2 * options.meanSessionCommands - 1));
		left -= commands;
		const agent = pickAgent(random);
		const nextTime = startTime + Math.floor(random.next() * options.days * DAY);
		sessions.push({
			agent,
			sessionId: random.chance(0.005) ? undefined : sessionId(random, agent, nextTime),
			commandsLeft: commands,
			nextTime,
			next: 'session_start',
			endsWithEvent: random.chance(0.85),
		});
	}

	return sessions.sort((a, b) => a.nextTime - b.nextTime);
}

// One event of the session, and when its next one comes.
function advance(random: Random, session: Session): GeneratedEvent | undefined {
	const time = new Date(session.nextTime);
	const base = {agent: session.agent, sessionId: session.sessionId, cwd: CWD};
	switch (session.next) {
		case 'session_start': {
			session.next = 'pre';
			session.nextTime += Math.round(random.exponential(20 * SECOND));
			return {event: {...base, kind: 'session_start', source: 'startup'}, time};
		}

		case 'pre': {
			const {command, fails} = generateCommand(random);
			session.pre = {...base, kind: 'pre', toolName: toolName(session.agent), toolUseId: toolUseId(random, session.agent), command};
			session.outcome = outcome(random, session.agent, fails);
			session.next = 'post';
			session.nextTime += Math.max(50, Math.round(random.exponential(3 * SECOND)));
			session.commandsLeft--;
			return {event: session.pre, time, exitCode: session.outcome.exitCode};
		}

		case 'post': {
			session.next = session.commandsLeft > 0 ? 'pre' : 'session_end';
			session.nextTime += Math.round(random.chance(0.03) ? random.exponential(20 * MINUTE) : random.exponential(25 * SECOND)) + SECOND;
			return {event: {...session.pre!, kind: 'post', ...session.outcome}, time};
		}

		case 'session_end': {
			session.next = 'done';
			return session.endsWithEvent ? {event: {...base, kind: 'session_end', reason: 'other'}, time} : undefined;
		}

		case 'done': {
			return undefined;
		}
	}
}

// Claude Code reports exit codes and durations, OpenCode exit codes only, Codex neither.
function outcome(random: Random, agent: AgentName, fails: boolean): Pick<AgentEvent, 'exitCode' | 'durationMs'> {
	const exitCode = fails ? random.pick([1, 1, 1, 2, 127]) : 0;
	switch (agent) {
		case 'claude-code': {
			return {exitCode, durationMs: random.integer(5, 30_000)};
		}

		case 'opencode': {
			return {exitCode, durationMs: null};
		}

		default: {
			return {exitCode: null, durationMs: null};
		}
	}
}

function pickAgent(random: Random): AgentName {
	let remaining = random.next();
	return AGENTS.find(({share}) => (remaining -= share) < 0)?.agent ?? 'claude-code';
}

// Claude Code: UUIDv4. Codex: UUIDv7, the session's start in its first 48 bits. OpenCode: ses_ and a time-ordered id.
function sessionId(random: Random, agent: AgentName, start: number): string {
	switch (agent) {
		case 'claude-code': {
			const hex = random.hex(32);
			return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
		}

		case 'codex-cli': {
			const time = start.toString(16).padStart(12, '0');
			const hex = random.hex(20);
			return `${time.slice(0, 8)}-${time.slice(8)}-7${hex.slice(0, 3)}-9${hex.slice(3, 6)}-${hex.slice(6, 18)}`;
		}

		default: {
			return `ses_${start.toString(16).slice(-12)}${random.alphanumeric(14)}`;
		}
	}
}

function toolName(agent: AgentName): string {
	return agent === 'opencode' ? 'bash' : 'Bash';
}

function toolUseId(random: Random, agent: AgentName): string {
	return agent === 'claude-code' ? `toolu_01${random.alphanumeric(22)}` : `call_${random.alphanumeric(24)}`;
}
