import { NotFoundError, RegwatchError } from '../errors.ts';
import { getEditableItem, insertOverride, type EditableItemRow } from '../store/overrides.ts';
import type { Sql } from '../store/sql.ts';
import type { User } from '../web/env.ts';
import { applyOverrides, fieldValues, loadOverrides, type CorrectedItem, type Override } from './apply.ts';
import { FIELDS, normalise, normaliseList, sameValue, type EditForm, type Field } from './fields.ts';
import { keysOf } from './identity.ts';

export interface ItemWithCorrections {
  item: CorrectedItem<EditableItemRow>;
  /** Every correction of the item, oldest first (the history). */
  overrides: Override[];
}

/** An item as readers should see it: extracted values with editors' corrections applied. */
export async function correctedItem(sql: Sql, id: number): Promise<ItemWithCorrections | undefined> {
  const raw = await getEditableItem(sql, id);
  if (!raw) return undefined;
  const overrides = await loadOverrides(sql, raw);
  return { item: applyOverrides(raw, overrides), overrides };
}

/** Fields the editor changed that someone else corrected after the form was shown. */
export class EditConflictError extends RegwatchError {
  override readonly name = 'EditConflictError';
  constructor(readonly fields: Field[]) {
    super(`changed by someone else since the form was opened: ${fields.join(', ')}`);
  }
}

/**
 * Stores one correction row for each field the editor changed (against the values the form showed,
 * or the current ones when the form does not say), keyed on the item's extracted text so it
 * re-attaches in later versions. Nothing is stored when a changed field was corrected by someone
 * else meanwhile (EditConflictError). Returns the fields stored.
 */
export async function correctItem(sql: Sql, user: User, id: number, form: EditForm, now = new Date()): Promise<Field[]> {
  return sql.transaction(async (tx) => {
    const raw = await getEditableItem(tx, id);
    if (!raw) throw new NotFoundError(`no item with id ${id}`);
    // Keys come from the extracted text: a corrected title must not change the item's identity.
    const keys = keysOf(raw);
    const current = fieldValues(applyOverrides(raw, await loadOverrides(tx, raw)));
    const changed: Field[] = [];
    const conflicts: Field[] = [];
    for (const field of FIELDS) {
      const cur = normalise(field, current[field]);
      const next = normalise(field, form[field]);
      const base = form._shown && Object.hasOwn(form._shown, field) ? normalise(field, form._shown[field]) : cur;
      if (sameValue(base, next) || sameValue(cur, next)) continue;
      if (!sameValue(base, cur)) conflicts.push(field);
      else changed.push(field);
    }
    if (conflicts.length) throw new EditConflictError(conflicts);
    for (const field of changed) {
      await insertOverride(tx, {
        source: raw.documentSource,
        ...keys,
        seq: raw.seq,
        itemId: raw.id,
        field,
        value: JSON.stringify(normalise(field, form[field])),
        previous: JSON.stringify(current[field]),
        note: form.note,
        userId: user.id,
        userName: user.name,
        createdAt: now.toISOString(),
      });
    }
    return changed;
  });
}

/**
 * Adds and removes tags, leaving every other field alone: a tags correction holding the resulting
 * list. Returns the tags now on the item.
 */
export async function retagItem(sql: Sql, user: User, id: number, change: { add?: string[]; remove?: string[] }, now = new Date()): Promise<string[]> {
  return sql.transaction(async (tx) => {
    const found = await correctedItem(tx, id);
    if (!found) throw new NotFoundError(`no item with id ${id}`);
    const shown = fieldValues(found.item);
    const drop = new Set(normaliseList(change.remove ?? []));
    const tags = normaliseList([...found.item.tags, ...(change.add ?? [])]).filter((t) => !drop.has(t));
    await correctItem(tx, user, id, { ...shown, tags, note: null, _shown: shown } as EditForm, now);
    return tags;
  });
}
