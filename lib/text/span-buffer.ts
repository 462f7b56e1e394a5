// Start/end offset pairs collected into typed arrays that double as they fill: the tokeniser and
// the word counter record a million of them on a 5 MB page, which plain arrays of numbers (and
// the copies into typed arrays after) made slow and heavy for the garbage collector.
export class SpanBuffer {
  private s: Int32Array;
  private e: Int32Array;
  length = 0;

  constructor(capacity = 16) {
    this.s = new Int32Array(Math.max(16, capacity));
    this.e = new Int32Array(this.s.length);
  }

  push(start: number, end: number): void {
    if (this.length === this.s.length) {
      const s2 = new Int32Array(this.length * 2);
      const e2 = new Int32Array(this.length * 2);
      s2.set(this.s);
      e2.set(this.e);
      this.s = s2;
      this.e = e2;
    }
    this.s[this.length] = start;
    this.e[this.length++] = end;
  }

  starts(): Int32Array {
    return this.s.subarray(0, this.length);
  }

  ends(): Int32Array {
    return this.e.subarray(0, this.length);
  }
}
