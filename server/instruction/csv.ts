// RFC 4180 CSV: fields with a comma, quote or line break are quoted (quotes doubled), records end with CRLF. Text
// that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) is prefixed with an apostrophe.

export type CsvValue = string | number | null;

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvRecord(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
