import { Hono, type Context } from 'hono';
import { fieldValues } from '../../overrides/apply.ts';
import { z } from 'zod';
import { correctedItem, correctItem, EditConflictError, retagItem } from '../../overrides/correct.ts';
import { editForm, FIELDS, isListField, type Field, type FieldValue } from '../../overrides/fields.ts';
import { currentItemAt } from '../../store/overrides.ts';
import { idParam, type WebEnv } from '../env.ts';
import { refuse, requireRole } from '../auth/middleware.tsx';
import { frameOf } from '../auth/page.tsx';
import { EditPage } from './page.tsx';

const tag = z.string().trim().min(1).max(200);
const tagChange = z.object({ add: z.array(tag).max(100).default([]), remove: z.array(tag).max(100).default([]) }).strict();

/**
 * GET/POST /items/:id/edit and POST /api/items/:id/tags (editors), GET /api/items/:id/corrections
 * (readers): the item's current values with corrections applied, which fields are corrected, and the
 * full history.
 */
export function editRoutes(): Hono<WebEnv> {
  const app = new Hono<WebEnv>();

  app.get('/api/items/:id/corrections', requireRole('reader'), async (c) => {
    const found = await load(c);
    if (!found) return refuse(c, 404, `no item with id ${c.req.param('id')}`);
    return c.json({ id: found.item.id, values: fieldValues(found.item), corrections: found.item.corrections, history: found.overrides });
  });

  // Tag chips and scripts: add/remove without sending the whole form. CSRF token in x-csrf-token.
  app.post('/api/items/:id/tags', requireRole('editor'), async (c) => {
    const found = await load(c);
    if (!found) return refuse(c, 404, `no item with id ${c.req.param('id')}`);
    const parsed = tagChange.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json({ error: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ') }, 400);
    const tags = await retagItem(c.get('sql'), c.get('user')!, found.item.id, parsed.data);
    return c.json({ id: found.item.id, tags });
  });

  app.get('/items/:id/edit', requireRole('editor'), async (c) => {
    const found = await load(c);
    if (!found) return refuse(c, 404, `No item with id ${c.req.param('id')}.`);
    const saved = c.req.query('saved');
    return c.html(
      <EditPage
        frame={frameOf(c)}
        item={found.item}
        values={fieldValues(found.item)}
        history={found.overrides}
        saved={saved !== undefined && /^\d+$/.test(saved) ? Number(saved) : undefined}
        currentId={found.item.supersededBy === null ? undefined : await currentItemAt(c.get('sql'), found.item.documentSource, found.item.seq)}
      />,
    );
  });

  app.post('/items/:id/edit', requireRole('editor'), async (c) => {
    const found = await load(c);
    if (!found) return refuse(c, 404, `No item with id ${c.req.param('id')}.`);
    const body = await c.req.parseBody();
    const parsed = editForm.safeParse(body);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((i) => `${i.path.join('.') || 'form'}: ${i.message}`);
      // Show the editor's input again, not the stored values, so nothing typed is lost.
      const values = { ...fieldValues(found.item) } as Record<Field, FieldValue>;
      for (const f of FIELDS) {
        const v = body[f];
        if (typeof v === 'string') values[f] = isListField(f) ? v.split(/\r?\n/) : v;
      }
      const shown = typeof body._shown === 'string' ? body._shown : undefined;
      return c.html(
        <EditPage frame={frameOf(c)} item={found.item} values={values} shown={shown} history={found.overrides} errors={errors} />,
        400,
      );
    }
    try {
      const changed = await correctItem(c.get('sql'), c.get('user')!, found.item.id, parsed.data);
      return c.redirect(`/items/${found.item.id}/edit?saved=${changed.length}`, 303);
    } catch (err) {
      if (!(err instanceof EditConflictError)) throw err;
      // Show the values as they are now; the editor re-applies their change knowingly.
      const fresh = (await load(c))!;
      const message = `${err.message}. Nothing was saved: check the current values below and save again. 其他编辑已修改，未保存。`;
      return c.html(
        <EditPage frame={frameOf(c)} item={fresh.item} values={fieldValues(fresh.item)} history={fresh.overrides} errors={[message]} />,
        409,
      );
    }
  });

  return app;
}

async function load(c: Context<WebEnv>) {
  const id = idParam(c.req.param('id'));
  return id === undefined ? undefined : correctedItem(c.get('sql'), id);
}
