/**
 * Job summary building blocks (GitHub-flavoured Markdown). Pure string builders: the runtime
 * appends the result to GITHUB_STEP_SUMMARY.
 */

/** Escapes text for a Markdown table cell (pipes and newlines would break the row). */
export function cell(value: unknown): string {
  return String(value ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

export function code(value: unknown): string {
  const s = String(value ?? '');
  return s ? '`' + s.replace(/`/g, "'") + '`' : '';
}

export function table(header: string[], rows: unknown[][]): string {
  const lines = [`| ${header.map(cell).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const r of rows) lines.push(`| ${r.map(cell).join(' | ')} |`);
  return lines.join('\n');
}

/** A two-column key/value table, the five-second read at the top of every summary. */
export function facts(rows: [string, unknown][]): string {
  return table(
    ['', ''],
    rows.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [`**${k}**`, v])
  );
}

function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

export function codeBlock(text: string, lang = ''): string {
  return '```' + lang + '\n' + text.replace(/```/g, "'''") + '\n```';
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export class SummaryBuilder {
  private readonly parts: string[] = [];

  heading(text: string, level = 3): this {
    this.parts.push(`${'#'.repeat(level)} ${text}`);
    return this;
  }

  add(markdown: string): this {
    if (markdown) this.parts.push(markdown);
    return this;
  }

  facts(rows: [string, unknown][]): this {
    return this.add(facts(rows));
  }

  table(header: string[], rows: unknown[][]): this {
    return rows.length ? this.add(table(header, rows)) : this;
  }

  details(summary: string, body: string): this {
    return this.add(details(summary, body));
  }

  toString(): string {
    return this.parts.join('\n\n') + '\n';
  }
}
