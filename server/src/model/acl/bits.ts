// The command permission bitmap. Plain arrays of 32-bit words rather than typed arrays: an ACL
// file has thousands of selectors, and many small ArrayBuffers make V8's GC dominate loading.

export class CommandBits {
  private constructor(
    private readonly words: number[],
    readonly size: number,
  ) {}

  static empty(size: number): CommandBits {
    return new CommandBits(new Array<number>(Math.ceil(size / 32)).fill(0), size);
  }

  get(id: number): 0 | 1 {
    return ((this.words[id >>> 5] >>> (id & 31)) & 1) as 0 | 1;
  }

  set(id: number, value: boolean | 0 | 1): void {
    if (value) this.words[id >>> 5] |= 1 << (id & 31);
    else this.words[id >>> 5] &= ~(1 << (id & 31));
  }

  fill(value: boolean): void {
    this.words.fill(value ? -1 : 0);
  }

  clone(): CommandBits {
    return new CommandBits([...this.words], this.size);
  }

  /** Whether any command is allowed. */
  any(): boolean {
    const full = this.size >>> 5;
    for (let i = 0; i < full; i++) if (this.words[i] !== 0) return true;
    const rest = this.size & 31;
    return rest !== 0 && (this.words[full] & ((1 << rest) - 1)) !== 0;
  }

  /** Whether any command of `mask` (words as `maskOf` makes them) is allowed. */
  intersects(mask: readonly number[]): boolean {
    for (let i = 0; i < mask.length; i++) if (this.words[i] & mask[i]) return true;
    return false;
  }

  /** A mask of the given command ids, for `intersects`. */
  static maskOf(size: number, ids: Iterable<number>): number[] {
    const mask = new Array<number>(Math.ceil(size / 32)).fill(0);
    for (const id of ids) mask[id >>> 5] |= 1 << (id & 31);
    return mask;
  }

  /** Whether every one of the `size` commands is allowed. */
  all(): boolean {
    const full = this.size >>> 5;
    for (let i = 0; i < full; i++) if (this.words[i] !== -1) return false;
    const rest = this.size & 31;
    return rest === 0 || (this.words[full] & ((1 << rest) - 1)) === (1 << rest) - 1;
  }
}
