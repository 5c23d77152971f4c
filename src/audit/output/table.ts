import {escapeForDisplay} from './escape-for-display.ts';
import type {Paint} from './palette.ts';

export type Column<Row> = {
	title: string;
	cell: (row: Row) => string;
	alignRight?: boolean;
	paint?: (row: Row) => Paint;
};

/**
 * Rows under a heading, in columns padded to their widest cell; colour goes on after the padding. Cells come from
 * the logs: they are escaped for display.
 */
export function tableLines<Row>(columns: Array<Column<Row>>, rows: Row[], heading: Paint): string[] {
	const cells = rows.map(row => columns.map(column => escapeForDisplay(column.cell(row))));
	const widths = columns.map((column, index) => Math.max(column.title.length, ...cells.map(rowCells => rowCells[index]!.length)));
	const pad = (text: string, index: number) => columns[index]!.alignRight ? text.padStart(widths[index]!) : text.padEnd(widths[index]!);
	const last = columns.length - 1;
	const titleLine = columns.map((column, index) => index === last ? column.title : pad(column.title, index)).join('  ');
	return [
		heading(titleLine),
		...rows.map((row, rowIndex) => columns.map((column, index) => {
			const text = index === last && !column.alignRight ? cells[rowIndex]![index]! : pad(cells[rowIndex]![index]!, index);
			return column.paint === undefined ? text : column.paint(row)(text);
		}).join('  ')),
	];
}
