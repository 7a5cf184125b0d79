// Reads a redis.conf / sentinel.conf the way Redis's loader does (loadServerConfigFromString
// and the startup steps after it), but records every problem instead of stopping at the first.

import { LineIndex, parseConf, splitArgs, WORK } from '../../../../grammar/src/index.js';
import type { ConfArg, ConfDirective, Span } from '../../../../grammar/src/index.js';
import type { FileAccess } from '../files/access.js';
import { dirname, hasGlobChars, resolve } from '../files/paths.js';
import type { Problem } from '../problems.js';
import { asciiLower } from './c-parsers.js';
import { EffectiveConfig, type SettingRecord, type SourceFile } from './effective.js';
import type { DirectiveCatalog } from './facts.js';
import { setDirective } from './setters.js';
import { checkSentinelLines } from './sentinel.js';
import { checkStartup } from './startup.js';
import { UserDeclarations } from './users.js';
import type { TemplateTracker } from '../template/tracker.js';

export interface LoadInput {
  readonly text: string;
  /** Absolute path of the file (or a display name such as `<stdin>`). */
  readonly file: string;
  readonly kind: 'conf' | 'sentinel';
  readonly catalog: DirectiveCatalog;
  readonly files: FileAccess;
  /** A complete file tree (a container image): absolute paths resolve under it, and what is missing is fatal. */
  readonly root?: string;
  readonly aclContext: import('../acl/index.js').AclContext;
  /** Template placeholders: lines holding one are read with their value unknown (template/tracker.ts). */
  readonly templates?: TemplateTracker;
  /**
   * Command-line options (`--port 6380`) as redis-server's main() turns them into config text:
   * read after the file as part of the same text, so they win (model/embedded/command-line.ts).
   */
  readonly commandLine?: { readonly file: string; readonly text: string };
}

export interface LoadResult {
  readonly config: EffectiveConfig;
  readonly problems: readonly Problem[];
}

interface Frame {
  readonly source: SourceFile;
  index: number;
  /** Real paths of the files being read, innermost group last (include-cycle detection). */
  readonly chain: ChainNode;
  /** More matches of the same include glob follow: Redis reads them as one text. */
  readonly groupContinues?: boolean;
}

/**
 * One link of the include chain: the real paths of a group of files read as one text (a file, or
 * the matches of one include glob) and the chain that included them. Shared by sibling frames, so
 * a chain of 10,000 includes costs 10,000 links, not 10,000 copies of a growing list.
 */
interface ChainNode {
  readonly reals: readonly string[];
  readonly parent: ChainNode | undefined;
  readonly depth: number;
}

function chainNode(reals: readonly string[], parent?: ChainNode): ChainNode {
  return { reals, parent, depth: parent ? parent.depth + 1 : 0 };
}

const BAD_DIRECTIVE = 'Bad directive or wrong number of arguments';


export function loadConfig(input: LoadInput): LoadResult {
  const loader = new Loader(input);
  loader.run();
  return { config: loader.config, problems: loader.problems };
}

class Loader {
  readonly config: EffectiveConfig;
  readonly problems: Problem[] = [];
  private readonly users: UserDeclarations;
  private readonly commands: Set<string>;
  /** Redis's `reading_config_file`: cleared when an included file finishes (the save bug). */
  private readingConfigFile = true;
  private saveLoaded = false;
  /** 6.x: the texts whose first `save` line has been read. */
  private readonly saveLoadedIn = new Set<string>();
  /** Working directory as far as the file tells (`dir` lines), for relative paths. */
  private cwd: string;
  /** The real paths of `activeChain`, counted: what a cycle check looks up. */
  private readonly activeReals = new Map<string, number>();
  private activeChain: ChainNode | undefined;
  /** Lower-cased names of every earlier rename-command line (for the "already renamed" message). */
  private readonly renamedFrom = new Set<string>();

  constructor(private readonly input: LoadInput) {
    this.config = new EffectiveConfig(input.file, input.kind);
    this.users = new UserDeclarations(input.aclContext, input.catalog.rules.loader === 6);
    this.commands = new Set(input.catalog.commandNames());
    this.cwd = dirname(input.file);
  }

