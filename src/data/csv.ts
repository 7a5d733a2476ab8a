/**
 * CSV for readers' spreadsheets. A cell that starts with =, +, -, @, a tab or a carriage return
 * is read by Excel, LibreOffice and Google Sheets as a formula (CSV injection); a text cell that
 * does gets a leading apostrophe, which spreadsheets show as text. Numbers ("-5", "+3.2") stay
 * numbers. Every CSV the site writes goes through toCsv.
 */
import { csvFormatRows } from 'd3';

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** A cell a spreadsheet will not run: risky text gets a leading apostrophe. */
export function spreadsheetSafe(cell: string | number): string {
  const text = String(cell);
  return FORMULA_START.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

/** Rows as CSV text (RFC 4180 quoting by d3), every cell spreadsheet-safe. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return csvFormatRows(rows.map((row) => row.map(spreadsheetSafe)));
}
