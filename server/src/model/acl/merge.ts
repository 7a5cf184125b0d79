// `ACLMergeSelectorArguments`: a selector may be spread over several words, `(+get` `~k*)`,
// which Redis joins with single spaces before applying any rule.
import type { Span } from '../../../../grammar/src/index.js';
import type { AclDialect } from './dialect.js';

/** One word of a rule list, as the ACL file split or redis.conf's tokenizer gives it. */
export interface AclWordInput {
  readonly value: string;
  readonly span: Span;
}

/** A rule as Redis applies it: one word, or a selector joined from several. */
export interface MergedRule {
  readonly value: string;
  /** From the start of its first word to the end of its last. */
  readonly span: Span;
  /** Indexes of the words it was made of. */
  readonly words: readonly number[];
}

export type MergeResult =
  | { readonly ok: true; readonly rules: readonly MergedRule[] }
  | {
      readonly ok: false;
      /** The word whose `(` is never closed (the one Redis names). */
      readonly openIndex: number;
      /** Rules completed before the failure: an ACL file line crashes Redis when this is > 0. */
      readonly completed: number;
    };

const opensSelector = (w: string): boolean => w[0] === '(' && w[w.length - 1] !== ')';
// An empty word never closes a selector (Redis reads the byte before it, an sds header flag).
const closesSelector = (w: string): boolean => w.length > 0 && w[w.length - 1] === ')';

export function mergeSelectorWords(words: readonly AclWordInput[], dialect: AclDialect): MergeResult {
  const rules: MergedRule[] = [];
  let open: { start: number; parts: string[]; words: number[] } | undefined;
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    const restart = !open || dialect.nestedSelectorOpen === 'restart';
    if (restart && opensSelector(word.value)) {
      open = { start: index, parts: [word.value], words: [index] };
    } else if (open) {
      open.parts.push(word.value);
      open.words.push(index);
      if (closesSelector(word.value)) {
        const span = { start: words[open.start].span.start, end: word.span.end };
        rules.push({ value: open.parts.join(' '), span, words: open.words });
        open = undefined;
      }
    } else {
      rules.push({ value: word.value, span: word.span, words: [index] });
    }
  }
  if (open) return { ok: false, openIndex: open.start, completed: rules.length };
  return { ok: true, rules };
}
