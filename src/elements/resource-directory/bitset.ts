/** The resource directory's sets of resource positions (facets.ts combines them). */
/** A set of resource positions `0 … size-1`, one bit each. */
export class Bitset {
  readonly words: Uint32Array;

  constructor(
    readonly size: number,
    words?: Uint32Array,
  ) {
    this.words = words ?? new Uint32Array((size + 31) >>> 5);
  }

  /** Every position `0 … size-1`. */
  static full(size: number): Bitset {
    const set = new Bitset(size);
    set.words.fill(0xffffffff);
    const tail = size & 31;
    if (tail !== 0) set.words[set.words.length - 1] = (1 << tail) - 1;
    return set;
  }

  add(position: number): void {
    this.words[position >>> 5]! |= 1 << (position & 31);
  }

  has(position: number): boolean {
    return (this.words[position >>> 5]! & (1 << (position & 31))) !== 0;
  }

  /** A new set: the positions in both. */
  and(other: Bitset): Bitset {
    const words = this.words.slice();
    for (let i = 0; i < words.length; i++) words[i]! &= other.words[i]!;
    return new Bitset(this.size, words);
  }

  /** Adds every position of `other` to this set. */
  orInPlace(other: Bitset): this {
    for (let i = 0; i < this.words.length; i++) this.words[i]! |= other.words[i]!;
    return this;
  }

  /** How many positions the set holds. */
  count(): number {
    let total = 0;
    for (const word of this.words) total += popcount(word);
    return total;
  }

  /** How many positions this set and `other` share, without building their intersection. */
  countAnd(other: Bitset): number {
    let total = 0;
    for (let i = 0; i < this.words.length; i++) total += popcount(this.words[i]! & other.words[i]!);
    return total;
  }
}

/** The number of bits set in a 32-bit word. */
function popcount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
