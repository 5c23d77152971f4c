const cell = new Int32Array(new SharedArrayBuffer(4));

/** Blocks the thread: a command hook has nothing else to do while it waits. */
export function sleepSync(milliseconds: number): void {
	Atomics.wait(cell, 0, 0, milliseconds);
}
