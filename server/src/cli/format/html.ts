// `--format html`: one self-contained page for reviewers. Inline CSS and script only, a
// Content-Security-Policy that forbids every fetch, no fonts or images from anywhere. Everything
// shown comes from the reports, whose source text is already masked (secrets as ****).

import type { Severity } from '../../linter/index.js';
import type { DriftEntry } from '../../model/live/index.js';
import { allRules, docsUrl } from '../rule-catalog.js';
import type { FixPreview, PermissionMatrix } from './html-data.js';
import { displayPath } from './positions.js';
import type { FileReport, FormatContext, ReportedFinding } from './types.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const CATEGORIES = ['correctness', 'security', 'reliability', 'deprecation', 'style'] as const;
const RISK_COLUMNS = new Set(['dangerous', 'admin', 'scripting']);

/** What the live-server path adds to a report (drift against a file). */
export interface HtmlDrift {
  readonly file: string;
  readonly entries: readonly DriftEntry[];
  readonly unchecked: readonly string[];
}

export type HtmlReport = FileReport & {
  readonly permissions?: PermissionMatrix;
  readonly notes?: readonly string[];
  readonly drift?: HtmlDrift;
  /** `remote`: the server's version and the user redis-lint logged in as. */
  readonly server?: { readonly version?: string; readonly user?: string };
};

type HtmlFinding = ReportedFinding & { readonly subject?: string; readonly fixPreview?: FixPreview };

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** A message, with its `code` spans set as code. */
function prose(text: string): string {
  return esc(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

/** Control characters as one visible dot each (as the text format does). */
function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '\u00b7');
}

const MAX_FRAME = 240;

function clip(text: string, max: number, fromEnd = false): string {
  if (text.length <= max) return text;
  return fromEnd ? `…${text.slice(-max)}` : `${text.slice(0, max)}…`;
}

