import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const DOVECOT_BIN = '/usr/sbin/dovecot';

/** Why the real-IMAP tests cannot run here, or null when they can. */
export function dovecotMissing(): string | null {
  return fs.existsSync(DOVECOT_BIN) ? null : `${DOVECOT_BIN} is not installed (apt-get install dovecot-imapd); .ci/run installs it`;
}

export interface Dovecot {
  host: string;
  port: number;
  user: string;
  password: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const sock = net.connect(port, '127.0.0.1');
      sock.once('data', () => {
        sock.destroy();
        resolve();
      });
      sock.once('error', () => {
        sock.destroy();
        if (Date.now() > until) reject(new Error(`dovecot did not answer on 127.0.0.1:${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/**
 * Starts a private dovecot (IMAP only, plaintext, one passwd-file user, maildir) in a temporary
 * directory on a free 127.0.0.1 port. As root, login and mail processes run as Debian's dovenull and
 * dovecot users (dovecot refuses root for them); otherwise everything runs as the current user.
 */
export async function startDovecot(): Promise<Dovecot> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regwatch-dovecot-'));
  const port = await freePort();
  const user = 'news';
  const password = 'imap-test-password';
  const isRoot = process.getuid?.() === 0;
  const me = os.userInfo();
  const mailUser = isRoot ? 'dovecot' : me.username;
  const loginUser = isRoot ? 'dovenull' : me.username;
  const mailDir = path.join(dir, 'mail');
  for (const d of ['run', 'state', 'mail']) fs.mkdirSync(path.join(dir, d));
  fs.chmodSync(dir, 0o755);
  if (isRoot) execFileSync('chown', [`${mailUser}:${mailUser}`, mailDir]);
  const uid = isRoot ? Number(execFileSync('id', ['-u', mailUser]).toString().trim()) : me.uid;
  const gid = isRoot ? Number(execFileSync('id', ['-g', mailUser]).toString().trim()) : me.gid;
  fs.writeFileSync(path.join(dir, 'users'), `${user}:{PLAIN}${password}::::::\n`, { mode: 0o644 });
  const conf = path.join(dir, 'dovecot.conf');
  fs.writeFileSync(
    conf,
    `protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = ${mailUser}
default_login_user = ${loginUser}
first_valid_uid = ${Math.min(uid, 500)}
first_valid_gid = ${Math.min(gid, 500)}
mail_location = maildir:${mailDir}/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=${uid} gid=${gid} home=${mailDir}/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
`,
  );
  // The daemon forks and keeps its stdio: give it a file, not a pipe spawnSync would wait on.
  const out = fs.openSync(path.join(dir, 'start.log'), 'w');
  const started = spawnSync(DOVECOT_BIN, ['-c', conf], { stdio: ['ignore', out, out], timeout: 15_000 });
  fs.closeSync(out);
  if (started.status !== 0) {
    throw new Error(`dovecot failed to start: ${fs.readFileSync(path.join(dir, 'start.log'), 'utf8')}${readLog(dir)}`);
  }
  // The daemon writes its pid file after the starting process has returned.
  const pidFile = path.join(dir, 'run', 'master.pid');
  const readPid = () => {
    const m = fs.existsSync(pidFile) ? /^(\d+)\s*$/.exec(fs.readFileSync(pidFile, 'utf8')) : null;
    return m && Number(m[1]) > 1 ? Number(m[1]) : null;
  };
  let pid = readPid();
  for (let i = 0; i < 100 && pid === null; i++) {
    await new Promise((r) => setTimeout(r, 100));
    pid = readPid();
  }
  if (pid === null) throw new Error(`dovecot wrote no pid file${readLog(dir)}`);
  try {
    await waitForPort(port, 10_000);
  } catch (err) {
    await kill(pid);
    throw new Error(`${(err as Error).message}${readLog(dir)}`);
  }
  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    async stop() {
      await kill(pid);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function readLog(dir: string): string {
  try {
    return `\n${fs.readFileSync(path.join(dir, 'dovecot.log'), 'utf8')}`;
  } catch {
    return '';
  }
}

/** SIGTERM to our own master process (it stops its children), then wait until it is gone. */
async function kill(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  for (let i = 0; i < 50; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
