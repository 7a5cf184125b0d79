// Neovim (headless) as an LSP client of the bundled server: diagnostics and hover reach the
// editor. Uses the Neovim 0.7 API (start_client + buf_attach_client), which later versions keep.
// Skipped with a message when nvim is missing, except under CI=true (then it must be there:
// apt-get install -y neovim).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serverBundle } from '../lsp/client.js';

const CI = process.env.CI === 'true';
const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const haveNvim = nvim.status === 0;

const SCRIPT = `
local out = function(s) io.stdout:write(s .. '\\n') end
local id = vim.lsp.start_client({
  name = 'redis-lint',
  cmd = { 'node', os.getenv('SERVER'), '--stdio' },
  root_dir = vim.fn.getcwd(),
  settings = { redisLint = { redisVersion = '7.4' } },
})
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = 'redisconf'
vim.lsp.buf_attach_client(buf, id)
if not vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50) then out('TIMEOUT'); vim.cmd('cquit 1') end
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
  out(string.format('diag %d:%d-%d:%d %s [%s] %s', d.lnum, d.col, d.end_lnum or -1, d.end_col or -1, code, d.source or '', d.message))
end
local r = vim.lsp.buf_request_sync(buf, 'textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 1, character = 11 } }, 10000)
for _, x in pairs(r or {}) do if x.result then out('hover ' .. x.result.contents.value:gsub('\\n', ' ')) end end
vim.lsp.stop_client(id)
vim.cmd('qall!')
`;

describe.skipIf(!haveNvim && !CI)('Neovim', () => {
  it(`shows the server's diagnostics and hover (${haveNvim ? nvim.stdout.split('\n')[0] : 'nvim missing'})`, () => {
    if (!haveNvim) throw new Error('CI=true but nvim is missing: apt-get install -y neovim');
    const dir = mkdtempSync(join(tmpdir(), 'redis-lint-nvim-'));
    try {
      writeFileSync(join(dir, 't.lua'), SCRIPT);
      writeFileSync(join(dir, 'redis.conf'), 'maxmemroy 100mb\nmaxmemory 1gb\n');
      const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-c', 'luafile t.lua', 'redis.conf'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, SERVER: serverBundle() },
      });
      const output = `${run.stdout}${run.stderr}`;
      expect(run.status, output).toBe(0);
      expect(output).toMatch(/diag 0:0-0:9 unknown-directive \[redis-lint\] Unknown directive `maxmemroy`/);
      expect(output).toContain('hover `1gb` = 1,073,741,824 bytes');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});

if (!haveNvim && !CI) {
  describe('Neovim', () => {
    it.skip('skipped: nvim is not installed (apt-get install -y neovim)', () => {});
  });
}
