// The grammar layer also runs in browsers, so it is compiled without DOM or Node typings:
// declare the one standard API it uses.
interface Utf8Decoder {
  decode(input: Uint8Array): string;
}
declare const TextDecoder: new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => Utf8Decoder;

let decoder: Utf8Decoder | undefined;

/**
 * Decodes file bytes as UTF-8 the way the linter needs them: a leading byte-order mark is kept
 * (Redis treats it as part of the first token) and invalid bytes become U+FFFD. Never throws.
 */
export function decodeText(bytes: Uint8Array): string {
  decoder ??= new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  return decoder.decode(bytes);
}
