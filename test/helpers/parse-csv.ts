/** Reads CSV as RFC 4180 has it: quoted fields may hold commas, doubled quotes and line breaks; rows end in CRLF. */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < csv.length; index++) {
    const char = csv[index];
    if (quoted) {
      if (char === '"' && csv[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && csv[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index++;
    } else field += char;
  }
  if (field || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** A CSV export read back: the headings, and each row as a lookup by heading. */
export function readCsvTable(csv: string): { heading: string[]; rows: ((column: string) => string | undefined)[] } {
  const [heading = [], ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
  return {
    heading,
    rows: rows.map((row) => (column: string) => {
      const index = heading.indexOf(column);
      if (index < 0) throw new Error(`no column '${column}' in ${heading.join(', ')}`);
      return row[index];
    }),
  };
}
