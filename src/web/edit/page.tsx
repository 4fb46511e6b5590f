import type { Correction, CorrectedItem, Override } from '../../overrides/apply.ts';
import { SCALAR_FIELDS, STATUSES, type Field, type FieldValue } from '../../overrides/fields.ts';
import { CATEGORIES } from '../../extract/types.ts';
import type { EditableItemRow } from '../../store/overrides.ts';
import type { Frame } from '../auth/page.tsx';
import { Layout } from '../layout.tsx';

// The edit form of one item. Everything shown comes from ingested text or editors' input and goes
// through JSX text or attribute values, which hono escapes.

const LABELS: Record<Field, string> = {
  title: '标题 Title',
  date: '日期 Date',
  category: '类别 Category',
  region: '地区 Region',
  status: '状态 Status',
  deadline: '截止日期 Deadline',
  commentary: '简评 Commentary',
  authorities: '机构 Authorities',
  instruments: '文件 Instruments',
  penalties: '处罚 Penalties (e.g. 50000000 CNY)',
  topics: '主题 Topics',
  tags: '标签 Tags',
};
const LIST_HINT = 'one per line 每行一项';

export interface EditPageProps {
  /** Language, user, CSRF token and URL for the shared layout; the form carries the same token. */
  frame: Frame;
  item: CorrectedItem<EditableItemRow>;
  values: Record<Field, FieldValue>;
  history: Override[];
  errors?: string[];
  saved?: number;
  /** JSON of the values the editor started from (defaults to `values`). */
  shown?: string;
  currentId?: number | undefined;
}

export function EditPage(p: EditPageProps) {
  const { item } = p;
  return (
    <Layout title={`更正 Edit: ${item.headline}`} {...p.frame}>
      <h1>{item.headline}</h1>
      <p>
        <a href={`/items/${item.id}`}>查看条目 View item</a> · {item.documentSource} · #{item.seq}
      </p>
      {p.currentId !== undefined && p.currentId !== item.id && (
        <p class="error">
          此条目属于旧版本文件 This item belongs to an older version of its document; corrections made here also
          apply to <a href={`/items/${p.currentId}/edit`}>the current version</a>.
        </p>
      )}
      {p.saved !== undefined && <p role="status">{p.saved === 0 ? '没有改动 Nothing changed.' : `已保存 Saved ${p.saved} correction(s).`}</p>}
      {p.errors && p.errors.length > 0 && (
        <ul class="error" role="alert">
          {p.errors.map((e) => (
            <li>{e}</li>
          ))}
        </ul>
      )}
      <details>
        <summary>原文 Text</summary>
        <p class="pre">{item.body}</p>
      </details>
      <form class="edit-form" method="post" action={`/items/${item.id}/edit`}>
        <input type="hidden" name="_csrf" value={p.frame.csrf} />
        <input type="hidden" name="_shown" value={p.shown ?? JSON.stringify(p.values)} />
        {SCALAR_FIELDS.map((f) => (
          <ScalarInput field={f} value={p.values[f]} correction={item.corrections[f]} />
        ))}
        {(['authorities', 'instruments', 'penalties', 'topics', 'tags'] as const).map((f) => (
          <div>
            <Label field={f} correction={item.corrections[f]} />
            <textarea id={f} name={f} rows={3} placeholder={LIST_HINT}>
              {asList(p.values[f]).join('\n')}
            </textarea>
          </div>
        ))}
        <label for="note">说明 Note (why, source)</label>
        <input type="text" id="note" name="note" value="" />
        <p>
          <button type="submit">保存更正 Save corrections</button>
        </p>
      </form>
      <History history={p.history} />
    </Layout>
  );
}

function Label({ field, correction }: { field: Field; correction: Correction | undefined }) {
  return (
    <label for={field}>
      {LABELS[field]}{' '}
      {correction && (
        <span class="badge corrected" data-corrected={field} title={`was: ${show(correction.previous)}`}>
          已更正 corrected by {correction.by}, {correction.at.slice(0, 16).replace('T', ' ')}
        </span>
      )}
    </label>
  );
}

function ScalarInput({ field, value, correction }: { field: Field; value: FieldValue; correction: Correction | undefined }) {
  const v = typeof value === 'string' ? value : '';
  const options = field === 'category' ? CATEGORIES : field === 'status' ? ['', ...STATUSES] : undefined;
  if (options) {
    return (
      <div>
        <Label field={field} correction={correction} />
        <select id={field} name={field}>
          {options.map((o) => (
            <option value={o} selected={o === v}>
              {o || '—'}
            </option>
          ))}
        </select>
      </div>
    );
  }
  if (field === 'commentary') {
    return (
      <div>
        <Label field={field} correction={correction} />
        <textarea id={field} name={field} rows={4}>
          {v}
        </textarea>
      </div>
    );
  }
  const placeholder = field === 'date' || field === 'deadline' ? '2023-09-14' : undefined;
  return (
    <div>
      <Label field={field} correction={correction} />
      <input type="text" id={field} name={field} value={v} placeholder={placeholder} />
    </div>
  );
}

function History({ history }: { history: Override[] }) {
  if (history.length === 0) return <p>尚无更正 No corrections yet.</p>;
  return (
    <section>
      <h2>更正记录 Correction history</h2>
      <table class="history">
        <thead>
          <tr>
            <th>时间 When</th>
            <th>编辑 By</th>
            <th>字段 Field</th>
            <th>原值 Before</th>
            <th>新值 After</th>
            <th>说明 Note</th>
          </tr>
        </thead>
        <tbody>
          {[...history].reverse().map((o) => (
            <tr>
              <td>{o.at.slice(0, 19).replace('T', ' ')}</td>
              <td>{o.by}</td>
              <td>{o.field}</td>
              <td>{show(o.previous)}</td>
              <td>{show(o.value)}</td>
              <td>{o.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function asList(v: FieldValue): string[] {
  return Array.isArray(v) ? v : [];
}

function show(v: FieldValue): string {
  if (v === null) return '—';
  return Array.isArray(v) ? v.join('; ') || '—' : v;
}
