import { Hono } from 'hono';
import ical from 'ical-generator';
import { z } from 'zod';
import { datedEntries, latestMonth, type DatedEntry } from '../data/deadlines.ts';
import type { Lang, WebEnv } from '../env.ts';
import { t, tOr } from '../i18n.ts';
import { Layout } from '../layout.tsx';

/** Entries shown in one calendar cell; the list beside the calendar has them all. */
const PER_DAY = 3;
const params = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional().catch(undefined),
  // A real calendar day: 2023-99-99 would make the date arithmetic below throw.
  from: z.iso.date().optional().catch(undefined),
});

export function deadlinePages(today: () => string): Hono<WebEnv> {
  const app = new Hono<WebEnv>();

  app.get('/', async (c) => {
    const lang = c.get('lang');
    const sql = c.get('sql');
    const p = params.parse(c.req.query());
    const from = p.from ?? today();
    const month = p.month ?? from.slice(0, 7);
    const monthEntries = await datedEntries(sql, `${month}-01`, `${month}-31`);
    const coming = await datedEntries(sql, from, addDays(from, 90));
    const in30 = coming.filter((e) => e.date <= addDays(from, 30));
    const later = coming.filter((e) => e.date > addDays(from, 30));
    const latest = await latestMonth(sql);
    return c.html(
      <Layout title={t(lang, 'deadlines')} lang={lang} user={c.get('user')} csrf={c.get('csrf')} url={c.req.url.replace(/^https?:\/\/[^/]+/, '')}>
        <h1>{t(lang, 'deadlines')}</h1>
        <p class="actions">
          <a class="button" href={`/deadlines.ics`} download="regwatch-deadlines.ics">
            {t(lang, 'exportIcs')}
          </a>
          {latest && latest !== month ? <a href={`/deadlines?month=${latest}&from=${latest}-01`}>{t(lang, 'latestMonth')} ({latest})</a> : null}
        </p>
        <div class="deadline-layout">
          <section>
            <nav class="month-nav" aria-label="month">
              <a href={`/deadlines?month=${shiftMonth(month, -1)}&from=${from}`} rel="prev">‹ {shiftMonth(month, -1)}</a>
              <h2>{month}</h2>
              <a href={`/deadlines?month=${shiftMonth(month, 1)}&from=${from}`} rel="next">{shiftMonth(month, 1)} ›</a>
            </nav>
            <Calendar month={month} entries={monthEntries} lang={lang} />
            <p class="legend small">
              {(['comment', 'rectification', 'effective'] as const).map((k) => (
                <span class={`entry kind-${k}`}>{tOr(lang, `kind_${k}`, k)}</span>
              ))}
            </p>
          </section>
          <section class="upcoming">
            <h2>
              {t(lang, 'upcoming')} <span class="small">({t(lang, 'from')} {from})</span>
            </h2>
            <h3>{t(lang, 'next30')}</h3>
            <EntryList entries={in30} lang={lang} />
            <h3>{t(lang, 'next90')}</h3>
            <EntryList entries={later} lang={lang} />
          </section>
        </div>
      </Layout>,
    );
  });
  return app;
}

/** `/deadlines.ics`: every deadline and effective date as an all-day event linking to its item. */
export function icsRoute(): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  app.get('/', async (c) => {
    const entries = await datedEntries(c.get('sql'), '0000-01-01', '9999-12-31');
    const origin = new URL(c.req.url).origin;
    const cal = ical({ name: 'regwatch deadlines', prodId: { company: 'regwatch', product: 'regwatch' } });
    for (const e of entries) {
      cal.createEvent({
        id: `${e.kind}-${e.itemId}-${e.date}@regwatch`,
        start: new Date(`${e.date}T00:00:00Z`),
        allDay: true,
        summary: `${tOr('zh', `kind_${e.kind}`, e.kind)}: ${e.headline}`,
        url: `${origin}/items/${e.itemId}`,
      });
    }
    return c.body(cal.toString(), 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'attachment; filename="regwatch-deadlines.ics"',
    });
  });
  return app;
}

function Calendar(props: { month: string; entries: DatedEntry[]; lang: Lang }) {
  const [y, m] = props.month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7; // weeks start on Monday
  const cells: (number | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  return (
    <table class="calendar">
      <thead>
        <tr>
          {t(props.lang, 'weekdays')
            .split(',')
            .map((d) => (
              <th scope="col">{d}</th>
            ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr>
            {week.map((day) => {
              if (day === null) return <td class="empty"></td>;
              const date = `${props.month}-${String(day).padStart(2, '0')}`;
              const here = props.entries.filter((e) => e.date === date);
              return (
                <td class={here.length ? 'has' : ''}>
                  <span class="day">{day}</span>
                  {here.slice(0, PER_DAY).map((e) => (
                    <a class={`entry kind-${e.kind}`} href={`/items/${e.itemId}`} title={`${tOr(props.lang, `kind_${e.kind}`, e.kind)}: ${e.headline}`}>
                      {e.headline}
                    </a>
                  ))}
                  {here.length > PER_DAY ? (
                    <span class="small">
                      +{here.length - PER_DAY} {t(props.lang, 'moreOnDay')}
                    </span>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function EntryList(props: { entries: DatedEntry[]; lang: Lang }) {
  if (props.entries.length === 0) return <p class="small">{t(props.lang, 'nothingUpcoming')}</p>;
  return (
    <ul class="entries">
      {props.entries.map((e) => (
        <li>
          <time datetime={e.date}>{e.date}</time> <span class={`badge kind-${e.kind}`}>{tOr(props.lang, `kind_${e.kind}`, e.kind)}</span>{' '}
          <a href={`/items/${e.itemId}`}>{e.headline}</a>
        </li>
      ))}
    </ul>
  );
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86400e3).toISOString().slice(0, 10);
}

function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 7);
}