const CSS = `
:root{--bg:#f6f7f9;--card:#fff;--ink:#1d2330;--dim:#5d6778;--line:#dde1e7;--err:#c62828;--err-bg:#fdecea;--warn:#a15c00;--warn-bg:#fff4e0;--info:#1565c0;--info-bg:#e8f1fc;--ok:#2e7d32;--ok-bg:#e8f5e9;--mark:#ffe08a;--add:#e6f4ea;--del:#fdecea;--mono:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header{background:#1d2330;color:#fff;padding:18px 28px}
header h1{margin:0;font-size:20px;font-weight:600}
header p{margin:4px 0 0;color:#c5cbd6}
main{max-width:1180px;margin:0 auto;padding:20px 28px 60px}
section.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin:0 0 18px}
h2{font-size:17px;margin:0 0 10px}
h3{font-size:15px;margin:18px 0 8px}
.totals{display:flex;gap:12px;flex-wrap:wrap;margin:0 0 14px}
.total{border-radius:8px;padding:10px 16px;min-width:120px}
.total b{display:block;font-size:24px;line-height:1.1}
.total.error{background:var(--err-bg);color:var(--err)}.total.warning{background:var(--warn-bg);color:var(--warn)}.total.info{background:var(--info-bg);color:var(--info)}.total.fatal{background:#3b0d0d;color:#fff}.total.clean{background:var(--ok-bg);color:var(--ok)}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{font-weight:600;color:var(--dim);font-size:12px;text-transform:uppercase;letter-spacing:.03em}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.refuse{background:#3b0d0d;color:#fff;border-radius:6px;padding:8px 12px;margin:8px 0}
.filters{display:flex;gap:14px;align-items:center;flex-wrap:wrap;margin:0 0 12px}
.filters input[type=search]{padding:5px 8px;border:1px solid var(--line);border-radius:6px;min-width:240px}
.finding{border:1px solid var(--line);border-left-width:4px;border-radius:6px;padding:10px 12px;margin:0 0 10px;background:#fff}
.finding.error{border-left-color:var(--err)}.finding.warning{border-left-color:var(--warn)}.finding.info{border-left-color:var(--info)}
.finding .head{display:flex;gap:8px;align-items:baseline;flex-wrap:wrap}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600}
.badge.error{background:var(--err-bg);color:var(--err)}.badge.warning{background:var(--warn-bg);color:var(--warn)}.badge.info{background:var(--info-bg);color:var(--info)}.badge.fatal{background:#3b0d0d;color:#fff}
.badge.cat{background:#eef0f4;color:var(--dim);font-weight:500}
.loc{font-family:var(--mono);font-size:12.5px;color:var(--dim)}
.rule{font-family:var(--mono);font-size:12.5px}
.rule a{color:inherit}
.msg{margin:6px 0}
.msg code{font-family:var(--mono);font-size:12.5px;background:#f0f1f4;border-radius:3px;padding:0 3px}
pre{margin:6px 0 0;font-family:var(--mono);font-size:12.5px;background:#f3f4f7;border-radius:5px;padding:6px 8px;overflow-x:auto;white-space:pre}
pre .g{color:#8a93a3;user-select:none;display:inline-block;min-width:3ch;text-align:right;margin-right:10px}
mark{background:var(--mark);border-radius:2px;padding:0 1px}
details.fix{margin-top:6px}
details.fix summary{cursor:pointer;color:var(--ok);font-weight:600}
.diff .del{background:var(--del);display:block}.diff .add{background:var(--add);display:block}
.matrix td,.matrix th{text-align:center}
.matrix td.user,.matrix th.user,.matrix td.scope,.matrix th.scope,.matrix td.risky,.matrix th.risky{text-align:left}
.matrix td.user{font-family:var(--mono);font-weight:600}
.cell{display:inline-block;min-width:74px;border-radius:5px;padding:2px 6px;font-size:12.5px}
.cell.all.risk{background:var(--err);color:#fff}.cell.some.risk{background:var(--warn-bg);color:var(--warn);border:1px solid #f0c98a}.cell.none.risk{background:var(--ok-bg);color:var(--ok)}
.cell.all{background:#dce6f5;color:#123a73}.cell.some{background:#eef3fa;color:#2f4f7f}.cell.none{color:#8a93a3}
tr.off td{opacity:.55}
.small{font-size:12px;color:var(--dim)}
.legend{display:flex;gap:14px;flex-wrap:wrap;margin-top:8px}
.empty{color:var(--ok);font-weight:600}
.drift td.val{font-family:var(--mono);font-size:12.5px;word-break:break-all}
.notes{margin:6px 0 10px;padding-left:18px;color:var(--dim)}
.hidden{display:none}
`;

const SCRIPT = `
(function(){
  var boxes=document.querySelectorAll('input[data-sev]');
  var search=document.getElementById('q');
  function apply(){
    var on={};boxes.forEach(function(b){on[b.getAttribute('data-sev')]=b.checked;});
    var q=(search&&search.value||'').toLowerCase();
    document.querySelectorAll('.finding').forEach(function(f){
      var show=on[f.getAttribute('data-severity')]!==false&&(q===''||f.textContent.toLowerCase().indexOf(q)!==-1);
      f.classList.toggle('hidden',!show);
    });
    document.querySelectorAll('[data-count-for]').forEach(function(el){
      var scope=document.getElementById(el.getAttribute('data-count-for'));
      if(!scope)return;
      var n=scope.querySelectorAll('.finding:not(.hidden)').length;
      el.textContent=n+' shown';
    });
  }
  boxes.forEach(function(b){b.addEventListener('change',apply);});
  if(search)search.addEventListener('input',apply);
  apply();
})();
`;