  run(): void {
    const main = this.addSource(this.input.file, this.input.text);
    const stack: Frame[] = [];
    // Redis appends the options to the file's text after a newline: one text, read last.
    const commandLine = this.input.commandLine;
    if (commandLine) stack.push({ source: this.addSource(commandLine.file, commandLine.text), index: 0, chain: chainNode([commandLine.file]) });
    stack.push({ source: main, index: 0, chain: chainNode([this.realpath(this.input.file)]), ...(commandLine ? { groupContinues: true } : {}) });
    // An explicit stack instead of recursion: 10,000 chained includes must not overflow ours.
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const lines = frame.source.doc.lines;
      if (frame.index >= lines.length) {
        stack.pop();
        if (stack.length > 0 && !frame.groupContinues) this.readingConfigFile = false;
        continue;
      }
      const line = lines[frame.index++];
      WORK.directives++;
      if (line.kind === 'comment') continue;
      if (line.kind === 'invalid') {
        this.templateInfo(frame.source, line.line);
        const afterQuote = line.problem.code === 'text-after-quote';
        this.fatal(frame.source.path, line.problem.span, 'unbalanced-quotes', 'Unbalanced quotes in configuration line',
          afterQuote
            ? 'A closing quote must be followed by a space or the end of the line; Redis rejects this line.'
            : 'This quote is never closed on its line; Redis rejects the line. Close it, or escape it (\\" inside double quotes).');
        continue;
      }
      const included = this.directive(frame, line);
      if (included && included.length > 0) {
        this.readingConfigFile = true;
        // The first match must be read first: push in reverse.
        for (let i = included.length - 1; i >= 0; i--) stack.push(included[i]);
      }
    }
    this.afterLoad();
    this.config.workingDirectory = this.cwd;
    const templates = this.input.templates;
    if (this.input.kind === 'sentinel') checkSentinelLines(templates ? templates.sentinelView(this.config) : this.config, this.problems, this.input.catalog);
    checkStartup(this.input, this.config, this.users, this.problems);
    templates?.filter(this.problems);
  }

  private addSource(path: string, text: string, includedFrom?: SourceFile['includedFrom']): SourceFile {
    const source: SourceFile = {
      path, text, doc: this.input.templates ? this.input.templates.parse(path, text) : parseConf(text), lines: new LineIndex(text),
      ...(includedFrom ? { includedFrom } : {}),
    };
    this.config.files.set(path, source);
    for (const problem of source.doc.problems) {
      if (problem.code === 'nul-dropped') {
        this.problems.push({
          code: 'nul-byte', file: path, span: problem.span, fatal: false, phase: 'none',
          message: 'Redis stops reading a line at a NUL byte and silently drops the rest of that chunk; remove the NUL bytes (is this a binary or UTF-16 file?).',
        });
      }
    }
    return source;
  }

  /** The info for a line with a template placeholder (once per line), and how to read the line. */
  private templateInfo(source: SourceFile, line: number): 'block' | 'name' | 'value' | undefined {
    const templates = this.input.templates;
    const template = templates?.line(source.path, line);
    if (!templates || !template) return undefined;
    const info = templates.info(source.path, line, source.doc);
    if (info) this.problems.push(info);
    return template.kind;
  }

  private realpath(path: string): string {
    return this.input.files.realpath?.(path) ?? path;
  }

  private fatal(file: string, span: Span, code: string, redisMessage: string, message: string, extra: Partial<Problem> = {}): void {
    this.problems.push({ code, file, span, message, redisMessage, fatal: true, phase: 'load', ...extra });
  }

  /** Handles one directive line; returns frames when it includes files to read next. */
  private directive(frame: Frame, line: ConfDirective): Frame[] | undefined {
    const file = frame.source.path;
    const template = this.templateInfo(frame.source, line.line);
    if (template && template !== 'value') return undefined;
    const { key, args } = line;
    const argc = args.length + 1;
    const entry = this.input.catalog.lookup(key);
    if (entry) {
      this.tableDirective(file, line, entry.facts, entry.viaAlias);
      return undefined;
    }
    if (this.input.catalog.isDeprecatedIgnored(key)) {
      if (argc === 2) {
        this.problems.push({
          code: 'deprecated-directive', file, span: line.name.span, fatal: false, phase: 'none',
          message: `${key} is obsolete: Redis accepts and ignores it. Remove the line (the listpack equivalent, if any, is what takes effect).`,
        });
        return undefined;
      }
      this.fatal(file, line.span, 'wrong-argument-count', BAD_DIRECTIVE, `${key} takes exactly one value (Redis then ignores it); this line has ${args.length}.`);
      return undefined;
    }
    switch (key) {
      case 'include':
        if (argc === 2) return this.include(frame, line);
        break;
      case 'rename-command':
        if (argc === 3) {
          this.renameCommand(file, line);
          return undefined;
        }
        break;
      case 'user':
        if (argc >= 2) {
          this.config.users.push({ file, directive: line, args, username: args[0].value });
          this.users.declare(file, line, this.problems);
          return undefined;
        }
        break;
      case 'loadmodule':
        if (argc >= 2) {
          this.config.modules.push({ file, directive: line, args });
          return undefined;
        }
        break;
    }
    if (key.includes('.') && this.input.catalog.rules.loader === 7) {
      if (argc < 2) {
        this.fatal(file, line.span, 'wrong-argument-count', 'Module config specified without value',
          `Module setting ${line.name.value} has no value; write \`${line.name.value} <value>\`.`);
      } else {
        this.config.moduleConfigs.push({ file, directive: line, args });
      }
      return undefined;
    }
    if (key === 'sentinel') {
      if (argc === 1) return undefined;
      if (this.input.kind !== 'sentinel') {
        this.fatal(file, line.span, 'sentinel-directive-outside-sentinel', 'sentinel directive while not in sentinel mode',
          'sentinel lines work only when Redis runs as Sentinel (redis-sentinel, or redis-server --sentinel); lint this file as a sentinel config (--kind sentinel) or remove the line.');
      } else {
        this.config.sentinel.push({ file, directive: line, args });
      }
      return undefined;
    }
    this.unknownOrMiscounted(file, line, key);
    return undefined;
  }

  private unknownOrMiscounted(file: string, line: ConfDirective, key: string): void {
    const expected: Record<string, string> = {
      include: 'include takes exactly one path',
      'rename-command': 'rename-command takes exactly two names: <command> <new-name> ("" disables the command)',
      user: 'user takes a name followed by ACL rules',
      loadmodule: 'loadmodule takes a path followed by optional module arguments',
    };
    if (expected[key]) {
      this.fatal(file, line.span, 'wrong-argument-count', BAD_DIRECTIVE, `${expected[key]}.`);
      return;
    }
    const bom = line.name.value.startsWith('\uFEFF');
    if (bom) {
      this.fatal(file, line.name.span, 'unknown-directive', BAD_DIRECTIVE,
        'The file starts with a UTF-8 byte-order mark, which Redis reads as part of the first directive name; save the file without a BOM.');
      return;
    }
    const suggestion = this.input.catalog.suggest(key);
    const hint = suggestion ? ` Did you mean \`${suggestion}\`?` : '';
    if (this.input.catalog.newerThanData) {
      this.problems.push({
        code: 'unknown-directive', file, span: line.name.span, fatal: false, phase: 'none',
        message: `Unknown directive \`${line.name.value}\` as far as redis-lint's data goes; the target is newer than that data, so it may be valid there.${hint}`,
      });
      return;
    }
    const trailing = line.args.findIndex((a) => a.value.startsWith('#') && !a.quoted);
    const note = trailing >= 0 ? ' (Redis has no trailing comments: a `#` after a directive is an argument.)' : '';
    this.fatal(file, line.name.span, 'unknown-directive', BAD_DIRECTIVE, `Unknown directive \`${line.name.value}\`: Redis refuses to start.${hint}${note}`);
  }

  private tableDirective(file: string, line: ConfDirective, facts: SettingRecord['facts'], viaAlias: boolean): void {
    const args = line.args;
    if (this.input.templates?.line(file, line.line)) {
      // A value from a placeholder is unknown: kept as written (rules see the setting), not checked.
      const record: SettingRecord = { name: facts.name, facts, file, directive: line, values: args.map((a) => a.value), valueSpans: args.map((a) => a.span), viaAlias };
      if (facts.name === 'save') this.save(record);
      this.config.add(record);
      return;
    }
    const { min, max, error } = facts.args;
    if (args.length < min || (max !== undefined && args.length > max)) {
      const trailing = args.findIndex((a, i) => i > 0 && a.value.startsWith('#') && !a.quoted);
      const span = args.length > 1 ? { start: args[1].span.start, end: args[args.length - 1].span.end } : line.span;
      const why = trailing >= 0
        ? ' Redis has no trailing comments: move the `#` comment to its own line.'
        : args.length < min ? ' Add the value.' : ' Quote a value that contains spaces.';
      const count = max === 1 ? 'exactly one value' : max === min ? `exactly ${min} values` : `at least ${min} value${min === 1 ? '' : 's'}`;
      this.fatal(file, span, 'wrong-argument-count', error, `${facts.name} takes ${count}; this line has ${args.length}.${why}`);
      return;
    }
    let values = args.map((a) => a.value);
    let valueSpans = args.map((a) => a.span);
    if (facts.multiArg && args.length === 1 && args[0].value !== '') {
      const split = splitArgs(args[0].value);
      values = 'args' in split ? split.args.map((a) => a.value) : [];
      valueSpans = values.map(() => args[0].span);
    }
    const result = setDirective(facts, values, this.input.catalog.rules);
    if (!result.ok) {
      const span = result.argIndex !== undefined && valueSpans[result.argIndex] ? valueSpans[result.argIndex] : args.length > 0 ? { start: args[0].span.start, end: args[args.length - 1].span.end } : line.span;
      const code = result.redisMessage === 'wrong number of arguments' ? 'wrong-argument-count' : 'invalid-value';
      if (result.buildDependent) {
        this.problems.push({ code: 'build-dependent-setting', file, span, fatal: false, phase: 'none', message: result.message });
      } else {
        this.fatal(file, span, code, result.redisMessage, result.message);
        return;
      }
    }
    const record: SettingRecord = { name: facts.name, facts, file, directive: line, values, valueSpans, viaAlias };
    if (facts.name === 'save') this.save(record);
    if (facts.name === 'dir') this.dir(record);
    // 6.x opens the log file at its line; 7.0+ after the whole text is read.
    if (facts.name === 'logfile' && this.input.catalog.rules.loader === 6) this.checkLogfile(record);
    this.config.add(record);
  }

  private save(record: SettingRecord): void {
    if (this.input.catalog.rules.loader === 6) {
      this.save6(record);
      return;
    }
    const pairs = record.values.length === 1 && record.values[0] === '' ? [] : record.values;
    const previous = this.config.savePoints;
    if (!this.readingConfigFile) {
      if (previous && previous.length > 0 && pairs.length > 0) {
        const earlier = previous[previous.length - 1].record;
        this.problems.push({
          code: 'save-after-include', file: record.file, span: record.directive.span, fatal: false, phase: 'none',
          message: 'After an `include`, each `save` line replaces the earlier save points instead of adding to them (a Redis bug), so only the last such line takes effect. Put all save points on one line: `save 3600 1 300 100`.',
          related: { file: earlier.file, span: earlier.directive.span, message: 'save points dropped by the later line' },
        });
      }
      this.config.savePoints = [];
    } else if (!this.saveLoaded) {
      this.saveLoaded = true;
      this.config.savePoints = [];
    }
    const points = this.config.savePoints ?? [];
    for (let i = 0; i + 1 < pairs.length; i += 2) points.push({ seconds: pairs[i], changes: pairs[i + 1], record });
    this.config.savePoints = points;
  }

  /**
   * 6.x: each text (the file, each included file) clears the save points at its first `save`
   * line; a line adds one `<seconds> <changes>` pair, `""` clears, any other count is ignored.
   */
  private save6(record: SettingRecord): void {
    // Command-line options are part of the main file's text.
    const text = record.file === this.input.commandLine?.file ? this.input.file : record.file;
    if (!this.saveLoadedIn.has(text)) {
      this.saveLoadedIn.add(text);
      this.config.savePoints = [];
    }
    const points = this.config.savePoints ?? [];
    if (record.values.length === 2) points.push({ seconds: record.values[0], changes: record.values[1], record });
    this.config.savePoints = record.values.length === 1 && record.values[0] === '' ? [] : points;
  }

  private dir(record: SettingRecord): void {
    const path = record.values[0];
    const resolved = resolve(this.cwd, path);
    const lookup = this.input.root ? resolve(this.input.root, resolved.slice(1)) : resolved;
    // 6.x logs the chdir failure and exits, without the FATAL block and its line number.
    const v6 = this.input.catalog.rules.loader === 6;
    const chdirError = (error: string) => (v6 ? `Can't chdir to '${path}': ${error}` : error);
    if (path === '') {
      this.fatal(record.file, record.directive.args[0].span, 'invalid-value', chdirError('No such file or directory'),
        'dir cannot be empty: Redis changes to this directory at startup and an empty path always fails.', v6 ? { lineless: true } : {});
      return;
    }
    const found = this.input.files.stat(lookup);
    if (found !== 'directory') {
      this.pathProblem(record.file, record.directive.args[0].span, 'path-not-found', found === 'file'
        ? `dir ${path} is a file, not a directory; Redis refuses to start ("Not a directory").`
        : `dir ${path} does not exist here; Redis refuses to start if it is missing on the server ("No such file or directory").`,
        chdirError(found === 'file' ? 'Not a directory' : 'No such file or directory'), 'load', v6);
    }
    this.cwd = resolved;
  }

  /** A problem that depends on the machine: fatal only when `--root` describes the server's files. */
  pathProblem(file: string, span: Span, code: string, message: string, redisMessage: string, phase: 'load' | 'startup' = 'load', lineless = false): void {
    const fatal = this.input.root !== undefined;
    this.problems.push({
      code, file, span, message, fatal, phase: fatal ? phase : 'none', redisMessage, pathDependent: true,
      ...(lineless ? { lineless: true } : {}),
    });
  }

  private renameCommand(file: string, line: ConfDirective): void {
    const [from, to] = line.args;
    this.config.renames.push({ file, directive: line, args: line.args });
    const name = asciiLower(from.value);
    // Any earlier rename-command line of the same name (as Redis would have consumed it).
    const renamed = this.renamedFrom.has(name);
    this.renamedFrom.add(name);
    if (!this.commands.has(name)) {
      this.fatal(file, from.span, 'rename-command-invalid', 'No such command in rename-command', renamed
        ? `${from.value} was already renamed by an earlier rename-command line, so the name no longer exists.`
        : `rename-command: ${from.value} is not a command of this Redis version.`);
      return;
    }
    this.commands.delete(name);
    if (to.value === '') return;
    const target = asciiLower(to.value);
    if (this.commands.has(target)) {
      this.fatal(file, to.span, 'rename-command-invalid', 'Target command name already exists',
        `rename-command: ${to.value} is already the name of a command; choose a name no command has.`);
      return;
    }
    this.commands.add(target);
  }

  /**
   * Makes `activeReals` hold the real paths of `node`'s chain: walks from the current chain to
   * the common ancestor and down to `node`. Frames are read in stack order, so each link is
   * entered and left once: linear in the number of included files, whatever the depth.
   */
  private enterChain(node: ChainNode): void {
    let from = this.activeChain;
    let to: ChainNode | undefined = node;
    const entering: ChainNode[] = [];
    while (from !== to) {
      WORK.includeSteps++;
      if (from && (!to || from.depth >= to.depth)) {
        for (const real of from.reals) {
          const count = this.activeReals.get(real) ?? 0;
          if (count <= 1) this.activeReals.delete(real);
          else this.activeReals.set(real, count - 1);
        }
        from = from.parent;
      } else if (to) {
        entering.push(to);
        to = to.parent;
      }
    }
    for (let i = entering.length - 1; i >= 0; i--) for (const real of entering[i].reals) this.activeReals.set(real, (this.activeReals.get(real) ?? 0) + 1);
    this.activeChain = node;
  }

  private include(frame: Frame, line: ConfDirective): Frame[] | undefined {
    const file = frame.source.path;
    const written = line.args[0].value;
    if (written === '') {
      this.fatal(file, line.args[0].span, 'include-not-found', "Fatal error, can't open config file '': No such file or directory",
        'include needs a path: an empty one can never be opened, so Redis refuses to start.', { lineless: true });
      return undefined;
    }
    // Redis resolves against its working directory; without --root we look next to the file.
    const base = this.input.root ? this.cwd : dirname(file);
    const absolute = resolve(base, written);
    const onDisk = this.input.root ? resolve(this.input.root, absolute.slice(1)) : absolute;
    const record = { file, directive: line, args: line.args, resolved: [] as string[] };
    this.config.includes.push(record);
    let targets: readonly string[];
    if (this.input.catalog.includeGlobs && hasGlobChars(written)) {
      targets = this.input.files.glob(onDisk);
      if (targets.length === 0) return undefined;
    } else {
      targets = [onDisk];
    }
    // Redis concatenates the matches of a glob and reads them as one text; each match is a
    // source of its own here so that findings point into the real file.
    const frames: Frame[] = [];
    const chain = chainNode(targets.map((t) => this.realpath(t)), frame.chain);
    this.enterChain(frame.chain);
    for (const [index, target] of targets.entries()) {
      const real = chain.reals[index];
      WORK.includeSteps++;
      if (this.activeReals.has(real)) {
        this.fatal(file, line.args[0].span, 'include-cycle', 'include loop (Redis crashes with a stack overflow)',
          `This include reads ${written} again while it is already being read: Redis has no loop protection and crashes with a stack overflow. Remove the cycle.`);
        return undefined;
      }
      const read = this.input.files.read(target);
      if ('error' in read) {
        this.pathProblem(file, line.args[0].span, 'include-not-found',
          `include ${written}: ${read.error.toLowerCase()} here; Redis refuses to start if it cannot read it on the server ("Fatal error, can't open config file").`,
          `Fatal error, can't open config file '${written}': ${read.error}`, 'load', true);
        return undefined;
      }
      record.resolved.push(target);
      const source = this.addSource(target, read.text, { file, span: line.args[0].span });
      frames.push({ source, index: 0, chain, groupContinues: true });
    }
    if (frames.length > 0) frames[frames.length - 1] = { ...frames[frames.length - 1], groupContinues: false };
    return frames;
  }

  /** Redis opens the log file to test it: 6.x at its line, 7.0+ after loading (no line number). */
  private checkLogfile(logfile: SettingRecord): void {
    const written = logfile.values[0];
    if (written === '') return;
    const lineless = this.input.catalog.rules.loader === 7;
    if (written === '.' || written === '..' || written.endsWith('/')) {
      this.problems.push({
        code: 'invalid-value', file: logfile.file, span: logfile.directive.args[0].span, fatal: true, phase: 'load', lineless,
        redisMessage: "Can't open the log file: Is a directory",
        message: `logfile ${written} names a directory; Redis refuses to start because it cannot open it as a file. Give a file path, or "" to log to standard output.`,
      });
    }
    const path = resolve(this.cwd, written);
    const onDisk = this.input.root ? resolve(this.input.root, path.slice(1)) : path;
    if (this.input.files.stat(dirname(onDisk)) !== 'directory') {
      this.pathProblem(logfile.file, logfile.directive.args[0].span, 'path-not-found',
        `logfile ${written}: its directory does not exist here; Redis refuses to start if it cannot open the log file on the server.`,
        "Can't open the log file: No such file or directory", 'load', lineless);
    }
  }

  private afterLoad(): void {
    const logfile = this.config.effective('logfile');
    if (logfile && this.input.catalog.rules.loader === 7) this.checkLogfile(logfile);
    for (const module of this.config.modules) {
      const path = module.args[0].value;
      const absolute = resolve(this.cwd, path);
      const onDisk = this.input.root ? resolve(this.input.root, absolute.slice(1)) : absolute;
      if (this.input.files.stat(onDisk) !== 'file') {
        this.pathProblem(module.file, module.args[0].span, 'path-not-found',
          `loadmodule ${path}: no such file here; Redis aborts at startup if the module cannot be loaded on the server.`,
          `Can't load module from ${path}: server aborting`, 'startup', true);
      }
    }
    const cluster = this.config.effective('cluster-enabled');
    const replicaof = this.config.effective('replicaof');
    if (cluster && asciiLower(cluster.values[0]) === 'yes' && replicaof && asciiLower(replicaof.values[0]) !== 'no') {
      // 6.x names the last replicaof line; 7.0+ no line.
      this.problems.push({
        code: 'replicaof-in-cluster-mode', file: replicaof.file, span: replicaof.directive.span, fatal: true, phase: 'load', lineless: this.input.catalog.rules.loader === 7,
        redisMessage: 'replicaof directive not allowed in cluster mode',
        message: 'replicaof is not allowed with cluster-enabled yes: in a cluster, replicas are assigned with CLUSTER REPLICATE. Remove the replicaof line.',
        related: { file: cluster.file, span: cluster.directive.span, message: 'cluster mode is enabled here' },
      });
    }
  }
}

export type { ConfArg };
