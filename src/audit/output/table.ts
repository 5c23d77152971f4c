import {escapeForDisplay} from './escape-for-display.ts';
import type {Paint} from './palette.ts';

export type Column<Row> = {
	title: string;
	cell: (row: Row) => string;
	/** Every cell's width, when it is known without looking (times): spares making each cell twice. */
	width?: number;
	alignRight?: boolean;
	paint?: (row: Row) => Paint;
};

/**
 * Rows under a heading, in columns padded to their widest cell; colour goes on after the padding. Cells come from
 * the logs: they are escaped for display. A pass over the rows for the widths, then one line at a time: tens of
 * thousands of rows are never all held as text.
 */
export function* tableLines<Row>(columns: Array<Column<Row>>, rows: Iterable<Row>, heading: Paint): Generator<string> {
	const cellText = (column: Column<Row>, row: Row) => escapeForDisplay(column.cell(row));
	const last = columns.length - 1;
	// The last column, left-aligned, is not padded: no spaces at the ends of lines, and no need to measure it.
	const padded = (index: number) => index !== last || columns[index]!.alignRight === true;
	const widths = columns.map(column => Math.max(column.title.length, column.width ?? 0));
	const measured = [...columns.entries()].filter(([index, column]) => column.width === undefined && padded(index));
	for (const row of rows) {
		for (const [index, column] of measured) {
			widths[index] = Math.max(widths[index]!, cellText(column, row).length);
		}
	}

	const pad = (text: string, index: number) => {
		if (!padded(index)) {
			return text;
		}

		return columns[index]!.alignRight ? text.padStart(widths[index]!) : text.padEnd(widths[index]!);
	};

	yield heading(columns.map((column, index) => pad(column.title, index)).join('  '));
	for (const row of rows) {
		yield columns.map((column, index) => (column.paint?.(row) ?? plain)(pad(cellText(column, row), index))).join('  ');
	}
}

const plain: Paint = text => text;