function count(reports: readonly HtmlReport[]) {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byCategory = new Map<string, Record<Severity, number>>();
  const byRule = new Map<string, number>();
  let fatal = 0;
  const category = categoryOf();
  for (const report of reports) {
    for (const f of report.findings) {
      bySeverity[f.severity]++;
      if (f.fatal) fatal++;
      const cat = category(f.ruleId);
      const row = byCategory.get(cat) ?? { error: 0, warning: 0, info: 0 };
      row[f.severity]++;
      byCategory.set(cat, row);
      byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    }
  }
  return { bySeverity, byCategory, byRule, fatal };
}

function categoryOf(): (ruleId: string) => string {
  const map = new Map(allRules().map((r) => [r.id, r.category]));
  return (id) => map.get(id) ?? 'correctness';
}

function summary(reports: readonly HtmlReport[], ctx: FormatContext): string {
  const { bySeverity, byCategory, byRule, fatal } = count(reports);
  const total = bySeverity.error + bySeverity.warning + bySeverity.info;
  const out: string[] = ['<section class="card" id="summary"><h2>Summary</h2><div class="totals">'];
  if (total === 0) out.push('<div class="total clean"><b>0</b>problems found</div>');
  if (fatal > 0) out.push(`<div class="total fatal"><b>${fatal}</b>fatal: Redis refuses to start</div>`);
  for (const s of SEVERITIES) out.push(`<div class="total ${s}"><b>${bySeverity[s]}</b>${s === 'info' ? 'info' : `${s}${bySeverity[s] === 1 ? '' : 's'}`}</div>`);
  out.push('</div>');
  for (const report of reports) {
    const v = report.verdict;
    if (!v.accepted && report.findings.some((f) => f.fatal)) {
      const where = v.file && v.line !== undefined ? ` at ${esc(displayPath(v.file, ctx.cwd))}:${v.line}` : '';
      out.push(`<div class="refuse">${esc(displayPath(report.path, ctx.cwd))}: ${esc(report.target)} would refuse to start${where}: ${esc(v.reason)}</div>`);
    }
  }
  if (total > 0) {
    out.push('<h3>By category</h3><table class="bycat"><thead><tr><th>Category</th>');
    for (const s of SEVERITIES) out.push(`<th class="num">${s}</th>`);
    out.push('<th class="num">total</th></tr></thead><tbody>');
    for (const cat of CATEGORIES) {
      const row = byCategory.get(cat);
      if (!row) continue;
      out.push(`<tr><td>${cat}</td>${SEVERITIES.map((s) => `<td class="num">${row[s] || ''}</td>`).join('')}<td class="num">${row.error + row.warning + row.info}</td></tr>`);
    }
    out.push('</tbody></table><h3>Most frequent rules</h3><table><tbody>');
    const top = [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 8);
    for (const [id, n] of top) out.push(`<tr><td class="rule">${ruleLink(id)}</td><td class="num">${n}</td></tr>`);
    out.push('</tbody></table>');
  }
  out.push('</section>');
  return out.join('');
}

function ruleLink(id: string): string {
  return `<a href="${esc(docsUrl(id))}" rel="noreferrer noopener">${esc(id)}</a>`;
}

function frame(f: HtmlFinding): string {
  if (!f.frame) return '';
  const gutter = f.subject ?? String(f.line);
  const before = clip(visible(f.frame.before), MAX_FRAME / 2, true);
  const marked = clip(visible(f.frame.marked), MAX_FRAME);
  const after = clip(visible(f.frame.after), MAX_FRAME / 2);
  return `<pre class="frame"><span class="g">${esc(f.subject ? '' : gutter)}</span>${esc(before)}<mark>${esc(marked)}</mark>${esc(after)}</pre>`;
}

function fix(preview: FixPreview | undefined): string {
  if (!preview) return '';
  const lines = [
    ...preview.before.map((l) => `<span class="del">- ${esc(visible(l))}</span>`),
    ...preview.after.map((l) => `<span class="add">+ ${esc(visible(l))}</span>`),
  ];
  return `<details class="fix" open><summary>Fix: ${esc(preview.title)}</summary><pre class="diff">${lines.join('')}</pre></details>`;
}

