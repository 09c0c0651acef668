import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Column<Row> {
  label: string;
  cell(row: Row): ReactNode;
}

interface Props<Row> {
  title: string;
  lead?: ReactNode;
  /** The chart; absent for lists that are tables only. */
  chart?: ReactNode;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  rowKey(row: Row): string;
  /** Tables of lists show open; the numbers behind a chart fold away under it. */
  tableOpen?: boolean;
}

/** One insight: a title, a line saying what it shows, the chart, and the numbers behind it as a table. */
export function ChartCard<Row>({ title, lead, chart, rows, columns, rowKey, tableOpen = false }: Props<Row>) {
  const { t } = useTranslation();
  const table = (
    <table className="customer-table insight-table">
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.label}>{c.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((c) => (
              <td key={c.label}>{c.cell(row)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section className="insight-card" aria-label={title}>
      <h2>{title}</h2>
      {lead !== undefined && <p className="muted">{lead}</p>}
      {chart !== undefined && <div className="insight-chart">{chart}</div>}
      {rows.length === 0 ? (
        <p className="muted">{t('insights.empty')}</p>
      ) : tableOpen ? (
        table
      ) : (
        <details>
          <summary>{t('insights.numbers')}</summary>
          {table}
        </details>
      )}
    </section>
  );
}
