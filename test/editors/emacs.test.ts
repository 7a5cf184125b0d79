// Emacs (batch) with eglot as an LSP client of the bundled server: diagnostics reach the editor.
// Emacs 28 needs eglot from ELPA (Debian: elpa-eglot); 29+ has it built in. Skipped with a
// message when emacs or eglot is missing, except under CI=true (then: apt-get install -y
// emacs-nox elpa-eglot).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serverBundle } from '../lsp/client.js';

const CI = process.env.CI === 'true';
const emacs = spawnSync('emacs', ['--batch', '--eval', "(progn (require 'package) (package-initialize) (princ (if (require 'eglot nil t) \"eglot\" \"no-eglot\")))"], {
  encoding: 'utf8',
  timeout: 30_000,
});
const haveEmacs = emacs.status === 0 && emacs.stdout.includes('eglot') && !emacs.stdout.includes('no-eglot');

const SCRIPT = `
(require 'package) (package-initialize) (require 'eglot)
(define-derived-mode redis-conf-mode prog-mode "Redis")
(add-to-list 'eglot-server-programs \`(redis-conf-mode . ("node" ,(getenv "SERVER") "--stdio")))
(defvar diags nil)
(advice-add 'eglot-handle-notification :before
  (lambda (_s method &rest args)
    (when (eq method 'textDocument/publishDiagnostics) (setq diags (plist-get args :diagnostics)))))
(find-file "redis.conf") (redis-conf-mode) (apply #'eglot (eglot--guess-contact))
(let ((n 0)) (while (and (null diags) (< n 300)) (accept-process-output nil 0.1) (setq n (1+ n))))
(unless diags (princ "TIMEOUT\\n") (kill-emacs 1))
(seq-doseq (d diags)
  (let* ((r (plist-get d :range)) (s (plist-get r :start)) (e (plist-get r :end)))
    (princ (format "diag %d:%d-%d:%d %s %s\\n" (plist-get s :line) (plist-get s :character)
                   (plist-get e :line) (plist-get e :character) (plist-get d :code) (plist-get d :message)))))
(eglot-shutdown (eglot-current-server)) (kill-emacs 0)
`;

describe.skipIf(!haveEmacs && !CI)('Emacs eglot', () => {
  it("shows the server's diagnostics", () => {
    if (!haveEmacs) throw new Error('CI=true but emacs with eglot is missing: apt-get install -y emacs-nox elpa-eglot');
    const dir = mkdtempSync(join(tmpdir(), 'redis-lint-emacs-'));
    try {
      writeFileSync(join(dir, 't.el'), SCRIPT);
      writeFileSync(join(dir, 'redis.conf'), 'maxmemroy 100mb\nport 6379\n');
      const run = spawnSync('emacs', ['--batch', '-l', 't.el'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 90_000,
        env: { ...process.env, SERVER: serverBundle() },
      });
      const output = `${run.stdout}${run.stderr}`;
      expect(run.status, output).toBe(0);
      expect(run.stdout).toMatch(/diag 0:0-0:9 unknown-directive Unknown directive `maxmemroy`/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

if (!haveEmacs && !CI) {
  describe('Emacs eglot', () => {
    it.skip('skipped: emacs with eglot is not installed (apt-get install -y emacs-nox elpa-eglot)', () => {});
  });
}