function findingHtml(report: HtmlReport, f: HtmlFinding, ctx: FormatContext, category: (id: string) => string): string {
  const place = f.subject
    ? `${esc(displayPath(f.file, ctx.cwd))} <b>${esc(f.subject)}</b>`
    : `${esc(displayPath(f.file, ctx.cwd))}:${f.line}:${f.column}`;
  const fatal = f.fatal ? '<span class="badge fatal">fatal</span>' : '';
  return `<article class="finding ${f.severity}" data-severity="${f.severity}" data-rule="${esc(f.ruleId)}">`
    + `<div class="head"><span class="badge ${f.severity}">${f.severity}</span>${fatal}<span class="loc">${place}</span>`
    + `<span class="rule">${ruleLink(f.ruleId)}</span><span class="badge cat">${esc(category(f.ruleId))}</span></div>`
    + `<p class="msg">${prose(f.message)}</p>${frame(f)}${fix(f.fixPreview)}</article>`;
}

function cellHtml(column: string, cell: PermissionMatrix['users'][number]['cells'][number], total: number): string {
  const risk = RISK_COLUMNS.has(column) ? ' risk' : '';
  const text = cell.level === 'all' ? `all ${total}` : cell.level === 'some' ? `${cell.allowed} of ${total}` : 'none';
  const title = cell.examples.length > 0 ? ` title="${esc(cell.examples.join(', '))}${cell.allowed > cell.examples.length ? ', …' : ''}"` : '';
  return `<td><span class="cell ${cell.level}${risk}"${title}>${text}</span></td>`;
}

function matrixHtml(matrix: PermissionMatrix): string {
  const out: string[] = ['<h3>Who may run what</h3><div style="overflow-x:auto"><table class="matrix"><thead><tr><th class="user">User</th><th class="scope">Login</th><th class="scope">Keys / channels</th>'];
  for (const c of matrix.columns) out.push(`<th title="${esc(c.description)}">${esc(c.label)}</th>`);
  out.push('<th class="risky">Commands a review names</th></tr></thead><tbody>');
  for (const u of matrix.users) {
    const login = !u.enabled
      ? '<span class="badge cat">off</span>'
      : u.login === 'nopass'
        ? '<span class="badge error">no password</span>'
        : u.login === 'password'
          ? '<span class="badge cat">password</span>'
          : '<span class="badge cat">cannot log in</span>';
    out.push(`<tr class="${u.enabled ? 'on' : 'off'}"><td class="user">${esc(u.name)}</td><td class="scope">${login}</td>`);
    out.push(`<td class="scope small">${esc(clip(u.keys, 80))}<br>${esc(clip(u.channels, 80))}${u.selectors > 0 ? `<br>+${u.selectors} selector${u.selectors === 1 ? '' : 's'}` : ''}</td>`);
    matrix.columns.forEach((c, i) => out.push(cellHtml(c.id, u.cells[i], c.total)));
    const risky = u.risky.length === 0 ? '<span class="small">none</span>' : esc(u.risky.slice(0, 5).join(', ') + (u.risky.length > 5 ? ` and ${u.risky.length - 5} more` : ''));
    out.push(`<td class="risky small">${risky}</td></tr>`);
  }
  out.push('</tbody></table></div><div class="legend small"><span><span class="cell all risk">all</span> every command of the category</span>'
    + '<span><span class="cell some risk">n of m</span> some (hover for which)</span><span><span class="cell none risk">none</span> none</span>'
    + '<span>Dangerous, Admin and Scripting are colored by risk; dimmed rows are users that are off.</span></div>');
  return out.join('');
}

