// The wasm engine's memory: one WebAssembly.Memory the engine owns (growable to 4 GiB, 65536 pages), and a small
// first-fit allocator over it with free-block coalescing. Allocations are aligned to the heap table's `align`
// bytes (SPEC_TABLE.heap, shared with emlx/runners/memory.py) and tagged ('weights', 'rope', 'scratch', 'cache') so
// that the live bytes per kind can be compared with the Python estimate. The first `reserved` bytes are never
// handed out: offset 0 means "no array" to the kernels.
//
// A Memory created with {shared: true} is backed by a SharedArrayBuffer (where the page is cross-origin isolated):
// kernels instantiated on it in several workers see the same weights, caches and scratch, so a later change can
// split the matmuls across workers without moving any data. Nothing here synchronises; one thread allocates.
//
// Views: `f32` / `u8` return typed arrays over the current buffer, remade after the memory grew (growth detaches a
// plain memory's old buffer). Re-read them after any allocation.

import { HEAP, alignUp } from './recipe.js';

const PAGE = 65536;
const MAX_PAGES = HEAP.max_bytes / PAGE;

function pagesFor(bytes) {
  return Math.ceil(bytes / PAGE);
}

export class Heap {
  /** initialBytes: memory to start with (grown on demand); shared: a SharedArrayBuffer-backed memory. */
  constructor({ initialBytes = PAGE, shared = false } = {}) {
    const initial = Math.min(MAX_PAGES, Math.max(1, pagesFor(HEAP.reserved + initialBytes)));
    try {
      this.memory = new WebAssembly.Memory({ initial, maximum: MAX_PAGES, shared });
    } catch (e) {
      throw new Error(`emlx wasm heap: out of memory creating ${initial * PAGE} bytes (${e.message})`);
    }
    this.shared = shared;
    this.free = [{ off: HEAP.reserved, size: initial * PAGE - HEAP.reserved }]; // sorted by offset, coalesced
    this.blocks = new Map(); // offset -> {size, tag}
    this.byTag = {};
    this.live = 0;
    this.peak = 0;
    this._buf = null;
    this._f32 = null;
    this._u8 = null;
  }

  get bytes() {
    return this.memory.buffer.byteLength;
  }

  /** Float32 view of the whole memory (index = byte offset >>> 2). */
  get f32() {
    this._views();
    return this._f32;
  }

  get u8() {
    this._views();
    return this._u8;
  }

  _views() {
    const b = this.memory.buffer;
    if (b !== this._buf || this._u8.byteLength !== b.byteLength) {
      this._buf = b;
      this._f32 = new Float32Array(b);
      this._u8 = new Uint8Array(b);
    }
  }

  /** Byte offset of `bytes` bytes (rounded up to the alignment), tagged; grows the memory when nothing fits. */
  alloc(bytes, tag) {
    const size = Math.max(HEAP.align, alignUp(bytes));
    let i = this.free.findIndex((f) => f.size >= size);
    if (i < 0) i = this._grow(size);
    const f = this.free[i];
    const off = f.off;
    if (f.size === size) this.free.splice(i, 1);
    else {
      f.off += size;
      f.size -= size;
    }
    this.blocks.set(off, { size, tag });
    this.byTag[tag] = (this.byTag[tag] ?? 0) + size;
    this.live += size;
    this.peak = Math.max(this.peak, this.live);
    return off;
  }

  /** Give a block back (offset 0 is ignored). */
  release(off) {
    if (!off) return;
    const b = this.blocks.get(off);
    if (!b) throw new Error(`emlx wasm heap: no block at ${off}`);
    this.blocks.delete(off);
    this.byTag[b.tag] -= b.size;
    this.live -= b.size;
    let i = 0;
    while (i < this.free.length && this.free[i].off < off) i++;
    this.free.splice(i, 0, { off, size: b.size });
    // coalesce with the neighbours
    if (i + 1 < this.free.length && this.free[i].off + this.free[i].size === this.free[i + 1].off) {
      this.free[i].size += this.free[i + 1].size;
      this.free.splice(i + 1, 1);
    }
    if (i > 0 && this.free[i - 1].off + this.free[i - 1].size === this.free[i].off) {
      this.free[i - 1].size += this.free[i].size;
      this.free.splice(i, 1);
    }
  }

  /** Grow the memory so that a block of `size` bytes fits at its end; returns that free block's index. */
  _grow(size) {
    const end = this.bytes;
    const last = this.free[this.free.length - 1];
    const tail = last && last.off + last.size === end ? last.size : 0;
    const pages = pagesFor(size - tail);
    const total = this.memory.buffer.byteLength / PAGE + pages;
    if (total > MAX_PAGES) {
      throw new Error(`emlx wasm heap: out of memory: ${size} more bytes would need ${total * PAGE} bytes, over the ` +
        `${HEAP.max_bytes} a wasm memory can hold (${this.live} bytes in use)`);
    }
    try {
      this.memory.grow(pages);
    } catch (e) {
      throw new Error(`emlx wasm heap: out of memory growing to ${total * PAGE} bytes (${e.message})`);
    }
    if (tail) last.size += pages * PAGE;
    else this.free.push({ off: end, size: pages * PAGE });
    return this.free.length - 1;
  }

  /** Live bytes per tag, in all, the most ever live, and the memory's size. */
  stats() {
    return { byTag: { ...this.byTag }, live: this.live, peak: this.peak, memoryBytes: this.bytes };
  }
}
