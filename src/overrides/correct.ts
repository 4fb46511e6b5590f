import { NotFoundError } from '../errors.ts';
import { getEditableItem, insertOverride, type EditableItemRow } from '../store/overrides.ts';
import type { Sql } from '../store/sql.ts';
import type { User } from '../web/env.ts';
import { applyOverrides, fieldValues, loadOverrides, type CorrectedItem, type Override } from './apply.ts';
import { FIELDS, sameValue, type EditForm, type Field } from './fields.ts';
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

/**
 * Stores one correction row for each field whose submitted value differs from what the item shows
 * now, keyed on the item's extracted text so it re-attaches in later versions. Returns the fields
 * changed (none when the form was submitted unchanged).
 */
export async function correctItem(sql: Sql, user: User, id: number, form: EditForm, now = new Date()): Promise<Field[]> {
  return sql.transaction(async (tx) => {
    const raw = await getEditableItem(tx, id);
    if (!raw) throw new NotFoundError(`no item with id ${id}`);
    // Keys come from the extracted text: a corrected title must not change the item's identity.
    const keys = keysOf(raw);
    const shown = fieldValues(applyOverrides(raw, await loadOverrides(tx, raw)));
    const changed: Field[] = [];
    for (const field of FIELDS) {
      const next = form[field];
      if (sameValue(shown[field], next)) continue;
      await insertOverride(tx, {
        source: raw.documentSource,
        ...keys,
        seq: raw.seq,
        itemId: raw.id,
        field,
        value: JSON.stringify(next),
        previous: JSON.stringify(shown[field]),
        note: form.note,
        userId: user.id,
        userName: user.name,
        createdAt: now.toISOString(),
      });
      changed.push(field);
    }
    return changed;
  });
}
