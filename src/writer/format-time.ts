/** `2026-05-17 09:42:18Z`: the text logs' timestamp, UTC to the second. */
export function formatLineTime(time: Date): string {
	return `${time.toISOString().slice(0, 19).replace('T', ' ')}Z`;
}
