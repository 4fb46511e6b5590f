import type { Command } from 'commander';
import { passwordFromEnv } from '../../config.ts';
import { QueryError } from '../../errors.ts';
import { addUser, listUsers, MIN_PASSWORD, removeUser, ROLES, setPassword } from '../../web/auth/accounts.ts';
import { issueFeedToken } from '../../web/auth/feed-tokens.ts';
import { contextOf, printJson, type CliContext } from '../context.ts';
import { promptHidden } from '../prompt.ts';

// Accounts for `serve --host <non-loopback>`. Passwords come from REGWATCH_PASSWORD (scripts) or a
// hidden prompt on a terminal, never from an argument, which other users of the machine can see.

async function readPassword(): Promise<string> {
  const fromEnv = passwordFromEnv();
  if (fromEnv !== undefined) return fromEnv;
  if (!process.stdin.isTTY) throw new QueryError('no password: set REGWATCH_PASSWORD or run on a terminal to be asked for it');
  const first = await promptHidden(`password (at least ${MIN_PASSWORD} characters): `);
  const second = await promptHidden('repeat password: ');
  if (first !== second) throw new QueryError('the two passwords differ');
  return first;
}

const sqlOf = (ctx: CliContext) => ctx.db();

export function registerUser(program: Command): void {
  const user = program.command('user').description('manage web accounts (needed to serve beyond 127.0.0.1)');

  user
    .command('add')
    .description('create an account; the password comes from REGWATCH_PASSWORD or a hidden prompt')
    .argument('<name>', 'user name')
    .requiredOption('--role <role>', ROLES.join(' | '))
    .action(async (name: string, opts: { role: string }, cmd: Command) => {
      const ctx = contextOf(cmd);
      const row = await addUser(await sqlOf(ctx), name, opts.role, await readPassword());
      if (ctx.json) return printJson(ctx, row);
      ctx.err(`added ${row.role} "${row.name}"`);
    });

  user
    .command('list')
    .description('list accounts and their roles')
    .action(async (_opts: unknown, cmd: Command) => {
      const ctx = contextOf(cmd);
      const rows = await listUsers(await sqlOf(ctx));
      if (ctx.json) return printJson(ctx, rows);
      for (const r of rows) ctx.out(`${r.name}\t${r.role}\tcreated ${r.createdAt.slice(0, 10)}`);
      ctx.err(`${rows.length} users`);
    });

  user
    .command('remove')
    .description('delete an account and end its sessions (its corrections stay, under its name)')
    .argument('<name>', 'user name')
    .action(async (name: string, _opts: unknown, cmd: Command) => {
      const ctx = contextOf(cmd);
      await removeUser(await sqlOf(ctx), name);
      ctx.err(`removed "${name}"`);
    });

  user
    .command('passwd')
    .description('set a new password (REGWATCH_PASSWORD or a hidden prompt); ends the account\'s sessions')
    .argument('<name>', 'user name')
    .action(async (name: string, _opts: unknown, cmd: Command) => {
      const ctx = contextOf(cmd);
      await setPassword(await sqlOf(ctx), name, await readPassword());
      ctx.err(`password of "${name}" changed; its sessions are signed out`);
    });

  user
    .command('token')
    .description('a personal token for feed readers and calendar apps (login mode): add ?token=… to a saved search feed or /deadlines.ics URL')
    .argument('<name>', 'user name')
    .option('--label <text>', 'what the token is for, e.g. the app that uses it', 'feeds')
    .action(async (name: string, opts: { label: string }, cmd: Command) => {
      const ctx = contextOf(cmd);
      const token = await issueFeedToken(await sqlOf(ctx), name, opts.label);
      if (ctx.json) return printJson(ctx, { name, label: opts.label, token });
      ctx.out(token);
      ctx.err(`token for "${name}" (shown once): use it as ?token=… on /api/saved/<id>/feed.atom, feed.json and /deadlines.ics; removing the user revokes it`);
    });
}