function driftHtml(drift: HtmlDrift, ctx: FormatContext): string {
  const out: string[] = [`<h3>Differences from ${esc(displayPath(drift.file, ctx.cwd))}</h3>`];
  if (drift.entries.length === 0) out.push('<p class="empty">The server runs what the file says.</p>');
  else {
    out.push('<table class="drift"><thead><tr><th>Setting or user</th><th>In the file</th><th>On the server</th><th>Note</th></tr></thead><tbody>');
    for (const e of drift.entries) {
      if (e.kind === 'setting') {
        out.push(`<tr><td class="rule">${esc(e.name)}</td><td class="val">${esc(e.file)}${e.fileIsDefault ? ' <span class="small">(default)</span>' : ''}</td><td class="val">${esc(e.live)}</td><td class="small">${esc(e.note)}</td></tr>`);
      } else {
        out.push(`<tr><td class="rule">user ${esc(e.name)} <span class="badge cat">${e.change}</span></td><td class="val">${esc(e.file ?? '—')}</td><td class="val">${esc(e.live ?? '—')}</td><td class="small">${esc(e.details.join('; '))}</td></tr>`);
      }
    }
    out.push('</tbody></table>');
  }
  if (drift.unchecked.length > 0) out.push(`<ul class="notes">${drift.unchecked.map((u) => `<li>${esc(u)}</li>`).join('')}</ul>`);
  return out.join('');
}

function reportHtml(report: HtmlReport, index: number, ctx: FormatContext, category: (id: string) => string): string {
  const id = `r${index}`;
  const kind = report.server ? 'live server' : report.kind === 'acl' ? 'ACL file' : report.kind === 'sentinel' ? 'sentinel.conf' : 'redis.conf';
  const server = report.server
    ? ` · ${esc(report.server.version ?? report.target)}${report.server.user ? ` · audited as ${esc(report.server.user)}` : ''}`
    : ` · ${esc(report.target)}`;
  const out: string[] = [`<section class="card report" id="${id}"><h2>${esc(displayPath(report.path, ctx.cwd))}</h2>`];
  out.push(`<p class="small">${kind}${server} · ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'} (<span data-count-for="${id}"></span>)`
    + `${report.suppressed.length > 0 ? ` · ${report.suppressed.length} suppressed` : ''}</p>`);
  if (report.notes && report.notes.length > 0) out.push(`<ul class="notes">${report.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`);
  // The overview first (who may do what, what drifted), then each finding.
  if (report.permissions) out.push(matrixHtml(report.permissions));
  if (report.drift) out.push(driftHtml(report.drift, ctx));
  if (report.permissions || report.drift) out.push('<h3>Findings</h3>');
  if (report.findings.length === 0) out.push('<p class="empty">No findings.</p>');
  for (const f of report.findings) out.push(findingHtml(report, f as HtmlFinding, ctx, category));
  out.push('</section>');
  return out.join('');
}

export function formatHtml(reports: readonly HtmlReport[], ctx: FormatContext): string {
  const category = categoryOf();
  const targets = [...new Set(reports.map((r) => r.target))];
  const title = reports.length === 1 ? `redis-lint: ${displayPath(reports[0].path, ctx.cwd)}` : 'redis-lint report';
  const body = [
    `<header><h1>${esc(title)}</h1><p>${reports.length} input${reports.length === 1 ? '' : 's'} · ${esc(targets.join(', '))} · redis-lint ${esc(ctx.version)}</p></header><main>`,
    summary(reports, ctx),
    '<section class="card filters"><strong>Show</strong>',
    ...SEVERITIES.map((s) => `<label><input type="checkbox" data-sev="${s}" checked> ${s}</label>`),
    '<input type="search" id="q" placeholder="Filter by text, rule or setting" aria-label="Filter findings"></section>',
    ...reports.map((r, i) => reportHtml(r, i, ctx, category)),
    '<p class="small">Secrets (passwords, hashes, sensitive settings) are shown as ****. This page loads nothing from the network.</p></main>',
  ];
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
    '<meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title><style>${CSS}</style></head><body>`,
    ...body,
    `<script>${SCRIPT}</script></body></html>`,
    '',
  ].join('\n');
}
