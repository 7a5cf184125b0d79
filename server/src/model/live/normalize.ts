// A setting's value as CONFIG GET prints it, from the words a config file writes, so that a file
// and a running server can be compared: `2gb` → `2147483648`, `YES` → `yes`, `save 900 1` +
// `save 60 100` → `900 1 60 100`. Returns undefined when the file's value cannot be predicted.

import type { DirectiveInfo } from '../../knowledge/directives.js';
import { asciiLower, memtoull, string2d, strtollWhole, yesNo } from '../config/c-parsers.js';
import { words } from './quote.js';

function integer(text: string): string | undefined {
  const value = strtollWhole(text, 10);
  return value === undefined ? undefined : value.toString();
}

function memory(text: string): string | undefined {
  if (text.endsWith('%')) return text;
  const value = memtoull(text);
  return value === undefined ? undefined : value.toString();
}

/** Keyspace event flags as a set: `A` stands for `g$lshzxetd` (key-miss `m` and `n` are apart). */
function keyspaceEvents(text: string): string {
  const flags = new Set<string>();
  for (const ch of text) {
    if (ch === 'A') for (const c of 'g$lshzxetd') flags.add(c);
    else flags.add(ch);
  }
  return [...flags].sort().join('');
}

const CLIENT_CLASSES = ['normal', 'slave', 'pubsub'] as const;

function clientClass(name: string): (typeof CLIENT_CLASSES)[number] | undefined {
  const lower = asciiLower(name);
  if (lower === 'replica' || lower === 'slave') return 'slave';
  return lower === 'normal' || lower === 'pubsub' ? lower : undefined;
}

/** `client-output-buffer-limit`: every line changes its classes; the others keep their defaults. */
function clientOutputBufferLimit(lines: readonly (readonly string[])[], fallback: string): string | undefined {
  const limits = new Map<string, string[]>();
  const apply = (list: readonly string[]): boolean => {
    if (list.length % 4 !== 0) return false;
    for (let i = 0; i < list.length; i += 4) {
      const cls = clientClass(list[i]);
      const hard = memory(list[i + 1]);
      const soft = memory(list[i + 2]);
      const seconds = integer(list[i + 3]);
      if (!cls || hard === undefined || soft === undefined || seconds === undefined) return false;
      limits.set(cls, [hard, soft, seconds]);
    }
    return true;
  };
  if (!apply(words(fallback))) return undefined;
  for (const line of lines) if (!apply(line)) return undefined;
  return CLIENT_CLASSES.map((c) => `${c} ${(limits.get(c) ?? ['0', '0', '0']).join(' ')}`).join(' ');
}

function savePoints(lines: readonly (readonly string[])[]): string | undefined {
  // Each config file's first `save` line replaces the defaults; `save ""` clears them.
  const points: string[] = [];
  for (const line of lines) {
    if (line.length === 1 && line[0] === '') {
      points.length = 0;
      continue;
    }
    for (const word of line) {
      const n = integer(word);
      if (n === undefined) return undefined;
      points.push(n);
    }
  }
  return points.join(' ');
}

/**
 * The CONFIG GET form of a setting that `lines` set (each line's values, in load order; empty =
 * the file leaves it unset, so the default applies).
 */
export function normalizedValue(info: DirectiveInfo, lines: readonly (readonly string[])[]): string | undefined {
  const fallback = info.default;
  if (lines.length === 0) {
    if (fallback === null || fallback === undefined) return undefined;
    return normalizedValue(info, [info.flags.includes('MULTI_ARG') || info.type === 'special' ? (words(fallback).length > 0 ? words(fallback) : ['']) : [fallback]]);
  }
  const last = lines[lines.length - 1];
  const one = last.join(' ');
  switch (info.name) {
    case 'save':
      return savePoints(lines);
    case 'client-output-buffer-limit':
      return clientOutputBufferLimit(lines, fallback ?? '');
    case 'notify-keyspace-events':
      return keyspaceEvents(one);
    case 'latency-tracking-info-percentiles': {
      const values = last.map((w) => string2d(w));
      return values.every((v) => v !== undefined) ? values.map((v) => String(v)).join(' ') : undefined;
    }
    case 'oom-score-adj-values': {
      const values = last.map(integer);
      return values.every((v) => v !== undefined) ? values.join(' ') : undefined;
    }
    case 'bind':
    case 'replicaof':
    case 'slaveof':
      return last.filter((w) => w !== '').join(' ');
    default:
      break;
  }
  switch (info.type) {
    case 'bool': {
      const value = yesNo(one);
      return value === undefined ? undefined : value ? 'yes' : 'no';
    }
    case 'enum':
      return asciiLower(one);
    case 'multi-enum':
      return [...new Set(last.map((w) => asciiLower(w)))].sort().join(' ');
    case 'memory':
      return memory(one);
    case 'int':
    case 'uint':
    case 'long':
    case 'ulong':
    case 'longlong':
    case 'ulonglong':
      return info.acceptsMemoryUnits ? memory(one) : integer(one);
    case 'octal': {
      const value = strtollWhole(one, 8);
      return value === undefined ? undefined : value.toString(8);
    }
    default:
      return one;
  }
}

/** The CONFIG GET reply of a setting, in the same form (sets of flags sorted, and so on). */
export function normalizedLive(info: DirectiveInfo, value: string): string {
  switch (info.name) {
    case 'notify-keyspace-events':
      return keyspaceEvents(value);
    case 'latency-tracking-info-percentiles':
      return words(value).map((w) => String(string2d(w) ?? w)).join(' ');
    default:
      break;
  }
  if (info.type === 'multi-enum') return [...new Set(words(value).map((w) => asciiLower(w)))].sort().join(' ');
  return value;
}
