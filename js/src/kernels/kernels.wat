;; emlx wasm kernels: matmuls (f32 and int8-resident weights), attention, norms, RoPE, activations and a few
;; element-wise helpers, written in WebAssembly SIMD128 (no relaxed SIMD, no threads operations) to run on the wasm
;; engine's own memory (js/src/heap.js). The module imports that memory as env.memory; js/build/build-kernels.mjs
;; expands the generated element-wise loops (marker at the end) and assembles the text twice, as written (non-shared
;; memory) and with the MEMORY line below made `shared` (workers sharing one heap).
;;
;; Conventions for every export:
;;   - pointers are i32 byte offsets into env.memory; f32 arrays need 4-byte alignment only (all loads are
;;     unaligned-safe; the align= hints say 4), int8 arrays any alignment;
;;   - every read and write stays inside the arrays the contract names: tails use narrow loads (load32_zero,
;;     load64_zero, load32_lane) and lane stores, never a 16-byte access that would run past an array's end;
;;   - counts are unsigned i32; a count of 0 does nothing (a matmul with K = 0 writes zeros).
;; The contracts (layouts, aliasing, numerics) are documented in js/src/kernels/index.js.
(module
  (import "env" "memory" (memory 1 65536)) ;; MEMORY

  ;; Row blocking of the matmuls: the K range is cut into blocks of KC (f32: 512 values, int8: 512 values) and the
  ;; rows of x into blocks of MC = 128, so that one block of x rows (MC x KC x 4 bytes = 256 KiB) stays in L2 while
  ;; each group of 4 weight rows (4 x KC values, 8 KiB as f32) stays in L1 for all the x rows of the block.
  (global $KC_F32 i32 (i32.const 512))
  (global $KC_I8 i32 (i32.const 512))
  (global $MC i32 (i32.const 128))
  ;; The packed matmul_f32 path (with scratch): K blocks of KC_P values, x row blocks of MC_P rows (MC_P x KC_P x 4 =
  ;; 256 KiB of packed x in L2, 8 x KC_P x 4 = 16 KiB of packed weights in L1); scratch = (8 + MC_P) * KC_P * 4 + 16
  ;; bytes (the +16 aligns it). Below PACK_MIN_ROWS x rows, packing the weights costs more than it saves (measured).
  (global $KC_P i32 (i32.const 512))
  (global $MC_P i32 (i32.const 128))
  (global $PACK_MIN_ROWS i32 (i32.const 32))

  ;; ---------------------------------------------------------------------------------------------------------------
  ;; Small helpers
  ;; ---------------------------------------------------------------------------------------------------------------

  ;; [sum(a), sum(b), sum(c), sum(d)] of four f32x4 vectors (pairwise adds, 6 shuffles).
  (func $hsum4 (param $a v128) (param $b v128) (param $c v128) (param $d v128) (result v128)
    (local $ab v128) (local $cd v128)
    ;; ab = [a0+a2, a1+a3, b0+b2, b1+b3]
    (local.set $ab
      (f32x4.add
        (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $a) (local.get $b))
        (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $a) (local.get $b))))
    (local.set $cd
      (f32x4.add
        (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $c) (local.get $d))
        (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $c) (local.get $d))))
    ;; [ab0+ab1, ab2+ab3, cd0+cd1, cd2+cd3]
    (f32x4.add
      (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $ab) (local.get $cd))
      (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $ab) (local.get $cd))))

  ;; sum of the four lanes of one f32x4.
  (func $hsum1 (param $a v128) (result f32)
    (local.set $a
      (f32x4.add (local.get $a) (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $a) (local.get $a))))
    (f32.add (f32x4.extract_lane 0 (local.get $a)) (f32x4.extract_lane 1 (local.get $a))))

  ;; max of the four lanes of one f32x4.
  (func $hmax1 (param $a v128) (result f32)
    (local.set $a
      (f32x4.max (local.get $a) (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $a) (local.get $a))))
    (f32.max (f32x4.extract_lane 0 (local.get $a)) (f32x4.extract_lane 1 (local.get $a))))

  ;; The first r (1, 2 or 3) f32 at p, zeros in the other lanes; reads exactly 4*r bytes.
  (func $ld_tail (param $p i32) (param $r i32) (result v128)
    (if (result v128) (i32.eq (local.get $r) (i32.const 1))
      (then (v128.load32_zero align=4 (local.get $p)))
      (else
        (if (result v128) (i32.eq (local.get $r) (i32.const 2))
          (then (v128.load64_zero align=4 (local.get $p)))
          (else (v128.load32_lane offset=8 align=4 2 (local.get $p) (v128.load64_zero align=4 (local.get $p))))))))

  ;; Store (acc = 0) or add into (acc != 0) one f32 at p.
  (func $st1 (param $p i32) (param $v f32) (param $acc i32)
    (if (local.get $acc) (then (local.set $v (f32.add (local.get $v) (f32.load align=4 (local.get $p))))))
    (f32.store align=4 (local.get $p) (local.get $v)))

  ;; Store (acc = 0) or add into (acc != 0) the first nv (1..4) lanes of v at p, p + step, p + 2*step,
  ;; p + 3*step; touches exactly those nv floats (one 16-byte access when they are contiguous and nv = 4).
  (func $st_part (param $p i32) (param $v v128) (param $nv i32) (param $acc i32) (param $step i32)
    (if (i32.and (i32.eq (local.get $nv) (i32.const 4)) (i32.eq (local.get $step) (i32.const 4)))
      (then
        (if (local.get $acc)
          (then (local.set $v (f32x4.add (local.get $v) (v128.load align=4 (local.get $p))))))
        (v128.store align=4 (local.get $p) (local.get $v))
        (return)))
    ;; the decode case (4 outputs a segment apart, plain store) without further calls
    (if (i32.and (i32.eq (local.get $nv) (i32.const 4)) (i32.eqz (local.get $acc)))
      (then
        (v128.store32_lane align=4 0 (local.get $p) (local.get $v))
        (local.set $p (i32.add (local.get $p) (local.get $step)))
        (v128.store32_lane align=4 1 (local.get $p) (local.get $v))
        (local.set $p (i32.add (local.get $p) (local.get $step)))
        (v128.store32_lane align=4 2 (local.get $p) (local.get $v))
        (local.set $p (i32.add (local.get $p) (local.get $step)))
        (v128.store32_lane align=4 3 (local.get $p) (local.get $v))
        (return)))
    (call $st1 (local.get $p) (f32x4.extract_lane 0 (local.get $v)) (local.get $acc))
    (if (i32.gt_u (local.get $nv) (i32.const 1))
      (then (call $st1 (i32.add (local.get $p) (local.get $step)) (f32x4.extract_lane 1 (local.get $v)) (local.get $acc))))
    (if (i32.gt_u (local.get $nv) (i32.const 2))
      (then (call $st1 (i32.add (local.get $p) (i32.shl (local.get $step) (i32.const 1)))
              (f32x4.extract_lane 2 (local.get $v)) (local.get $acc))))
    (if (i32.gt_u (local.get $nv) (i32.const 3))
      (then (call $st1 (i32.add (local.get $p) (i32.mul (local.get $step) (i32.const 3)))
              (f32x4.extract_lane 3 (local.get $v)) (local.get $acc)))))

  ;; min/max of unsigned i32
  (func $minu (param $a i32) (param $b i32) (result i32)
    (select (local.get $a) (local.get $b) (i32.lt_u (local.get $a) (local.get $b))))

  ;; ---------------------------------------------------------------------------------------------------------------
  ;; f32 micro-kernels: dot products of 1 or 2 x rows with 4 weight rows over kl values.
  ;; Weight rows w1..w3 may repeat w0 (N tail); only the first nv outputs are written.
  ;; ---------------------------------------------------------------------------------------------------------------

  ;; y[j*ystep] (+)= x.wj for j < nv   (ystep: byte distance between the 4 outputs)
  ;; Decode shape (memory-bound): each 16-value step loads the 4 x vectors once and reduces every weight row's 4
  ;; products as a tree before the single add into its accumulator, so the add chains stay short.
  (func $t1x4 (param $x i32) (param $w0 i32) (param $w1 i32) (param $w2 i32) (param $w3 i32)
              (param $y i32) (param $kl i32) (param $acc i32) (param $nv i32) (param $ystep i32)
    (local $h0 v128) (local $h1 v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local $x0 v128) (local $x1 v128) (local $x2 v128) (local $x3 v128)
    (local $end i32) (local $r i32)
    (local.set $end (i32.add (local.get $x) (i32.shl (i32.and (local.get $kl) (i32.const -16)) (i32.const 2))))
    (block $done16
      (loop $l16
        (br_if $done16 (i32.ge_u (local.get $x) (local.get $end)))
        (local.set $x0 (v128.load align=4 (local.get $x)))
        (local.set $x1 (v128.load offset=16 align=4 (local.get $x)))
        (local.set $x2 (v128.load offset=32 align=4 (local.get $x)))
        (local.set $x3 (v128.load offset=48 align=4 (local.get $x)))
        (local.set $a0 (f32x4.add (local.get $a0)
          (f32x4.add
            (f32x4.add (f32x4.mul (local.get $x0) (v128.load align=4 (local.get $w0)))
                       (f32x4.mul (local.get $x1) (v128.load offset=16 align=4 (local.get $w0))))
            (f32x4.add (f32x4.mul (local.get $x2) (v128.load offset=32 align=4 (local.get $w0)))
                       (f32x4.mul (local.get $x3) (v128.load offset=48 align=4 (local.get $w0)))))))
        (local.set $a1 (f32x4.add (local.get $a1)
          (f32x4.add
            (f32x4.add (f32x4.mul (local.get $x0) (v128.load align=4 (local.get $w1)))
                       (f32x4.mul (local.get $x1) (v128.load offset=16 align=4 (local.get $w1))))
            (f32x4.add (f32x4.mul (local.get $x2) (v128.load offset=32 align=4 (local.get $w1)))
                       (f32x4.mul (local.get $x3) (v128.load offset=48 align=4 (local.get $w1)))))))
        (local.set $a2 (f32x4.add (local.get $a2)
          (f32x4.add
            (f32x4.add (f32x4.mul (local.get $x0) (v128.load align=4 (local.get $w2)))
                       (f32x4.mul (local.get $x1) (v128.load offset=16 align=4 (local.get $w2))))
            (f32x4.add (f32x4.mul (local.get $x2) (v128.load offset=32 align=4 (local.get $w2)))
                       (f32x4.mul (local.get $x3) (v128.load offset=48 align=4 (local.get $w2)))))))
        (local.set $a3 (f32x4.add (local.get $a3)
          (f32x4.add
            (f32x4.add (f32x4.mul (local.get $x0) (v128.load align=4 (local.get $w3)))
                       (f32x4.mul (local.get $x1) (v128.load offset=16 align=4 (local.get $w3))))
            (f32x4.add (f32x4.mul (local.get $x2) (v128.load offset=32 align=4 (local.get $w3)))
                       (f32x4.mul (local.get $x3) (v128.load offset=48 align=4 (local.get $w3)))))))
        (local.set $x (i32.add (local.get $x) (i32.const 64)))
        (local.set $w0 (i32.add (local.get $w0) (i32.const 64)))
        (local.set $w1 (i32.add (local.get $w1) (i32.const 64)))
        (local.set $w2 (i32.add (local.get $w2) (i32.const 64)))
        (local.set $w3 (i32.add (local.get $w3) (i32.const 64)))
        (br $l16)))
    ;; remaining groups of 4
    (local.set $end (i32.add (local.get $x) (i32.shl (i32.and (local.get $kl) (i32.const 12)) (i32.const 2))))
    (block $done4
      (loop $l4
        (br_if $done4 (i32.ge_u (local.get $x) (local.get $end)))
        (local.set $x0 (v128.load align=4 (local.get $x)))
        (local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (local.get $x0) (v128.load align=4 (local.get $w0)))))
        (local.set $a1 (f32x4.add (local.get $a1) (f32x4.mul (local.get $x0) (v128.load align=4 (local.get $w1)))))
        (local.set $a2 (f32x4.add (local.get $a2) (f32x4.mul (local.get $x0) (v128.load align=4 (local.get $w2)))))
        (local.set $a3 (f32x4.add (local.get $a3) (f32x4.mul (local.get $x0) (v128.load align=4 (local.get $w3)))))
        (local.set $x (i32.add (local.get $x) (i32.const 16)))
        (local.set $w0 (i32.add (local.get $w0) (i32.const 16)))
        (local.set $w1 (i32.add (local.get $w1) (i32.const 16)))
        (local.set $w2 (i32.add (local.get $w2) (i32.const 16)))
        (local.set $w3 (i32.add (local.get $w3) (i32.const 16)))
        (br $l4)))
    ;; last 1..3 values: narrow loads, zeros in the unused lanes of both operands
    (local.set $r (i32.and (local.get $kl) (i32.const 3)))
    (if (local.get $r)
      (then
        (local.set $x0 (call $ld_tail (local.get $x) (local.get $r)))
        (local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (local.get $x0) (call $ld_tail (local.get $w0) (local.get $r)))))
        (local.set $a1 (f32x4.add (local.get $a1) (f32x4.mul (local.get $x0) (call $ld_tail (local.get $w1) (local.get $r)))))
        (local.set $a2 (f32x4.add (local.get $a2) (f32x4.mul (local.get $x0) (call $ld_tail (local.get $w2) (local.get $r)))))
        (local.set $a3 (f32x4.add (local.get $a3) (f32x4.mul (local.get $x0) (call $ld_tail (local.get $w3) (local.get $r)))))))
    ;; horizontal sums [sum a0, sum a1, sum a2, sum a3] (inline: calls are not inlined by V8)
    (local.set $h0 (f32x4.add (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $a0) (local.get $a1)) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $a0) (local.get $a1))))
    (local.set $h1 (f32x4.add (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $a2) (local.get $a3)) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $a2) (local.get $a3))))
    (call $st_part (local.get $y)
      (f32x4.add (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $h0) (local.get $h1)) (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $h0) (local.get $h1)))
      (local.get $nv) (local.get $acc) (local.get $ystep)))

  ;; y0[j*ystep] (+)= x0.wj, y1[j*ystep] (+)= x1.wj for j < nv
  ;; GEMM shape (compute-bound): 8 accumulators + 2 x vectors + 1 weight vector live (11 of the 16 xmm registers);
  ;; each weight vector loaded is used twice, each x vector four times. One group of 4 values per iteration: V8's
  ;; scheduler issues all the loads of a loop body before its arithmetic, so an 8-value body (12 loaded vectors
  ;; plus the 8 accumulators) spilled accumulators every iteration (measured 1.3-1.5x slower on GEMMs).
  (func $t2x4 (param $px i32) (param $pw0 i32) (param $pw1 i32) (param $pw2 i32) (param $pw3 i32)
              (param $py i32) (param $kl i32) (param $acc i32) (param $nv i32) (param $ystep i32)
              (param $npairs i32) (param $ks i32) (param $ns i32)
    (local $x0 i32) (local $x1 i32) (local $w0 i32) (local $w1 i32) (local $w2 i32) (local $w3 i32)
    (local $y0 i32) (local $y1 i32)
    (local $h0 v128) (local $h1 v128)
    (local $a00 v128) (local $a01 v128) (local $a02 v128) (local $a03 v128)
    (local $a10 v128) (local $a11 v128) (local $a12 v128) (local $a13 v128)
    (local $u v128) (local $v v128) (local $b v128)
    (local $end i32) (local $r i32)
    (loop $pairs
    (local.set $x0 (local.get $px)) (local.set $x1 (i32.add (local.get $px) (local.get $ks)))
    (local.set $w0 (local.get $pw0)) (local.set $w1 (local.get $pw1))
    (local.set $w2 (local.get $pw2)) (local.set $w3 (local.get $pw3))
    (local.set $y0 (local.get $py)) (local.set $y1 (i32.add (local.get $py) (local.get $ns)))
    (local.set $a00 (v128.const i64x2 0 0))
    (local.set $a01 (v128.const i64x2 0 0))
    (local.set $a02 (v128.const i64x2 0 0))
    (local.set $a03 (v128.const i64x2 0 0))
    (local.set $a10 (v128.const i64x2 0 0))
    (local.set $a11 (v128.const i64x2 0 0))
    (local.set $a12 (v128.const i64x2 0 0))
    (local.set $a13 (v128.const i64x2 0 0))
    (local.set $end (i32.add (local.get $x0) (i32.shl (i32.and (local.get $kl) (i32.const -4)) (i32.const 2))))
    (block $done4
      (loop $l4
        (br_if $done4 (i32.ge_u (local.get $x0) (local.get $end)))
        (local.set $u (v128.load align=4 (local.get $x0)))
        (local.set $v (v128.load align=4 (local.get $x1)))
        (local.set $b (v128.load align=4 (local.get $w0)))
        (local.set $a00 (f32x4.add (local.get $a00) (f32x4.mul (local.get $u) (local.get $b))))
        (local.set $a10 (f32x4.add (local.get $a10) (f32x4.mul (local.get $v) (local.get $b))))
        (local.set $b (v128.load align=4 (local.get $w1)))
        (local.set $a01 (f32x4.add (local.get $a01) (f32x4.mul (local.get $u) (local.get $b))))
        (local.set $a11 (f32x4.add (local.get $a11) (f32x4.mul (local.get $v) (local.get $b))))
        (local.set $b (v128.load align=4 (local.get $w2)))
        (local.set $a02 (f32x4.add (local.get $a02) (f32x4.mul (local.get $u) (local.get $b))))
        (local.set $a12 (f32x4.add (local.get $a12) (f32x4.mul (local.get $v) (local.get $b))))
        (local.set $b (v128.load align=4 (local.get $w3)))
        (local.set $a03 (f32x4.add (local.get $a03) (f32x4.mul (local.get $u) (local.get $b))))
        (local.set $a13 (f32x4.add (local.get $a13) (f32x4.mul (local.get $v) (local.get $b))))
        (local.set $x0 (i32.add (local.get $x0) (i32.const 16)))
        (local.set $x1 (i32.add (local.get $x1) (i32.const 16)))
        (local.set $w0 (i32.add (local.get $w0) (i32.const 16)))
        (local.set $w1 (i32.add (local.get $w1) (i32.const 16)))
        (local.set $w2 (i32.add (local.get $w2) (i32.const 16)))
        (local.set $w3 (i32.add (local.get $w3) (i32.const 16)))
        (br $l4)))
    ;; then the last 1..3 values (narrow loads)
    (local.set $r (i32.and (local.get $kl) (i32.const 3)))
    (if (local.get $r)
      (then
        (local.set $u (call $ld_tail (local.get $x0) (local.get $r)))
        (local.set $v (call $ld_tail (local.get $x1) (local.get $r)))
        (local.set $b (call $ld_tail (local.get $w0) (local.get $r)))
        (local.set $a00 (f32x4.add (local.get $a00) (f32x4.mul (local.get $u) (local.get $b))))
        (local.set $a10 (f32x4.add (local.get $a10) (f32x4.mul (local.get $v) (local.get $b))))
        (local.set $b (call $ld_tail (local.get $w1) (local.get $r)))
        (local.set $a01 (f32x4.add (local.get $a01) (f32x4.mul (local.get $u) (local.get $b))))
        (local.set $a11 (f32x4.add (local.get $a11) (f32x4.mul (local.get $v) (local.get $b))))
        (local.set $b (call $ld_tail (local.get $w2) (local.get $r)))
        (local.set $a02 (f32x4.add (local.get $a02) (f32x4.mul (local.get $u) (local.get $b))))
        (local.set $a12 (f32x4.add (local.get $a12) (f32x4.mul (local.get $v) (local.get $b))))
        (local.set $b (call $ld_tail (local.get $w3) (local.get $r)))
        (local.set $a03 (f32x4.add (local.get $a03) (f32x4.mul (local.get $u) (local.get $b))))
        (local.set $a13 (f32x4.add (local.get $a13) (f32x4.mul (local.get $v) (local.get $b))))))
    ;; horizontal sums [sum a00, sum a01, sum a02, sum a03] (inline: calls are not inlined by V8)
    (local.set $h0 (f32x4.add (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $a00) (local.get $a01)) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $a00) (local.get $a01))))
    (local.set $h1 (f32x4.add (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $a02) (local.get $a03)) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $a02) (local.get $a03))))
    (call $st_part (local.get $y0)
      (f32x4.add (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $h0) (local.get $h1)) (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $h0) (local.get $h1)))
      (local.get $nv) (local.get $acc) (local.get $ystep))
    ;; horizontal sums [sum a10, sum a11, sum a12, sum a13] (inline: calls are not inlined by V8)
    (local.set $h0 (f32x4.add (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $a10) (local.get $a11)) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $a10) (local.get $a11))))
    (local.set $h1 (f32x4.add (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $a12) (local.get $a13)) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $a12) (local.get $a13))))
    (call $st_part (local.get $y1)
      (f32x4.add (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $h0) (local.get $h1)) (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $h0) (local.get $h1)))
      (local.get $nv) (local.get $acc) (local.get $ystep))
    (local.set $px (i32.add (local.get $px) (i32.shl (local.get $ks) (i32.const 1))))
    (local.set $py (i32.add (local.get $py) (i32.shl (local.get $ns) (i32.const 1))))
    (local.set $npairs (i32.sub (local.get $npairs) (i32.const 1)))
    (br_if $pairs (local.get $npairs))))

  ;; ---------------------------------------------------------------------------------------------------------------
  ;; matmul_f32(x, w, y, n, K, N): y[t*N + o] = sum_k x[t*K + k] * w[o*K + k]   (W stored [N, K], out x in)
  ;; n > 4 (GEMM): blocks of KC values x MC rows; in each, every group of 4 consecutive weight rows (in L1) meets
  ;; every pair of x rows of the block (in L2), 2x4 outputs per micro-kernel call.
  ;; ---------------------------------------------------------------------------------------------------------------
  ;; n <= 4 (decode): memory-bound. The N weight rows are cut into 4 segments of seg = ceil(N/4) rows, and pass i
  ;; takes row i of each segment, so the 4 weight streams are each perfectly sequential through memory (4
  ;; interleaved adjacent rows defeat the hardware prefetcher: measured 2-3x slower from DRAM for K = 256..1280).
  ;; Every x row is run against the 4 rows while they are in L1/L2; no K blocking.
  (func $mm_f32_few (param $x i32) (param $w i32) (param $y i32) (param $n i32) (param $K i32) (param $N i32)
    (local $ks i32) (local $ns i32) (local $seg i32) (local $sb i32) (local $i i32) (local $nv i32) (local $t i32)
    (local $wp0 i32) (local $wp1 i32) (local $wp2 i32) (local $wp3 i32) (local $xp i32) (local $yp i32)
    (local.set $ks (i32.shl (local.get $K) (i32.const 2)))
    (local.set $ns (i32.shl (local.get $N) (i32.const 2)))
    (local.set $seg (i32.shr_u (i32.add (local.get $N) (i32.const 3)) (i32.const 2)))
    (local.set $sb (i32.mul (local.get $seg) (local.get $ks)))
    (loop $pass
      ;; rows i, i + seg, i + 2 seg, i + 3 seg; the ones >= N (only ever at the end) repeat row i, not stored
      (local.set $nv (i32.add (i32.const 1)
        (i32.add (i32.lt_u (i32.add (local.get $i) (local.get $seg)) (local.get $N))
          (i32.add (i32.lt_u (i32.add (local.get $i) (i32.shl (local.get $seg) (i32.const 1))) (local.get $N))
                   (i32.lt_u (i32.add (local.get $i) (i32.mul (local.get $seg) (i32.const 3))) (local.get $N))))))
      (local.set $wp0 (i32.add (local.get $w) (i32.mul (local.get $i) (local.get $ks))))
      (local.set $wp1 (select (i32.add (local.get $wp0) (local.get $sb)) (local.get $wp0)
        (i32.gt_u (local.get $nv) (i32.const 1))))
      (local.set $wp2 (select (i32.add (local.get $wp0) (i32.shl (local.get $sb) (i32.const 1))) (local.get $wp0)
        (i32.gt_u (local.get $nv) (i32.const 2))))
      (local.set $wp3 (select (i32.add (local.get $wp0) (i32.mul (local.get $sb) (i32.const 3))) (local.get $wp0)
        (i32.gt_u (local.get $nv) (i32.const 3))))
      (local.set $t (i32.const 0))
      (local.set $xp (local.get $x))
      (local.set $yp (i32.add (local.get $y) (i32.shl (local.get $i) (i32.const 2))))
      (if (i32.ge_u (local.get $n) (i32.const 2))
        (then
          (call $t2x4 (local.get $xp) (local.get $wp0) (local.get $wp1) (local.get $wp2) (local.get $wp3)
            (local.get $yp) (local.get $K) (i32.const 0) (local.get $nv) (i32.shl (local.get $seg) (i32.const 2))
            (i32.shr_u (local.get $n) (i32.const 1)) (local.get $ks) (local.get $ns))
          (local.set $t (i32.and (local.get $n) (i32.const -2)))
          (local.set $xp (i32.add (local.get $xp) (i32.mul (local.get $t) (local.get $ks))))
          (local.set $yp (i32.add (local.get $yp) (i32.mul (local.get $t) (local.get $ns))))))
      (if (i32.lt_u (local.get $t) (local.get $n))
        (then
          (call $t1x4 (local.get $xp) (local.get $wp0) (local.get $wp1) (local.get $wp2) (local.get $wp3)
            (local.get $yp) (local.get $K) (i32.const 0) (local.get $nv) (i32.shl (local.get $seg) (i32.const 2)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $pass (i32.lt_u (local.get $i) (local.get $seg)))))

  ;; ---------------------------------------------------------------------------------------------------------------
  ;; matmul_f32 with scratch (n >= PACK_MIN_ROWS): packed panels and a broadcast micro-kernel.
  ;; For each K block (KC_P values) and each block of MC_P x rows, the x rows are copied k-major in groups of 4 rows
  ;; (xs[g][k][4], MC_P x KC_P floats, in L2), then each group of 8 weight rows is copied k-major (ws[k][8], 8 x KC_P
  ;; floats, in L1) and every group of 4 x rows of the block meets it in a 4x8 register tile. Each output is one lane
  ;; of one accumulator: no horizontal sums; fp order: per output, a plain sequential sum over k within each K block
  ;; (blocks added in order).
  ;; ---------------------------------------------------------------------------------------------------------------

  ;; 4x4 transpose helper shuffles (as wasm shuffle immediates; V8 emits one unpck instruction for each):
  ;;   unpack-low/high 32: [a0 b0 a1 b1] / [a2 b2 a3 b3];   unpack-low/high 64: [a0 a1 b0 b1] / [a2 a3 b2 b3].

  ;; ws[k*8 + j] = w[j*ks + 4k] (bytes) for k < kl, j < nr (1..8); zeros for j >= nr (those outputs are not stored).
  (func $pack_w8 (param $w i32) (param $ks i32) (param $kl i32) (param $nr i32) (param $dst i32)
    (local $j i32) (local $r0 i32) (local $r1 i32) (local $r2 i32) (local $r3 i32) (local $k i32) (local $kend i32)
    (local $d i32) (local $left i32)
    (local $v0 v128) (local $v1 v128) (local $v2 v128) (local $v3 v128)
    (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128)
    (local.set $kend (i32.and (local.get $kl) (i32.const -4)))
    ;; two halves: panel columns j..j+3 = weight rows j..j+3
    (loop $half
      (local.set $r0 (i32.add (local.get $w) (i32.mul (local.get $j) (local.get $ks))))
      (local.set $r1 (i32.add (local.get $r0) (local.get $ks)))
      (local.set $r2 (i32.add (local.get $r1) (local.get $ks)))
      (local.set $r3 (i32.add (local.get $r2) (local.get $ks)))
      (local.set $d (i32.add (local.get $dst) (i32.shl (local.get $j) (i32.const 2))))
      (local.set $k (i32.const 0))
      (local.set $left (select (i32.sub (local.get $nr) (local.get $j)) (i32.const 0)
        (i32.gt_u (local.get $nr) (local.get $j))))
      (if (i32.ge_u (local.get $left) (i32.const 4))
        (then
          ;; 4 rows: 4x4 blocks (4 loads, a register transpose, 4 stores), then the last kl % 4 values
          (block $d4 (loop $l4
            (br_if $d4 (i32.ge_u (local.get $k) (local.get $kend)))
            (local.set $v0 (v128.load align=4 (local.get $r0)))
            (local.set $v1 (v128.load align=4 (local.get $r1)))
            (local.set $v2 (v128.load align=4 (local.get $r2)))
            (local.set $v3 (v128.load align=4 (local.get $r3)))
            (local.set $t0 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $v0) (local.get $v1)))
            (local.set $t1 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $v2) (local.get $v3)))
            (local.set $t2 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $v0) (local.get $v1)))
            (local.set $t3 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $v2) (local.get $v3)))
            (v128.store align=4 (local.get $d)
              (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t0) (local.get $t1)))
            (v128.store offset=32 align=4 (local.get $d)
              (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t0) (local.get $t1)))
            (v128.store offset=64 align=4 (local.get $d)
              (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t2) (local.get $t3)))
            (v128.store offset=96 align=4 (local.get $d)
              (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t2) (local.get $t3)))
            (local.set $r0 (i32.add (local.get $r0) (i32.const 16)))
            (local.set $r1 (i32.add (local.get $r1) (i32.const 16)))
            (local.set $r2 (i32.add (local.get $r2) (i32.const 16)))
            (local.set $r3 (i32.add (local.get $r3) (i32.const 16)))
            (local.set $d (i32.add (local.get $d) (i32.const 128)))
            (local.set $k (i32.add (local.get $k) (i32.const 4)))
            (br $l4)))))
      ;; the rest (all of it for 0..3 rows): one value of each row at a time, zeros for missing rows
      (block $d1 (loop $l1
        (br_if $d1 (i32.ge_u (local.get $k) (local.get $kl)))
        (local.set $v0 (v128.const i64x2 0 0))
        (if (local.get $left)
          (then (local.set $v0 (v128.load32_zero align=4 (local.get $r0)))))
        (if (i32.gt_u (local.get $left) (i32.const 1))
          (then (local.set $v0 (f32x4.replace_lane 1 (local.get $v0) (f32.load align=4 (local.get $r1))))))
        (if (i32.gt_u (local.get $left) (i32.const 2))
          (then (local.set $v0 (f32x4.replace_lane 2 (local.get $v0) (f32.load align=4 (local.get $r2))))))
        (if (i32.gt_u (local.get $left) (i32.const 3))
          (then (local.set $v0 (f32x4.replace_lane 3 (local.get $v0) (f32.load align=4 (local.get $r3))))))
        (v128.store align=4 (local.get $d) (local.get $v0))
        (local.set $r0 (i32.add (local.get $r0) (i32.const 4)))
        (local.set $r1 (i32.add (local.get $r1) (i32.const 4)))
        (local.set $r2 (i32.add (local.get $r2) (i32.const 4)))
        (local.set $r3 (i32.add (local.get $r3) (i32.const 4)))
        (local.set $d (i32.add (local.get $d) (i32.const 32)))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $l1)))
      (local.set $j (i32.add (local.get $j) (i32.const 4)))
      (br_if $half (i32.lt_u (local.get $j) (i32.const 8)))))

  ;; xs[k*4 + t] = x[t*ks + 4k] (bytes) for k < kl, t < mt (1..4); zeros for t >= mt.
  (func $pack_x4 (param $x i32) (param $ks i32) (param $kl i32) (param $mt i32) (param $dst i32)
    (local $r0 i32) (local $r1 i32) (local $r2 i32) (local $r3 i32) (local $k i32) (local $kend i32)
    (local $v0 v128) (local $v1 v128) (local $v2 v128) (local $v3 v128)
    (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128)
    (local.set $r0 (local.get $x))
    (local.set $r1 (i32.add (local.get $r0) (local.get $ks)))
    (local.set $r2 (i32.add (local.get $r1) (local.get $ks)))
    (local.set $r3 (i32.add (local.get $r2) (local.get $ks)))
    (if (i32.eq (local.get $mt) (i32.const 4))
      (then
        (local.set $kend (i32.and (local.get $kl) (i32.const -4)))
        (block $d4 (loop $l4
          (br_if $d4 (i32.ge_u (local.get $k) (local.get $kend)))
          (local.set $v0 (v128.load align=4 (local.get $r0)))
          (local.set $v1 (v128.load align=4 (local.get $r1)))
          (local.set $v2 (v128.load align=4 (local.get $r2)))
          (local.set $v3 (v128.load align=4 (local.get $r3)))
          (local.set $t0 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $v0) (local.get $v1)))
          (local.set $t1 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $v2) (local.get $v3)))
          (local.set $t2 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $v0) (local.get $v1)))
          (local.set $t3 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $v2) (local.get $v3)))
          (v128.store align=4 (local.get $dst)
            (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t0) (local.get $t1)))
          (v128.store offset=16 align=4 (local.get $dst)
            (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t0) (local.get $t1)))
          (v128.store offset=32 align=4 (local.get $dst)
            (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t2) (local.get $t3)))
          (v128.store offset=48 align=4 (local.get $dst)
            (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t2) (local.get $t3)))
          (local.set $r0 (i32.add (local.get $r0) (i32.const 16)))
          (local.set $r1 (i32.add (local.get $r1) (i32.const 16)))
          (local.set $r2 (i32.add (local.get $r2) (i32.const 16)))
          (local.set $r3 (i32.add (local.get $r3) (i32.const 16)))
          (local.set $dst (i32.add (local.get $dst) (i32.const 64)))
          (local.set $k (i32.add (local.get $k) (i32.const 4)))
          (br $l4)))))
    ;; the rest (all of it for 1..3 rows): one value of each row at a time
    (block $d1 (loop $l1
      (br_if $d1 (i32.ge_u (local.get $k) (local.get $kl)))
      (local.set $v0 (v128.load32_zero align=4 (local.get $r0)))
      (if (i32.gt_u (local.get $mt) (i32.const 1))
        (then (local.set $v0 (f32x4.replace_lane 1 (local.get $v0) (f32.load align=4 (local.get $r1))))))
      (if (i32.gt_u (local.get $mt) (i32.const 2))
        (then (local.set $v0 (f32x4.replace_lane 2 (local.get $v0) (f32.load align=4 (local.get $r2))))))
      (if (i32.gt_u (local.get $mt) (i32.const 3))
        (then (local.set $v0 (f32x4.replace_lane 3 (local.get $v0) (f32.load align=4 (local.get $r3))))))
      (v128.store align=4 (local.get $dst) (local.get $v0))
      (local.set $r0 (i32.add (local.get $r0) (i32.const 4)))
      (local.set $r1 (i32.add (local.get $r1) (i32.const 4)))
      (local.set $r2 (i32.add (local.get $r2) (i32.const 4)))
      (local.set $r3 (i32.add (local.get $r3) (i32.const 4)))
      (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br $l1))))

  ;; Store (acc = 0) or add into (acc != 0) one row of the 4x8 tile: the 8 lanes of lo, hi at y, first nc (1..8).
  (func $st_row8 (param $y i32) (param $lo v128) (param $hi v128) (param $nc i32) (param $acc i32)
    (if (i32.eq (local.get $nc) (i32.const 8))
      (then
        (if (local.get $acc)
          (then
            (local.set $lo (f32x4.add (local.get $lo) (v128.load align=4 (local.get $y))))
            (local.set $hi (f32x4.add (local.get $hi) (v128.load offset=16 align=4 (local.get $y))))))
        (v128.store align=4 (local.get $y) (local.get $lo))
        (v128.store offset=16 align=4 (local.get $y) (local.get $hi))
        (return)))
    (call $st_part (local.get $y) (local.get $lo) (call $minu (local.get $nc) (i32.const 4)) (local.get $acc) (i32.const 4))
    (if (i32.gt_u (local.get $nc) (i32.const 4))
      (then (call $st_part (i32.add (local.get $y) (i32.const 16)) (local.get $hi) (i32.sub (local.get $nc) (i32.const 4))
              (local.get $acc) (i32.const 4)))))

  ;; y[t*ns + 4o] (+)= sum_k xs[k*4 + t] * ws[k*8 + o] for t < mt (1..4), o < nc (1..8).
  ;; Per k: 2 panel loads and 4 broadcast loads (vbroadcastss, a load-port op) feed 8 multiplies and 8 adds; the
  ;; 8 accumulators + 2 panel vectors + 4 broadcasts are 14 of V8's 15 allocatable xmm registers. Not unrolled:
  ;; V8 issues all the loads of a loop body first, and a 2-value body (12 loaded vectors) spills (measured 1.5x
  ;; slower).
  (func $mk4x8 (param $xs i32) (param $ws i32) (param $y i32) (param $ns i32) (param $kl i32)
               (param $mt i32) (param $nc i32) (param $acc i32)
    (local $end i32)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (local $b0 v128) (local $b1 v128) (local $s v128)
    (local.set $end (i32.add (local.get $ws) (i32.shl (local.get $kl) (i32.const 5))))
    (if (i32.lt_u (local.get $ws) (local.get $end))
      (then
        (loop $l
          (local.set $b0 (v128.load align=4 (local.get $ws)))
          (local.set $b1 (v128.load offset=16 align=4 (local.get $ws)))
          (local.set $s (v128.load32_splat align=4 (local.get $xs)))
          (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $s) (local.get $b0))))
          (local.set $c01 (f32x4.add (local.get $c01) (f32x4.mul (local.get $s) (local.get $b1))))
          (local.set $s (v128.load32_splat offset=4 align=4 (local.get $xs)))
          (local.set $c10 (f32x4.add (local.get $c10) (f32x4.mul (local.get $s) (local.get $b0))))
          (local.set $c11 (f32x4.add (local.get $c11) (f32x4.mul (local.get $s) (local.get $b1))))
          (local.set $s (v128.load32_splat offset=8 align=4 (local.get $xs)))
          (local.set $c20 (f32x4.add (local.get $c20) (f32x4.mul (local.get $s) (local.get $b0))))
          (local.set $c21 (f32x4.add (local.get $c21) (f32x4.mul (local.get $s) (local.get $b1))))
          (local.set $s (v128.load32_splat offset=12 align=4 (local.get $xs)))
          (local.set $c30 (f32x4.add (local.get $c30) (f32x4.mul (local.get $s) (local.get $b0))))
          (local.set $c31 (f32x4.add (local.get $c31) (f32x4.mul (local.get $s) (local.get $b1))))
          (local.set $ws (i32.add (local.get $ws) (i32.const 32)))
          (local.set $xs (i32.add (local.get $xs) (i32.const 16)))
          (br_if $l (i32.lt_u (local.get $ws) (local.get $end))))))
    (call $st_row8 (local.get $y) (local.get $c00) (local.get $c01) (local.get $nc) (local.get $acc))
    (if (i32.gt_u (local.get $mt) (i32.const 1))
      (then (call $st_row8 (i32.add (local.get $y) (local.get $ns)) (local.get $c10) (local.get $c11)
              (local.get $nc) (local.get $acc))))
    (if (i32.gt_u (local.get $mt) (i32.const 2))
      (then (call $st_row8 (i32.add (local.get $y) (i32.shl (local.get $ns) (i32.const 1))) (local.get $c20) (local.get $c21)
              (local.get $nc) (local.get $acc))))
    (if (i32.gt_u (local.get $mt) (i32.const 3))
      (then (call $st_row8 (i32.add (local.get $y) (i32.mul (local.get $ns) (i32.const 3))) (local.get $c30) (local.get $c31)
              (local.get $nc) (local.get $acc)))))

  ;; the driver (see the section comment); s: the caller's scratch, aligned here to 16 bytes
  (func $mm_f32_packed (param $x i32) (param $w i32) (param $y i32) (param $n i32) (param $K i32) (param $N i32)
                       (param $s i32)
    (local $ks i32) (local $ns i32) (local $kc i32) (local $k0 i32) (local $kl i32) (local $acc i32) (local $o i32)
    (local $nr i32) (local $t i32) (local $ws i32) (local $xs i32) (local $t0 i32) (local $tend i32) (local $xq i32)
    (local.set $ks (i32.shl (local.get $K) (i32.const 2)))
    (local.set $ns (i32.shl (local.get $N) (i32.const 2)))
    (local.set $ws (i32.and (i32.add (local.get $s) (i32.const 15)) (i32.const -16)))
    (local.set $xs (i32.add (local.get $ws) (i32.shl (global.get $KC_P) (i32.const 5))))
    (local.set $kc (call $minu (local.get $K) (global.get $KC_P)))
    (loop $kblocks
      (local.set $kl (call $minu (local.get $kc) (i32.sub (local.get $K) (local.get $k0))))
      (local.set $acc (i32.ne (local.get $k0) (i32.const 0)))
      (local.set $t0 (i32.const 0))
      (loop $tblocks
        (local.set $tend (call $minu (i32.add (local.get $t0) (global.get $MC_P)) (local.get $n)))
        ;; the x rows of the block, 4 at a time
        (local.set $t (local.get $t0))
        (local.set $xq (local.get $xs))
        (loop $px
          (call $pack_x4
            (i32.add (local.get $x) (i32.add (i32.mul (local.get $t) (local.get $ks)) (i32.shl (local.get $k0) (i32.const 2))))
            (local.get $ks) (local.get $kl) (call $minu (i32.sub (local.get $tend) (local.get $t)) (i32.const 4))
            (local.get $xq))
          (local.set $xq (i32.add (local.get $xq) (i32.shl (local.get $kl) (i32.const 4))))
          (local.set $t (i32.add (local.get $t) (i32.const 4)))
          (br_if $px (i32.lt_u (local.get $t) (local.get $tend))))
        ;; each group of 8 weight rows against all of them
        (local.set $o (i32.const 0))
        (loop $panels
          (local.set $nr (call $minu (i32.sub (local.get $N) (local.get $o)) (i32.const 8)))
          (call $pack_w8
            (i32.add (local.get $w) (i32.add (i32.mul (local.get $o) (local.get $ks)) (i32.shl (local.get $k0) (i32.const 2))))
            (local.get $ks) (local.get $kl) (local.get $nr) (local.get $ws))
          (local.set $t (local.get $t0))
          (local.set $xq (local.get $xs))
          (loop $tiles
            (call $mk4x8 (local.get $xq) (local.get $ws)
              (i32.add (local.get $y) (i32.add (i32.mul (local.get $t) (local.get $ns)) (i32.shl (local.get $o) (i32.const 2))))
              (local.get $ns) (local.get $kl) (call $minu (i32.sub (local.get $tend) (local.get $t)) (i32.const 4))
              (local.get $nr) (local.get $acc))
            (local.set $xq (i32.add (local.get $xq) (i32.shl (local.get $kl) (i32.const 4))))
            (local.set $t (i32.add (local.get $t) (i32.const 4)))
            (br_if $tiles (i32.lt_u (local.get $t) (local.get $tend))))
          (local.set $o (i32.add (local.get $o) (i32.const 8)))
          (br_if $panels (i32.lt_u (local.get $o) (local.get $N))))
        (local.set $t0 (local.get $tend))
        (br_if $tblocks (i32.lt_u (local.get $t0) (local.get $n))))
      (local.set $k0 (i32.add (local.get $k0) (local.get $kc)))
      (br_if $kblocks (i32.lt_u (local.get $k0) (local.get $K)))))

  (func (export "matmul_f32") (param $x i32) (param $w i32) (param $y i32) (param $n i32) (param $K i32) (param $N i32) (param $s i32)
    (local $ks i32) (local $ns i32) (local $kc i32) (local $k0 i32) (local $kl i32) (local $acc i32)
    (local $t0 i32) (local $tend i32) (local $t i32) (local $o i32) (local $nv i32)
    (local $wp0 i32) (local $wp1 i32) (local $wp2 i32) (local $wp3 i32) (local $xp i32) (local $yp i32)
    (if (i32.or (i32.eqz (local.get $n)) (i32.eqz (local.get $N))) (then (return)))
    (if (i32.le_u (local.get $n) (i32.const 4))
      (then
        (call $mm_f32_few (local.get $x) (local.get $w) (local.get $y) (local.get $n) (local.get $K) (local.get $N))
        (return)))
    (if (i32.and (i32.ne (local.get $s) (i32.const 0)) (i32.ge_u (local.get $n) (global.get $PACK_MIN_ROWS)))
      (then
        (call $mm_f32_packed (local.get $x) (local.get $w) (local.get $y) (local.get $n) (local.get $K) (local.get $N)
          (local.get $s))
        (return)))
    (local.set $ks (i32.shl (local.get $K) (i32.const 2)))
    (local.set $ns (i32.shl (local.get $N) (i32.const 2)))
    (local.set $kc (call $minu (local.get $K) (global.get $KC_F32)))
    (local.set $k0 (i32.const 0))
    (loop $kblocks
      (local.set $kl (call $minu (local.get $kc) (i32.sub (local.get $K) (local.get $k0))))
      (local.set $acc (i32.ne (local.get $k0) (i32.const 0)))
      (local.set $t0 (i32.const 0))
      (loop $tblocks
        (local.set $tend (call $minu (i32.add (local.get $t0) (global.get $MC)) (local.get $n)))
        (local.set $o (i32.const 0))
        (loop $oquads
          (local.set $nv (call $minu (i32.sub (local.get $N) (local.get $o)) (i32.const 4)))
          (local.set $wp0 (i32.add (local.get $w)
            (i32.add (i32.mul (local.get $o) (local.get $ks)) (i32.shl (local.get $k0) (i32.const 2)))))
          ;; missing rows of an N tail repeat row 0 (computed, not stored)
          (local.set $wp1 (select (i32.add (local.get $wp0) (local.get $ks)) (local.get $wp0)
            (i32.gt_u (local.get $nv) (i32.const 1))))
          (local.set $wp2 (select (i32.add (local.get $wp0) (i32.shl (local.get $ks) (i32.const 1))) (local.get $wp0)
            (i32.gt_u (local.get $nv) (i32.const 2))))
          (local.set $wp3 (select (i32.add (local.get $wp0) (i32.mul (local.get $ks) (i32.const 3))) (local.get $wp0)
            (i32.gt_u (local.get $nv) (i32.const 3))))
          (local.set $t (local.get $t0))
          ;; all the pairs of x rows of the block against these 4 weight rows (in L1)
          (if (i32.ge_u (i32.sub (local.get $tend) (local.get $t)) (i32.const 2))
            (then
              (call $t2x4
                (i32.add (local.get $x)
                  (i32.add (i32.mul (local.get $t) (local.get $ks)) (i32.shl (local.get $k0) (i32.const 2))))
                (local.get $wp0) (local.get $wp1) (local.get $wp2) (local.get $wp3)
                (i32.add (local.get $y)
                  (i32.add (i32.mul (local.get $t) (local.get $ns)) (i32.shl (local.get $o) (i32.const 2))))
                (local.get $kl) (local.get $acc) (local.get $nv) (i32.const 4)
                (i32.shr_u (i32.sub (local.get $tend) (local.get $t)) (i32.const 1)) (local.get $ks) (local.get $ns))
              (local.set $t (i32.add (local.get $t)
                (i32.and (i32.sub (local.get $tend) (local.get $t)) (i32.const -2))))))
          (if (i32.lt_u (local.get $t) (local.get $tend))
            (then
              (call $t1x4
                (i32.add (local.get $x)
                  (i32.add (i32.mul (local.get $t) (local.get $ks)) (i32.shl (local.get $k0) (i32.const 2))))
                (local.get $wp0) (local.get $wp1) (local.get $wp2) (local.get $wp3)
                (i32.add (local.get $y)
                  (i32.add (i32.mul (local.get $t) (local.get $ns)) (i32.shl (local.get $o) (i32.const 2))))
                (local.get $kl) (local.get $acc) (local.get $nv) (i32.const 4))))
          (local.set $o (i32.add (local.get $o) (i32.const 4)))
          (br_if $oquads (i32.lt_u (local.get $o) (local.get $N))))
        (local.set $t0 (local.get $tend))
        (br_if $tblocks (i32.lt_u (local.get $t0) (local.get $n))))
      (local.set $k0 (i32.add (local.get $k0) (local.get $kc)))
      (br_if $kblocks (i32.lt_u (local.get $k0) (local.get $K)))))

  ;; ---------------------------------------------------------------------------------------------------------------
  ;; int8 weights, converted to exact f32 values on the fly (see $t1x4_i8).
  ;; ---------------------------------------------------------------------------------------------------------------

  ;; The K tail (kl % 16 values) of one x row against 4 int8 rows, added to s = [x.q0 .. x.q3] lane-wise.
  (func $i8_tail1 (param $x i32) (param $q0 i32) (param $q1 i32) (param $q2 i32) (param $q3 i32) (param $r i32)
                  (param $s v128) (result v128)
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $r)))
        (local.set $s (f32x4.add (local.get $s)
          (f32x4.mul (v128.load32_splat align=4 (local.get $x))
            (f32x4.convert_i32x4_s
              (i32x4.replace_lane 3
                (i32x4.replace_lane 2
                  (i32x4.replace_lane 1
                    (i32x4.splat (i32.load8_s (local.get $q0)))
                    (i32.load8_s (local.get $q1)))
                  (i32.load8_s (local.get $q2)))
                (i32.load8_s (local.get $q3)))))))
        (local.set $x (i32.add (local.get $x) (i32.const 4)))
        (local.set $q0 (i32.add (local.get $q0) (i32.const 1)))
        (local.set $q1 (i32.add (local.get $q1) (i32.const 1)))
        (local.set $q2 (i32.add (local.get $q2) (i32.const 1)))
        (local.set $q3 (i32.add (local.get $q3) (i32.const 1)))
        (local.set $r (i32.sub (local.get $r) (i32.const 1)))
        (br $l)))
    (local.get $s))

  ;; y[j*ystep] (+)= sc[j] * x.qj for j < nv  (sc: the 4 row scales)
  ;; Each 16-byte group of an int8 row becomes four f32x4 by byte shuffles that put each int8 in the top byte of an
  ;; i32 lane (i8x16.swizzle with zero fill: the lane holds q * 2^24 exactly) and one i32 -> f32 conversion; the
  ;; sums carry the exact factor 2^24, removed by one exact multiply by 2^-24 at the end. The 4 x vectors of a
  ;; 16-value step are loaded once for the 4 rows; each row's 4 products are tree-summed before its accumulator.
  (func $t1x4_i8 (param $x i32) (param $q0 i32) (param $q1 i32) (param $q2 i32) (param $q3 i32)
                 (param $y i32) (param $kl i32) (param $acc i32) (param $nv i32) (param $ystep i32) (param $sc v128)
    (local $h0 v128) (local $h1 v128)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local $x0 v128) (local $x1 v128) (local $x2 v128) (local $x3 v128) (local $qv v128)
    (local $m0 v128) (local $m1 v128) (local $m2 v128) (local $m3 v128)
    (local $end i32)
    ;; the 4 byte-shuffle masks: lane i of mask j takes byte 4j + i into the top byte (128: zero fill). The loop is
    ;; written do-while so that V8 builds them once before it (with a guard-first loop, it rebuilt all 4 constants,
    ;; 4 instructions each, in every iteration).
    (local.set $m0 (v128.const i8x16 128 128 128 0 128 128 128 1 128 128 128 2 128 128 128 3))
    (local.set $m1 (v128.const i8x16 128 128 128 4 128 128 128 5 128 128 128 6 128 128 128 7))
    (local.set $m2 (v128.const i8x16 128 128 128 8 128 128 128 9 128 128 128 10 128 128 128 11))
    (local.set $m3 (v128.const i8x16 128 128 128 12 128 128 128 13 128 128 128 14 128 128 128 15))
    (local.set $end (i32.add (local.get $x) (i32.shl (i32.and (local.get $kl) (i32.const -16)) (i32.const 2))))
    (if (i32.lt_u (local.get $x) (local.get $end))
      (then
        (loop $l
          (local.set $x0 (v128.load align=4 (local.get $x)))
          (local.set $x1 (v128.load offset=16 align=4 (local.get $x)))
          (local.set $x2 (v128.load offset=32 align=4 (local.get $x)))
          (local.set $x3 (v128.load offset=48 align=4 (local.get $x)))
          (local.set $qv (v128.load align=1 (local.get $q0)))
          (local.set $a0 (f32x4.add (local.get $a0)
            (f32x4.add
              (f32x4.add (f32x4.mul (local.get $x0) (f32x4.convert_i32x4_s (i8x16.swizzle (local.get $qv) (local.get $m0))))
                         (f32x4.mul (local.get $x1) (f32x4.convert_i32x4_s (i8x16.swizzle (local.get $qv) (local.get $m1)))))
              (f32x4.add (f32x4.mul (local.get $x2) (f32x4.convert_i32x4_s (i8x16.swizzle (local.get $qv) (local.get $m2))))
                         (f32x4.mul (local.get $x3) (f32x4.convert_i32x4_s (i8x16.swizzle (local.get $qv) (local.get $m3))))))))
          (local.set $qv (v128.load align=1 (local.get $q1)))
          (local.set $a1 (f32x4.add (local.get $a1)
            (f32x4.add
              (f32x4.add (f32x4.mul (local.get $x0) (f32x4.convert_i32x4_s (i8x16.swizzle (local.get $qv) (local.get $m0))))
                         (f32x4.mul (local.get $x1) (f32x4.convert_i32x4_s (i8x16.swizzle (local.get $qv) (local.get $m1)))))
              (f32x4.add (f32x4.mul (local.get $x2) (f32x4.convert_i32x4_s (i8x16.swizzle (local.get $qv) (local.get $m2))))
                         (f32x4.mul (local.get $x3) (f32x4.convert_i32x4_s (i8x16.swizzle (local.get $qv) (local.get $m3))))))))
          (local.set $qv (v128.load align=1 (local.get $q2)))
          (local.set $a2 (f32x4.add (local.get $a2)
            (f32x4.add
              (f32x4.add (f32x4.mul (local.get $x0) (f32x4.convert_i32x4_s (i8x16.swizzle (local.get $qv) (local.get $m0))))
                         (f32x4.mul (local.get $x1) (f32x4.convert_i32x4_s (i8x16.swizzle (local.get $qv) (local.get $m1)))))
              (f32x4.add (f32x4.mul (local.get $x2) (f32x4.convert_i32x4_s (i8x16.swizzle (local.get $qv) (local.get $m2))))
                         (f32x4.mul (local.get $x3) (f32x4.convert_i32x4_s (i8x16.swizzle (local.get $qv) (local.get $m3))))))))
          (local.set $qv (v128.load align=1 (local.get $q3)))
          (local.set $a3 (f32x4.add (local.get $a3)
            (f32x4.add
              (f32x4.add (f32x4.mul (local.get $x0) (f32x4.convert_i32x4_s (i8x16.swizzle (local.get $qv) (local.get $m0))))
                         (f32x4.mul (local.get $x1) (f32x4.convert_i32x4_s (i8x16.swizzle (local.get $qv) (local.get $m1)))))
              (f32x4.add (f32x4.mul (local.get $x2) (f32x4.convert_i32x4_s (i8x16.swizzle (local.get $qv) (local.get $m2))))
                         (f32x4.mul (local.get $x3) (f32x4.convert_i32x4_s (i8x16.swizzle (local.get $qv) (local.get $m3))))))))
          (local.set $x (i32.add (local.get $x) (i32.const 64)))
          (local.set $q0 (i32.add (local.get $q0) (i32.const 16)))
          (local.set $q1 (i32.add (local.get $q1) (i32.const 16)))
          (local.set $q2 (i32.add (local.get $q2) (i32.const 16)))
          (local.set $q3 (i32.add (local.get $q3) (i32.const 16)))
          (br_if $l (i32.lt_u (local.get $x) (local.get $end))))))
    ;; horizontal sums [sum a0, sum a1, sum a2, sum a3] (inline: calls are not inlined by V8)
    (local.set $h0 (f32x4.add (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $a0) (local.get $a1)) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $a0) (local.get $a1))))
    (local.set $h1 (f32x4.add (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $a2) (local.get $a3)) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $a2) (local.get $a3))))
    (call $st_part (local.get $y)
      (f32x4.mul (local.get $sc)
        (call $i8_tail1 (local.get $x) (local.get $q0) (local.get $q1) (local.get $q2) (local.get $q3)
          (i32.and (local.get $kl) (i32.const 15))
          (f32x4.mul (f32x4.add (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $h0) (local.get $h1)) (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $h0) (local.get $h1))) (v128.const f32x4 0x1p-24 0x1p-24 0x1p-24 0x1p-24))))
      (local.get $nv) (local.get $acc) (local.get $ystep)))

  ;; n <= 4 (decode): like $mm_f32_few, 4 sequential int8 streams (row i of each quarter of the rows).
  (func $mm_i8_few (param $x i32) (param $q i32) (param $scale i32) (param $y i32) (param $n i32) (param $K i32) (param $N i32)
    (local $ks i32) (local $ns i32) (local $seg i32) (local $sb i32) (local $i i32) (local $nv i32) (local $t i32)
    (local $qp0 i32) (local $qp1 i32) (local $qp2 i32) (local $qp3 i32) (local $sp i32) (local $sc v128)
    (local.set $ks (i32.shl (local.get $K) (i32.const 2)))
    (local.set $ns (i32.shl (local.get $N) (i32.const 2)))
    (local.set $seg (i32.shr_u (i32.add (local.get $N) (i32.const 3)) (i32.const 2)))
    (local.set $sb (i32.mul (local.get $seg) (local.get $K)))
    (loop $pass
      (local.set $nv (i32.add (i32.const 1)
        (i32.add (i32.lt_u (i32.add (local.get $i) (local.get $seg)) (local.get $N))
          (i32.add (i32.lt_u (i32.add (local.get $i) (i32.shl (local.get $seg) (i32.const 1))) (local.get $N))
                   (i32.lt_u (i32.add (local.get $i) (i32.mul (local.get $seg) (i32.const 3))) (local.get $N))))))
      (local.set $qp0 (i32.add (local.get $q) (i32.mul (local.get $i) (local.get $K))))
      (local.set $qp1 (select (i32.add (local.get $qp0) (local.get $sb)) (local.get $qp0)
        (i32.gt_u (local.get $nv) (i32.const 1))))
      (local.set $qp2 (select (i32.add (local.get $qp0) (i32.shl (local.get $sb) (i32.const 1))) (local.get $qp0)
        (i32.gt_u (local.get $nv) (i32.const 2))))
      (local.set $qp3 (select (i32.add (local.get $qp0) (i32.mul (local.get $sb) (i32.const 3))) (local.get $qp0)
        (i32.gt_u (local.get $nv) (i32.const 3))))
      ;; the 4 scales (lanes past nv repeat scale[i])
      (local.set $sp (i32.add (local.get $scale) (i32.shl (local.get $i) (i32.const 2))))
      (local.set $sc (v128.load32_splat align=4 (local.get $sp)))
      (if (i32.gt_u (local.get $nv) (i32.const 1))
        (then (local.set $sc (f32x4.replace_lane 1 (local.get $sc)
          (f32.load align=4 (i32.add (local.get $sp) (i32.shl (local.get $seg) (i32.const 2))))))))
      (if (i32.gt_u (local.get $nv) (i32.const 2))
        (then (local.set $sc (f32x4.replace_lane 2 (local.get $sc)
          (f32.load align=4 (i32.add (local.get $sp) (i32.shl (local.get $seg) (i32.const 3))))))))
      (if (i32.gt_u (local.get $nv) (i32.const 3))
        (then (local.set $sc (f32x4.replace_lane 3 (local.get $sc)
          (f32.load align=4 (i32.add (local.get $sp) (i32.mul (local.get $seg) (i32.const 12))))))))
      (local.set $t (i32.const 0))
      (loop $rows
        (call $t1x4_i8 (i32.add (local.get $x) (i32.mul (local.get $t) (local.get $ks)))
          (local.get $qp0) (local.get $qp1) (local.get $qp2) (local.get $qp3)
          (i32.add (local.get $y) (i32.add (i32.mul (local.get $t) (local.get $ns)) (i32.shl (local.get $i) (i32.const 2))))
          (local.get $K) (i32.const 0) (local.get $nv) (i32.shl (local.get $seg) (i32.const 2)) (local.get $sc))
        (local.set $t (i32.add (local.get $t) (i32.const 1)))
        (br_if $rows (i32.lt_u (local.get $t) (local.get $n))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $pass (i32.lt_u (local.get $i) (local.get $seg)))))

  ;; ---------------------------------------------------------------------------------------------------------------
  ;; matmul_i8(x, q, scale, y, n, K, N): y[t*N + o] = scale[o] * sum_k x[t*K + k] * q[o*K + k]  (q int8 [N, K])
  ;; Every x row is run against each group of 4 int8 rows (converted on the fly); the int8 group (4 x KC bytes)
  ;; stays in L1 for all the x rows of a block.
  ;; ---------------------------------------------------------------------------------------------------------------
  (func (export "matmul_i8") (param $x i32) (param $q i32) (param $scale i32) (param $y i32)
                              (param $n i32) (param $K i32) (param $N i32)
    (local $ks i32) (local $ns i32) (local $kc i32) (local $k0 i32) (local $kl i32) (local $acc i32)
    (local $t0 i32) (local $tend i32) (local $t i32) (local $o i32) (local $nv i32)
    (local $qp0 i32) (local $qp1 i32) (local $qp2 i32) (local $qp3 i32) (local $sc v128)
    (if (i32.or (i32.eqz (local.get $n)) (i32.eqz (local.get $N))) (then (return)))
    (if (i32.le_u (local.get $n) (i32.const 4))
      (then
        (call $mm_i8_few (local.get $x) (local.get $q) (local.get $scale) (local.get $y)
          (local.get $n) (local.get $K) (local.get $N))
        (return)))
    (local.set $ks (i32.shl (local.get $K) (i32.const 2)))
    (local.set $ns (i32.shl (local.get $N) (i32.const 2)))
    (local.set $kc (call $minu (local.get $K) (global.get $KC_I8)))
    (local.set $k0 (i32.const 0))
    (loop $kblocks
      (local.set $kl (call $minu (local.get $kc) (i32.sub (local.get $K) (local.get $k0))))
      (local.set $acc (i32.ne (local.get $k0) (i32.const 0)))
      (local.set $t0 (i32.const 0))
      (loop $tblocks
        (local.set $tend (call $minu (i32.add (local.get $t0) (global.get $MC)) (local.get $n)))
        (local.set $o (i32.const 0))
        (loop $oquads
          (local.set $nv (call $minu (i32.sub (local.get $N) (local.get $o)) (i32.const 4)))
          (local.set $qp0 (i32.add (local.get $q) (i32.add (i32.mul (local.get $o) (local.get $K)) (local.get $k0))))
          (local.set $qp1 (select (i32.add (local.get $qp0) (local.get $K)) (local.get $qp0)
            (i32.gt_u (local.get $nv) (i32.const 1))))
          (local.set $qp2 (select (i32.add (local.get $qp0) (i32.shl (local.get $K) (i32.const 1))) (local.get $qp0)
            (i32.gt_u (local.get $nv) (i32.const 2))))
          (local.set $qp3 (select (i32.add (local.get $qp0) (i32.mul (local.get $K) (i32.const 3))) (local.get $qp0)
            (i32.gt_u (local.get $nv) (i32.const 3))))
          (local.set $sc
            (if (result v128) (i32.eq (local.get $nv) (i32.const 4))
              (then (v128.load align=4 (i32.add (local.get $scale) (i32.shl (local.get $o) (i32.const 2)))))
              (else (call $ld_tail (i32.add (local.get $scale) (i32.shl (local.get $o) (i32.const 2))) (local.get $nv)))))
          (local.set $t (local.get $t0))
          (loop $rows
            (call $t1x4_i8
              (i32.add (local.get $x)
                (i32.add (i32.mul (local.get $t) (local.get $ks)) (i32.shl (local.get $k0) (i32.const 2))))
              (local.get $qp0) (local.get $qp1) (local.get $qp2) (local.get $qp3)
              (i32.add (local.get $y)
                (i32.add (i32.mul (local.get $t) (local.get $ns)) (i32.shl (local.get $o) (i32.const 2))))
              (local.get $kl) (local.get $acc) (local.get $nv) (i32.const 4) (local.get $sc))
            (local.set $t (i32.add (local.get $t) (i32.const 1)))
            (br_if $rows (i32.lt_u (local.get $t) (local.get $tend))))
          (local.set $o (i32.add (local.get $o) (i32.const 4)))
          (br_if $oquads (i32.lt_u (local.get $o) (local.get $N))))
        (local.set $t0 (local.get $tend))
        (br_if $tblocks (i32.lt_u (local.get $t0) (local.get $n))))
      (local.set $k0 (i32.add (local.get $k0) (local.get $kc)))
      (br_if $kblocks (i32.lt_u (local.get $k0) (local.get $K)))))

  ;; ---------------------------------------------------------------------------------------------------------------
  ;; dequant_i8(q, scale, out, N, K): out[o*K + k] = f32(q[o*K + k]) * scale[o]   (one f32 multiply: exact
  ;; float32(q * scale))
  ;; ---------------------------------------------------------------------------------------------------------------
  (func (export "dequant_i8") (param $q i32) (param $scale i32) (param $out i32) (param $N i32) (param $K i32)
    (local $o i32) (local $s v128) (local $qv v128) (local $lo v128) (local $hi v128) (local $end i32) (local $rend i32)
    (block $done
      (loop $rows
        (br_if $done (i32.ge_u (local.get $o) (local.get $N)))
        (local.set $s (v128.load32_splat align=4 (i32.add (local.get $scale) (i32.shl (local.get $o) (i32.const 2)))))
        (local.set $rend (i32.add (local.get $q) (local.get $K)))
        (local.set $end (i32.add (local.get $q) (i32.and (local.get $K) (i32.const -16))))
        (block $d16
          (loop $l16
            (br_if $d16 (i32.ge_u (local.get $q) (local.get $end)))
            (local.set $qv (v128.load align=1 (local.get $q)))
            (local.set $lo (i16x8.extend_low_i8x16_s (local.get $qv)))
            (local.set $hi (i16x8.extend_high_i8x16_s (local.get $qv)))
            (v128.store align=4 (local.get $out)
              (f32x4.mul (local.get $s) (f32x4.convert_i32x4_s (i32x4.extend_low_i16x8_s (local.get $lo)))))
            (v128.store offset=16 align=4 (local.get $out)
              (f32x4.mul (local.get $s) (f32x4.convert_i32x4_s (i32x4.extend_high_i16x8_s (local.get $lo)))))
            (v128.store offset=32 align=4 (local.get $out)
              (f32x4.mul (local.get $s) (f32x4.convert_i32x4_s (i32x4.extend_low_i16x8_s (local.get $hi)))))
            (v128.store offset=48 align=4 (local.get $out)
              (f32x4.mul (local.get $s) (f32x4.convert_i32x4_s (i32x4.extend_high_i16x8_s (local.get $hi)))))
            (local.set $q (i32.add (local.get $q) (i32.const 16)))
            (local.set $out (i32.add (local.get $out) (i32.const 64)))
            (br $l16)))
        (block $d1
          (loop $l1
            (br_if $d1 (i32.ge_u (local.get $q) (local.get $rend)))
            (f32.store align=4 (local.get $out)
              (f32.mul (f32x4.extract_lane 0 (local.get $s)) (f32.convert_i32_s (i32.load8_s (local.get $q)))))
            (local.set $q (i32.add (local.get $q) (i32.const 1)))
            (local.set $out (i32.add (local.get $out) (i32.const 4)))
            (br $l1)))
        (local.set $o (i32.add (local.get $o) (i32.const 1)))
        (br $rows))))

  ;; ---------------------------------------------------------------------------------------------------------------
  ;; Integer-dot decode kernels (int8 and q4 weights read in place, never expanded to f32). quant_x turns each x row
  ;; into an exact-as-needed fixed point: X_k = round(x_k * 2^e) with one power of two 2^e per row chosen so that
  ;; max|X| < 2^30, split as X = h * 2^15 + l (h signed, l in [0, 2^15): two int16 each). A weight row then costs
  ;; i32x4.dot_i16x8_s (pmaddwd) on int16 lanes: exact integer products and sums, one f32 rounding per lane sum.
  ;; Row layout at xq + t * row bytes (quant_x_row_bytes(K)):
  ;;   16 bytes      f32 2^-e (lane 0; NaN when the row holds a NaN or an infinity), then 12 bytes of zeros
  ;;   64 per block  for each 16 values k0..k0+15 (zeros past K): int16 h of the even k, h of the odd k,
  ;;                 l of the even k, l of the odd k (8 lanes each; lane j = value k0 + 2j or k0 + 2j + 1)
  ;;   K / G f32     (room for K / 32, padded to 16 bytes) the sum of x over each group of G values (G = 32, 64 or
  ;;                 128; none when G = 0), summed in f64 and rounded once
  ;; The even/odd split matches both weight layouts: in 16 int8 bytes read as int16 lanes, lane j holds weight 2j in
  ;; its low byte and 2j + 1 in its high byte; in 8 q4 bytes widened to int16 lanes, lane j holds weight 2j in its
  ;; low nibble and 2j + 1 in its high nibble (the bundle's q4 byte order).
  ;; ---------------------------------------------------------------------------------------------------------------

  ;; min(rem, 4) f32 at p (rem > 0), zeros in the other lanes; 0 when rem <= 0 (signed)
  (func $ld4z (param $p i32) (param $rem i32) (result v128)
    (if (result v128) (i32.ge_s (local.get $rem) (i32.const 4))
      (then (v128.load align=4 (local.get $p)))
      (else
        (if (result v128) (i32.gt_s (local.get $rem) (i32.const 0))
          (then (call $ld_tail (local.get $p) (local.get $rem)))
          (else (v128.const i32x4 0 0 0 0))))))

  (func (export "quant_x") (param $x i32) (param $xq i32) (param $n i32) (param $K i32) (param $G i32)
    (local $t i32) (local $k i32) (local $m v128) (local $b i32) (local $e i32) (local $f v128) (local $inv f32)
    (local $p i32) (local $o i32) (local $rem i32) (local $X0 v128) (local $X1 v128) (local $X2 v128) (local $X3 v128)
    (local $h0 v128) (local $h1 v128) (local $l0 v128) (local $l1 v128) (local $s f64) (local $g i32) (local $gend i32)
    (local $mask v128)
    (local.set $mask (v128.const i32x4 0x7fff 0x7fff 0x7fff 0x7fff))
    (block $done
      (loop $rows
        (br_if $done (i32.ge_u (local.get $t) (local.get $n)))
        ;; max |x| (NaN wins)
        (local.set $m (v128.const i32x4 0 0 0 0))
        (local.set $k (i32.const 0))
        (block $dm
          (loop $lm
            (br_if $dm (i32.ge_u (local.get $k) (local.get $K)))
            (local.set $m (f32x4.max (local.get $m) (f32x4.abs
              (call $ld4z (i32.add (local.get $x) (i32.shl (local.get $k) (i32.const 2))) (i32.sub (local.get $K) (local.get $k))))))
            (local.set $k (i32.add (local.get $k) (i32.const 4)))
            (br $lm)))
        ;; biased exponent b of max|x|: e = 156 - b (max * 2^e < 2^30), at most 126 (a zero or tiny row)
        (local.set $b (i32.and (i32.shr_u (i32.reinterpret_f32 (call $hmax1 (local.get $m))) (i32.const 23)) (i32.const 255)))
        (local.set $e (select (i32.sub (i32.const 156) (local.get $b)) (i32.const 126) (i32.gt_u (local.get $b) (i32.const 29))))
        (local.set $f (f32x4.splat (f32.reinterpret_i32 (i32.shl (i32.add (local.get $e) (i32.const 127)) (i32.const 23)))))
        (local.set $inv (f32.reinterpret_i32 (i32.shl (i32.sub (i32.const 127) (local.get $e)) (i32.const 23))))
        (if (i32.eq (local.get $b) (i32.const 255))
          (then (local.set $inv (f32.const nan)) (local.set $f (v128.const i32x4 0 0 0 0))))
        (v128.store align=4 (local.get $xq) (f32x4.replace_lane 0 (v128.const i32x4 0 0 0 0) (local.get $inv)))
        (local.set $o (i32.add (local.get $xq) (i32.const 16)))
        ;; blocks of 16
        (local.set $k (i32.const 0))
        (block $db
          (loop $lb
            (br_if $db (i32.ge_u (local.get $k) (local.get $K)))
            (local.set $p (i32.add (local.get $x) (i32.shl (local.get $k) (i32.const 2))))
            (local.set $rem (i32.sub (local.get $K) (local.get $k)))
            (local.set $X0 (i32x4.trunc_sat_f32x4_s (f32x4.nearest (f32x4.mul (local.get $f) (call $ld4z (local.get $p) (local.get $rem))))))
            (local.set $X1 (i32x4.trunc_sat_f32x4_s (f32x4.nearest (f32x4.mul (local.get $f)
              (call $ld4z (i32.add (local.get $p) (i32.const 16)) (i32.sub (local.get $rem) (i32.const 4)))))))
            (local.set $X2 (i32x4.trunc_sat_f32x4_s (f32x4.nearest (f32x4.mul (local.get $f)
              (call $ld4z (i32.add (local.get $p) (i32.const 32)) (i32.sub (local.get $rem) (i32.const 8)))))))
            (local.set $X3 (i32x4.trunc_sat_f32x4_s (f32x4.nearest (f32x4.mul (local.get $f)
              (call $ld4z (i32.add (local.get $p) (i32.const 48)) (i32.sub (local.get $rem) (i32.const 12)))))))
            ;; int16 h and l of values 0..7 and 8..15
            (local.set $h0 (i16x8.narrow_i32x4_s (i32x4.shr_s (local.get $X0) (i32.const 15)) (i32x4.shr_s (local.get $X1) (i32.const 15))))
            (local.set $h1 (i16x8.narrow_i32x4_s (i32x4.shr_s (local.get $X2) (i32.const 15)) (i32x4.shr_s (local.get $X3) (i32.const 15))))
            (local.set $l0 (i16x8.narrow_i32x4_s (v128.and (local.get $X0) (local.get $mask)) (v128.and (local.get $X1) (local.get $mask))))
            (local.set $l1 (i16x8.narrow_i32x4_s (v128.and (local.get $X2) (local.get $mask)) (v128.and (local.get $X3) (local.get $mask))))
            (v128.store align=4 (local.get $o)
              (i8x16.shuffle 0 1 4 5 8 9 12 13 16 17 20 21 24 25 28 29 (local.get $h0) (local.get $h1)))
            (v128.store offset=16 align=4 (local.get $o)
              (i8x16.shuffle 2 3 6 7 10 11 14 15 18 19 22 23 26 27 30 31 (local.get $h0) (local.get $h1)))
            (v128.store offset=32 align=4 (local.get $o)
              (i8x16.shuffle 0 1 4 5 8 9 12 13 16 17 20 21 24 25 28 29 (local.get $l0) (local.get $l1)))
            (v128.store offset=48 align=4 (local.get $o)
              (i8x16.shuffle 2 3 6 7 10 11 14 15 18 19 22 23 26 27 30 31 (local.get $l0) (local.get $l1)))
            (local.set $o (i32.add (local.get $o) (i32.const 64)))
            (local.set $k (i32.add (local.get $k) (i32.const 16)))
            (br $lb)))
        ;; group sums (f64, rounded once)
        (if (local.get $G)
          (then
            (local.set $k (i32.const 0))
            (block $dg
              (loop $lg
                (br_if $dg (i32.ge_u (local.get $k) (local.get $K)))
                (local.set $gend (call $minu (i32.add (local.get $k) (local.get $G)) (local.get $K)))
                (local.set $s (f64.const 0))
                (block $ds
                  (loop $ls
                    (br_if $ds (i32.ge_u (local.get $k) (local.get $gend)))
                    (local.set $s (f64.add (local.get $s)
                      (f64.promote_f32 (f32.load align=4 (i32.add (local.get $x) (i32.shl (local.get $k) (i32.const 2)))))))
                    (local.set $k (i32.add (local.get $k) (i32.const 1)))
                    (br $ls)))
                (f32.store align=4 (local.get $o) (f32.demote_f64 (local.get $s)))
                (local.set $o (i32.add (local.get $o) (i32.const 4)))
                (br $lg)))))
        (local.set $x (i32.add (local.get $x) (i32.shl (local.get $K) (i32.const 2))))
        (local.set $xq (i32.add (local.get $xq) (call $quant_x_row_bytes (local.get $K))))
        (local.set $t (i32.add (local.get $t) (i32.const 1)))
        (br $rows))))

  ;; bytes of one quant_x row: 16 + 64 * ceil(K / 16) + 16 * ceil(K / 128) (room for K / 32 group sums)
  (func $quant_x_row_bytes (export "quant_x_row_bytes") (param $K i32) (result i32)
    (i32.add (i32.const 16)
      (i32.add (i32.shl (i32.shr_u (i32.add (local.get $K) (i32.const 15)) (i32.const 4)) (i32.const 6))
               (i32.shl (i32.shr_u (i32.add (local.get $K) (i32.const 127)) (i32.const 7)) (i32.const 4)))))

  ;; y[j*ystep] = sc[j] * 2^-e * sum_k X_k q_j[k] for j < nv (2 int8 rows, K % 16 == 0; xr: one quant_x row).
  ;; Integer sums in chunks of 128 blocks (2048 values: |lane| < 128 * 2^24 = 2^31, no overflow), each chunk's lanes
  ;; converted to f32, the 4 lanes of a row summed pairwise, h sums times 2^15 plus l sums added to the total.
  ;; Two rows, not four: with four (8 accumulators + 4 x vectors + temporaries) V8 spilled accumulators every
  ;; iteration (measured 1.55x slower than two on cache-resident weights).
  (func $t1x2_i8x (param $xr i32) (param $q0 i32) (param $q1 i32) 
                  (param $y i32) (param $K i32) (param $nv i32) (param $ystep i32) (param $sc v128)
    (local $xp i32) (local $end i32) (local $cend i32) (local $tot v128)
    (local $h0 v128) (local $h1 v128) 
    (local $l0 v128) (local $l1 v128) 
    (local $xe v128) (local $xo v128) (local $ye v128) (local $yo v128) (local $v v128) (local $we v128) (local $wo v128)
    (local.set $xp (i32.add (local.get $xr) (i32.const 16)))
    (local.set $end (i32.add (local.get $xp) (i32.shl (i32.shr_u (local.get $K) (i32.const 4)) (i32.const 6))))
    (block $chunks_done
      (loop $chunks
        (br_if $chunks_done (i32.ge_u (local.get $xp) (local.get $end)))
        (local.set $cend (call $minu (i32.add (local.get $xp) (i32.const 8192)) (local.get $end)))
        (local.set $h0 (v128.const i32x4 0 0 0 0)) (local.set $h1 (v128.const i32x4 0 0 0 0))
        (local.set $l0 (v128.const i32x4 0 0 0 0)) (local.set $l1 (v128.const i32x4 0 0 0 0))
        (loop $l
          (local.set $xe (v128.load align=4 (local.get $xp)))
          (local.set $xo (v128.load offset=16 align=4 (local.get $xp)))
          (local.set $ye (v128.load offset=32 align=4 (local.get $xp)))
          (local.set $yo (v128.load offset=48 align=4 (local.get $xp)))
          (local.set $v (v128.load align=1 (local.get $q0)))
          (local.set $we (i16x8.shr_s (i16x8.shl (local.get $v) (i32.const 8)) (i32.const 8)))
          (local.set $wo (i16x8.shr_s (local.get $v) (i32.const 8)))
          (local.set $h0 (i32x4.add (local.get $h0) (i32x4.add (i32x4.dot_i16x8_s (local.get $we) (local.get $xe)) (i32x4.dot_i16x8_s (local.get $wo) (local.get $xo)))))
          (local.set $l0 (i32x4.add (local.get $l0) (i32x4.add (i32x4.dot_i16x8_s (local.get $we) (local.get $ye)) (i32x4.dot_i16x8_s (local.get $wo) (local.get $yo)))))
          (local.set $v (v128.load align=1 (local.get $q1)))
          (local.set $we (i16x8.shr_s (i16x8.shl (local.get $v) (i32.const 8)) (i32.const 8)))
          (local.set $wo (i16x8.shr_s (local.get $v) (i32.const 8)))
          (local.set $h1 (i32x4.add (local.get $h1) (i32x4.add (i32x4.dot_i16x8_s (local.get $we) (local.get $xe)) (i32x4.dot_i16x8_s (local.get $wo) (local.get $xo)))))
          (local.set $l1 (i32x4.add (local.get $l1) (i32x4.add (i32x4.dot_i16x8_s (local.get $we) (local.get $ye)) (i32x4.dot_i16x8_s (local.get $wo) (local.get $yo)))))
          (local.set $xp (i32.add (local.get $xp) (i32.const 64)))
          (local.set $q0 (i32.add (local.get $q0) (i32.const 16)))
          (local.set $q1 (i32.add (local.get $q1) (i32.const 16)))
          (br_if $l (i32.lt_u (local.get $xp) (local.get $cend))))
        (local.set $tot (f32x4.add (local.get $tot)
          (f32x4.add
            (f32x4.mul (v128.const f32x4 32768 32768 32768 32768)
              (call $hsum4 (f32x4.convert_i32x4_s (local.get $h0)) (f32x4.convert_i32x4_s (local.get $h1))
                           (v128.const i32x4 0 0 0 0) (v128.const i32x4 0 0 0 0)))
            (call $hsum4 (f32x4.convert_i32x4_s (local.get $l0)) (f32x4.convert_i32x4_s (local.get $l1))
                         (v128.const i32x4 0 0 0 0) (v128.const i32x4 0 0 0 0)))))
        (br $chunks)))
    (call $st_part (local.get $y)
      (f32x4.mul (local.get $sc) (f32x4.mul (local.get $tot) (v128.load32_splat align=4 (local.get $xr))))
      (local.get $nv) (i32.const 0) (local.get $ystep)))

  ;; matmul_i8x(xq, q, scale, y, n, K, N): matmul_i8's result from quant_x rows (K % 16 == 0), 2 sequential streams
  ;; (row i of each half of the rows).
  ;; (row i of each quarter of the rows) like the f32 decode kernel.
  (func (export "matmul_i8x") (param $xq i32) (param $q i32) (param $scale i32) (param $y i32) (param $n i32) (param $K i32) (param $N i32)
    (local $xs i32) (local $ns i32) (local $seg i32) (local $sb i32) (local $i i32) (local $nv i32) (local $t i32)
    (local $qp0 i32) (local $qp1 i32) (local $sp i32) (local $sc v128)
    (if (i32.or (i32.eqz (local.get $n)) (i32.eqz (local.get $N))) (then (return)))
    (local.set $xs (call $quant_x_row_bytes (local.get $K)))
    (local.set $ns (i32.shl (local.get $N) (i32.const 2)))
    (local.set $seg (i32.shr_u (i32.add (local.get $N) (i32.const 1)) (i32.const 1)))
    (local.set $sb (i32.mul (local.get $seg) (local.get $K)))
    (loop $pass
      (local.set $nv (i32.add (i32.const 1) (i32.lt_u (i32.add (local.get $i) (local.get $seg)) (local.get $N))))
      (local.set $qp0 (i32.add (local.get $q) (i32.mul (local.get $i) (local.get $K))))
      (local.set $qp1 (select (i32.add (local.get $qp0) (local.get $sb)) (local.get $qp0)
        (i32.gt_u (local.get $nv) (i32.const 1))))
      (local.set $sp (i32.add (local.get $scale) (i32.shl (local.get $i) (i32.const 2))))
      (local.set $sc (v128.load32_splat align=4 (local.get $sp)))
      (if (i32.gt_u (local.get $nv) (i32.const 1))
        (then (local.set $sc (f32x4.replace_lane 1 (local.get $sc)
          (f32.load align=4 (i32.add (local.get $sp) (i32.shl (local.get $seg) (i32.const 2))))))))
      (local.set $t (i32.const 0))
      (loop $rows
        (call $t1x2_i8x (i32.add (local.get $xq) (i32.mul (local.get $t) (local.get $xs)))
          (local.get $qp0) (local.get $qp1)
          (i32.add (local.get $y) (i32.add (i32.mul (local.get $t) (local.get $ns)) (i32.shl (local.get $i) (i32.const 2))))
          (local.get $K) (local.get $nv) (i32.shl (local.get $seg) (i32.const 2)) (local.get $sc))
        (local.set $t (i32.add (local.get $t) (i32.const 1)))
        (br_if $rows (i32.lt_u (local.get $t) (local.get $n))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $pass (i32.lt_u (local.get $i) (local.get $seg)))))

  ;; matmul_q4x(xq, q, so, y, n, K, N, G): y[t*N + o] = sum_g (s[o,g] * sum_{k in g} x_k u[o,k] + f[o,g] * sum_{k in g} x_k)
  ;; from quant_x rows made with the same G. q: uint8 [N, K/2], value k of a row in the low nibble of byte k/2 when
  ;; k is even, the high nibble when odd (the bundle's layout); so: f32 [N, K/G, 2] pairs (s, f) per group (f = -8 s
  ;; for a symmetric group, the offset for an affine one). G is 32, 64 or 128 and K % G == 0.
  ;; One weight row at a time against every x row (the row stays in L1), 32 values per inner iteration. Per group
  ;; the integer sums are exact and below 2^24 (|h| <= 2^15, u <= 15, G <= 128), so each lane converts to f32
  ;; exactly; then lane = cvt(h) 2^15 + cvt(l) (one rounding), acc += s * lane (two); after the groups, the offset
  ;; terms sum_g f * (group sum) four groups at a time (lane j: groups j, j + 4, ...; the last K/G mod 4 one by one).
  ;; Two weight rows sharing the x loads were measured slower (18 live vectors: V8 spilled), and the offsets in a
  ;; scalar loop cost ~15% of a g32 matmul. (Combining h and l in i32 before one conversion measured no faster and
  ;; less accurate.)
  (func (export "matmul_q4x") (param $xq i32) (param $q i32) (param $so i32) (param $y i32) (param $n i32) (param $K i32)
                              (param $N i32) (param $G i32)
    (local $xs i32) (local $o i32) (local $t i32) (local $xr i32) (local $xp i32) (local $qa i32) (local $sa i32)
    (local $gs i32) (local $gend i32) (local $xend i32) (local $rb i32) (local $gb i32) (local $r i32)
    (local $acc v128) (local $facc v128) (local $dh v128) (local $dl v128) (local $v v128) (local $we v128) (local $wo v128)
    (local $m15 v128) (local $fsum f32)
    (if (i32.or (i32.eqz (local.get $n)) (i32.eqz (local.get $N))) (then (return)))
    (local.set $xs (call $quant_x_row_bytes (local.get $K)))
    (local.set $rb (i32.shr_u (local.get $K) (i32.const 1)))
    (local.set $gb (i32.shl (i32.div_u (local.get $K) (local.get $G)) (i32.const 3)))
    (local.set $m15 (v128.const i16x8 15 15 15 15 15 15 15 15))
    (loop $outs
      (local.set $t (i32.const 0))
      (loop $xrows
        (local.set $xr (i32.add (local.get $xq) (i32.mul (local.get $t) (local.get $xs))))
        (local.set $xp (i32.add (local.get $xr) (i32.const 16)))
        (local.set $xend (i32.add (local.get $xp) (i32.shl (i32.shr_u (local.get $K) (i32.const 4)) (i32.const 6))))
        (local.set $qa (i32.add (local.get $q) (i32.mul (local.get $o) (local.get $rb))))
        (local.set $sa (i32.add (local.get $so) (i32.mul (local.get $o) (local.get $gb))))
        (local.set $acc (v128.const i32x4 0 0 0 0))
        (loop $groups
          (local.set $gend (i32.add (local.get $xp) (i32.shl (local.get $G) (i32.const 2))))
          (local.set $dh (v128.const i32x4 0 0 0 0))
          (local.set $dl (v128.const i32x4 0 0 0 0))
          (loop $blocks
            (local.set $v (v128.load8x8_u align=1 (local.get $qa)))
            (local.set $we (v128.and (local.get $v) (local.get $m15)))
            (local.set $wo (i16x8.shr_u (local.get $v) (i32.const 4)))
            (local.set $dh (i32x4.add (local.get $dh) (i32x4.add
              (i32x4.dot_i16x8_s (local.get $we) (v128.load align=4 (local.get $xp)))
              (i32x4.dot_i16x8_s (local.get $wo) (v128.load offset=16 align=4 (local.get $xp))))))
            (local.set $dl (i32x4.add (local.get $dl) (i32x4.add
              (i32x4.dot_i16x8_s (local.get $we) (v128.load offset=32 align=4 (local.get $xp)))
              (i32x4.dot_i16x8_s (local.get $wo) (v128.load offset=48 align=4 (local.get $xp))))))
            (local.set $v (v128.load8x8_u offset=8 align=1 (local.get $qa)))
            (local.set $we (v128.and (local.get $v) (local.get $m15)))
            (local.set $wo (i16x8.shr_u (local.get $v) (i32.const 4)))
            (local.set $dh (i32x4.add (local.get $dh) (i32x4.add
              (i32x4.dot_i16x8_s (local.get $we) (v128.load offset=64 align=4 (local.get $xp)))
              (i32x4.dot_i16x8_s (local.get $wo) (v128.load offset=80 align=4 (local.get $xp))))))
            (local.set $dl (i32x4.add (local.get $dl) (i32x4.add
              (i32x4.dot_i16x8_s (local.get $we) (v128.load offset=96 align=4 (local.get $xp)))
              (i32x4.dot_i16x8_s (local.get $wo) (v128.load offset=112 align=4 (local.get $xp))))))
            (local.set $xp (i32.add (local.get $xp) (i32.const 128)))
            (local.set $qa (i32.add (local.get $qa) (i32.const 16)))
            (br_if $blocks (i32.lt_u (local.get $xp) (local.get $gend))))
          (local.set $acc (f32x4.add (local.get $acc) (f32x4.mul (v128.load32_splat align=4 (local.get $sa))
            (f32x4.add (f32x4.mul (f32x4.convert_i32x4_s (local.get $dh)) (v128.const f32x4 32768 32768 32768 32768))
                       (f32x4.convert_i32x4_s (local.get $dl))))))
          (local.set $sa (i32.add (local.get $sa) (i32.const 8)))
          (br_if $groups (i32.lt_u (local.get $xp) (local.get $xend))))
        ;; the offset terms: sum_g f[o,g] * (group sum g of x), four groups a vector, then the rest one by one
        (local.set $gs (local.get $xend))
        (local.set $sa (i32.sub (local.get $sa) (local.get $gb)))
        (local.set $r (i32.shr_u (local.get $gb) (i32.const 3)))
        (local.set $facc (v128.const i32x4 0 0 0 0))
        (block $vdone
          (loop $voffs
            (br_if $vdone (i32.lt_u (local.get $r) (i32.const 4)))
            (local.set $facc (f32x4.add (local.get $facc) (f32x4.mul
              (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
                (v128.load align=4 (local.get $sa)) (v128.load offset=16 align=4 (local.get $sa)))
              (v128.load align=4 (local.get $gs)))))
            (local.set $sa (i32.add (local.get $sa) (i32.const 32)))
            (local.set $gs (i32.add (local.get $gs) (i32.const 16)))
            (local.set $r (i32.sub (local.get $r) (i32.const 4)))
            (br $voffs)))
        (local.set $fsum (call $hsum1 (local.get $facc)))
        (block $odone
          (loop $offs
            (br_if $odone (i32.eqz (local.get $r)))
            (local.set $fsum (f32.add (local.get $fsum)
              (f32.mul (f32.load offset=4 align=4 (local.get $sa)) (f32.load align=4 (local.get $gs)))))
            (local.set $sa (i32.add (local.get $sa) (i32.const 8)))
            (local.set $gs (i32.add (local.get $gs) (i32.const 4)))
            (local.set $r (i32.sub (local.get $r) (i32.const 1)))
            (br $offs)))
        (f32.store align=4
          (i32.add (local.get $y) (i32.shl (i32.add (i32.mul (local.get $t) (local.get $N)) (local.get $o)) (i32.const 2)))
          (f32.add (f32.mul (call $hsum1 (local.get $acc)) (f32.load align=4 (local.get $xr))) (local.get $fsum)))
        (local.set $t (i32.add (local.get $t) (i32.const 1)))
        (br_if $xrows (i32.lt_u (local.get $t) (local.get $n))))
      (local.set $o (i32.add (local.get $o) (i32.const 1)))
      (br_if $outs (i32.lt_u (local.get $o) (local.get $N)))))

  ;; dequant_q4x(q, so, out, N, K, G, affine): the bundle's float32 weights exactly, 16 values a step in f32x4
  ;; arithmetic (no fused multiply-add): symmetric (affine = 0) fround(s * (u - 8)) (the nibble minus 8 converted
  ;; exactly, one rounding; the pair's f is not read); affine fround(fround(s * u) + f), mlx-lm's order. out: f32
  ;; [N, K]; G a multiple of 16 dividing K.
  (func (export "dequant_q4x") (param $q i32) (param $so i32) (param $out i32) (param $N i32) (param $K i32) (param $G i32)
                               (param $affine i32)
    (local $i i32) (local $total i32) (local $gend i32) (local $s v128) (local $f v128) (local $v v128)
    (local $we v128) (local $wo v128) (local $a v128) (local $b v128) (local $m15 v128) (local $p i32) (local $sub v128)
    (local.set $total (i32.mul (local.get $N) (local.get $K)))
    (local.set $m15 (v128.const i16x8 15 15 15 15 15 15 15 15))
    ;; symmetric: u - 8 (signed) and f = -0 (x + -0 = x, zeros keep their sign); affine: u and the stored offset
    (local.set $sub (select (v128.const i16x8 0 0 0 0 0 0 0 0) (v128.const i16x8 8 8 8 8 8 8 8 8) (local.get $affine)))
    (local.set $f (v128.const f32x4 -0 -0 -0 -0))
    (block $done
      (loop $groups
        (br_if $done (i32.ge_u (local.get $i) (local.get $total)))
        (local.set $s (v128.load32_splat align=4 (local.get $so)))
        (if (local.get $affine) (then (local.set $f (v128.load32_splat offset=4 align=4 (local.get $so)))))
        (local.set $so (i32.add (local.get $so) (i32.const 8)))
        (local.set $gend (i32.add (local.get $i) (local.get $G)))
        (loop $blocks
          ;; 8 bytes = 16 values: lane j of we / wo = value 2j / 2j + 1, interleaved back into column order
          (local.set $v (v128.load8x8_u align=1 (i32.add (local.get $q) (i32.shr_u (local.get $i) (i32.const 1)))))
          (local.set $we (v128.and (local.get $v) (local.get $m15)))
          (local.set $wo (i16x8.shr_u (local.get $v) (i32.const 4)))
          (local.set $a (i16x8.sub
            (i8x16.shuffle 0 1 16 17 2 3 18 19 4 5 20 21 6 7 22 23 (local.get $we) (local.get $wo)) (local.get $sub)))
          (local.set $b (i16x8.sub
            (i8x16.shuffle 8 9 24 25 10 11 26 27 12 13 28 29 14 15 30 31 (local.get $we) (local.get $wo)) (local.get $sub)))
          (local.set $p (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2))))
          (v128.store align=4 (local.get $p) (f32x4.add (local.get $f) (f32x4.mul (local.get $s)
            (f32x4.convert_i32x4_s (i32x4.extend_low_i16x8_s (local.get $a))))))
          (v128.store offset=16 align=4 (local.get $p) (f32x4.add (local.get $f) (f32x4.mul (local.get $s)
            (f32x4.convert_i32x4_s (i32x4.extend_high_i16x8_s (local.get $a))))))
          (v128.store offset=32 align=4 (local.get $p) (f32x4.add (local.get $f) (f32x4.mul (local.get $s)
            (f32x4.convert_i32x4_s (i32x4.extend_low_i16x8_s (local.get $b))))))
          (v128.store offset=48 align=4 (local.get $p) (f32x4.add (local.get $f) (f32x4.mul (local.get $s)
            (f32x4.convert_i32x4_s (i32x4.extend_high_i16x8_s (local.get $b))))))
          (local.set $i (i32.add (local.get $i) (i32.const 16)))
          (br_if $blocks (i32.lt_u (local.get $i) (local.get $gend))))
        (br $groups))))

  ;; ---------------------------------------------------------------------------------------------------------------
  ;; exp for f32x4. Range reduction x = n*ln2 + r, |r| <= ln2/2 (n = nearest(x*log2(e)), ln2 split in a 9-bit
  ;; head, exact times any |n| <= 150, and a tail), polynomial 1 + r + r^2*P(r), P of degree 5 with the
  ;; classic float minimax coefficients for P, then 2^n applied as two exact powers of two 2^(n>>1) * 2^(n-(n>>1))
  ;; so that results in the subnormal range are rounded once. x is clamped to [-104, 89]; exp(-104) is below
  ;; half the smallest subnormal, so everything below rounds to +0 as it should; above 89 the result is +inf as
  ;; it should (exp(88.73) already overflows). NaN in, NaN out.
  ;; ---------------------------------------------------------------------------------------------------------------
  (func $exp4 (param $x v128) (result v128)
    (local $n v128) (local $r v128) (local $p v128) (local $ni v128) (local $k1 v128)
    (local.set $x (f32x4.min (f32x4.max (local.get $x) (v128.const f32x4 -104 -104 -104 -104))
                             (v128.const f32x4 89 89 89 89)))
    (local.set $n (f32x4.nearest (f32x4.mul (local.get $x)
      (v128.const f32x4 1.44269504088896341 1.44269504088896341 1.44269504088896341 1.44269504088896341))))
    (local.set $r (f32x4.sub (local.get $x)
      (f32x4.mul (local.get $n) (v128.const f32x4 0.693359375 0.693359375 0.693359375 0.693359375))))
    (local.set $r (f32x4.sub (local.get $r)
      (f32x4.mul (local.get $n) (v128.const f32x4 -2.12194440e-4 -2.12194440e-4 -2.12194440e-4 -2.12194440e-4))))
    ;; P(r) = P0 + r*(P1 + r*(P2 + r*(P3 + r*(P4 + r*P5))))
    (local.set $p (f32x4.add (f32x4.mul (local.get $r) (v128.const f32x4 1.9875691500e-4 1.9875691500e-4 1.9875691500e-4 1.9875691500e-4))
                             (v128.const f32x4 1.3981999507e-3 1.3981999507e-3 1.3981999507e-3 1.3981999507e-3)))
    (local.set $p (f32x4.add (f32x4.mul (local.get $r) (local.get $p))
                             (v128.const f32x4 8.3334519073e-3 8.3334519073e-3 8.3334519073e-3 8.3334519073e-3)))
    (local.set $p (f32x4.add (f32x4.mul (local.get $r) (local.get $p))
                             (v128.const f32x4 4.1665795894e-2 4.1665795894e-2 4.1665795894e-2 4.1665795894e-2)))
    (local.set $p (f32x4.add (f32x4.mul (local.get $r) (local.get $p))
                             (v128.const f32x4 1.6666665459e-1 1.6666665459e-1 1.6666665459e-1 1.6666665459e-1)))
    (local.set $p (f32x4.add (f32x4.mul (local.get $r) (local.get $p))
                             (v128.const f32x4 5.0000001201e-1 5.0000001201e-1 5.0000001201e-1 5.0000001201e-1)))
    ;; exp(r) ~ 1 + (r + r^2 * P(r))
    (local.set $p (f32x4.add (v128.const f32x4 1 1 1 1)
      (f32x4.add (local.get $r) (f32x4.mul (f32x4.mul (local.get $r) (local.get $r)) (local.get $p)))))
    ;; 2^n = 2^k1 * 2^(n-k1), k1 = n >> 1; both factors are normal floats for n in [-150, 128]
    (local.set $ni (i32x4.trunc_sat_f32x4_s (local.get $n)))
    (local.set $k1 (i32x4.shr_s (local.get $ni) (i32.const 1)))
    (f32x4.mul
      (f32x4.mul (local.get $p)
        (i32x4.shl (i32x4.add (local.get $k1) (v128.const i32x4 127 127 127 127)) (i32.const 23)))
      (i32x4.shl (i32x4.add (i32x4.sub (local.get $ni) (local.get $k1)) (v128.const i32x4 127 127 127 127)) (i32.const 23))))

  ;; exp_f32(x, y, n): y[i] = exp(x[i]) for i < n  (y may equal x)
  (func (export "exp_f32") (param $x i32) (param $y i32) (param $n i32)
    (local $end i32) (local $r i32) (local $v v128)
    (local.set $end (i32.add (local.get $x) (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2))))
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $x) (local.get $end)))
        (v128.store align=4 (local.get $y) (call $exp4 (v128.load align=4 (local.get $x))))
        (local.set $x (i32.add (local.get $x) (i32.const 16)))
        (local.set $y (i32.add (local.get $y) (i32.const 16)))
        (br $l)))
    (local.set $r (i32.and (local.get $n) (i32.const 3)))
    (if (local.get $r)
      (then (call $st_part (local.get $y) (call $exp4 (call $ld_tail (local.get $x) (local.get $r)))
              (local.get $r) (i32.const 0) (i32.const 4)))))

  ;; ---------------------------------------------------------------------------------------------------------------
  ;; rmsnorm_rows(x, y, rows, C, eps, mul): per row of C values, y = x * mul / sqrt(mean(x^2) + eps).
  ;; The sum of squares is accumulated in f64 (squares of f32 are exact in f64), the factor computed in f64 and
  ;; each output is f32(x * factor) computed in f64: one rounding (<= 0.5 ulp + the f64 sum's tiny error).
  ;; y may equal x.
  ;; ---------------------------------------------------------------------------------------------------------------
  (func (export "rmsnorm_rows") (param $x i32) (param $y i32) (param $rows i32) (param $C i32) (param $eps f32) (param $mul f32)
    (local $i i32) (local $p i32) (local $end i32) (local $rend i32) (local $v v128) (local $lo v128) (local $hi v128)
    (local $s0 v128) (local $s1 v128) (local $ss f64) (local $fd f64) (local $fv v128) (local $q i32)
    (block $done
      (loop $row
        (br_if $done (i32.ge_u (local.get $i) (local.get $rows)))
        (local.set $s0 (v128.const f64x2 0 0))
        (local.set $s1 (v128.const f64x2 0 0))
        (local.set $p (local.get $x))
        (local.set $rend (i32.add (local.get $x) (i32.shl (local.get $C) (i32.const 2))))
        (local.set $end (i32.add (local.get $x) (i32.shl (i32.and (local.get $C) (i32.const -4)) (i32.const 2))))
        (block $d4
          (loop $l4
            (br_if $d4 (i32.ge_u (local.get $p) (local.get $end)))
            (local.set $v (v128.load align=4 (local.get $p)))
            (local.set $lo (f64x2.promote_low_f32x4 (local.get $v)))
            (local.set $hi (f64x2.promote_low_f32x4
              (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $v) (local.get $v))))
            (local.set $s0 (f64x2.add (local.get $s0) (f64x2.mul (local.get $lo) (local.get $lo))))
            (local.set $s1 (f64x2.add (local.get $s1) (f64x2.mul (local.get $hi) (local.get $hi))))
            (local.set $p (i32.add (local.get $p) (i32.const 16)))
            (br $l4)))
        (local.set $s0 (f64x2.add (local.get $s0) (local.get $s1)))
        (local.set $ss (f64.add (f64x2.extract_lane 0 (local.get $s0)) (f64x2.extract_lane 1 (local.get $s0))))
        (block $d1
          (loop $l1
            (br_if $d1 (i32.ge_u (local.get $p) (local.get $rend)))
            (local.set $ss (f64.add (local.get $ss)
              (f64.mul (f64.promote_f32 (f32.load align=4 (local.get $p))) (f64.promote_f32 (f32.load align=4 (local.get $p))))))
            (local.set $p (i32.add (local.get $p) (i32.const 4)))
            (br $l1)))
        ;; factor = mul / sqrt(mean + eps), kept in f64
        (local.set $fd (f64.div (f64.promote_f32 (local.get $mul))
          (f64.sqrt (f64.add (f64.div (local.get $ss) (f64.convert_i32_u (local.get $C))) (f64.promote_f32 (local.get $eps))))))
        (local.set $fv (f64x2.splat (local.get $fd)))
        ;; y = f32(x * factor): f64 products, one rounding each
        (local.set $p (local.get $x))
        (local.set $q (local.get $y))
        (block $e4
          (loop $m4
            (br_if $e4 (i32.ge_u (local.get $p) (local.get $end)))
            (local.set $v (v128.load align=4 (local.get $p)))
            (local.set $lo (f32x4.demote_f64x2_zero (f64x2.mul (f64x2.promote_low_f32x4 (local.get $v)) (local.get $fv))))
            (local.set $hi (f32x4.demote_f64x2_zero (f64x2.mul (local.get $fv) (f64x2.promote_low_f32x4
              (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $v) (local.get $v))))))
            (v128.store align=4 (local.get $q)
              (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $lo) (local.get $hi)))
            (local.set $p (i32.add (local.get $p) (i32.const 16)))
            (local.set $q (i32.add (local.get $q) (i32.const 16)))
            (br $m4)))
        (block $e1
          (loop $m1
            (br_if $e1 (i32.ge_u (local.get $p) (local.get $rend)))
            (f32.store align=4 (local.get $q)
              (f32.demote_f64 (f64.mul (f64.promote_f32 (f32.load align=4 (local.get $p))) (local.get $fd))))
            (local.set $p (i32.add (local.get $p) (i32.const 4)))
            (local.set $q (i32.add (local.get $q) (i32.const 4)))
            (br $m1)))
        (local.set $x (local.get $rend))
        (local.set $y (local.get $q))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $row))))

  ;; ---------------------------------------------------------------------------------------------------------------
  ;; attention(q, k, v, out, scratch, nq, nk, D, qpos0, kpos0, window, scale): one head, softmax((q.k)*scale) v
  ;; over the visible keys. Query r (absolute position qpos0 + r) sees key j (position kpos0 + j) iff
  ;; kpos0 + j <= qpos0 + r and (window <= 0 or (qpos0 + r) - (kpos0 + j) < window); the visible keys of a row
  ;; are one contiguous range [jlo, jhi], and only those are read. scratch: nk f32 (the scores of one row).
  ;; ---------------------------------------------------------------------------------------------------------------
  (func (export "attention") (param $q i32) (param $k i32) (param $v i32) (param $out i32) (param $scratch i32)
        (param $nq i32) (param $nk i32) (param $D i32) (param $qpos0 i32) (param $kpos0 i32) (param $window i32)
        (param $scale f32)
    (local $ds i32) (local $row i32) (local $rel i32) (local $jlo i32) (local $jhi i32) (local $m i32)
    (local $i i32) (local $nv i32) (local $kp i32) (local $p i32) (local $end i32) (local $sv v128) (local $s v128)
    (local $mx f32) (local $mxv v128) (local $sumv v128) (local $sum f32) (local $e f32) (local $inv f32)
    (local $d i32) (local $vp i32) (local $op i32) (local $seg i32) (local $sb i32)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local $a4 v128) (local $a5 v128) (local $a6 v128) (local $a7 v128) (local $pv v128)
    (local.set $ds (i32.shl (local.get $D) (i32.const 2)))
    (local.set $sv (f32x4.splat (local.get $scale)))
    (block $rows_done
      (loop $rows
        (br_if $rows_done (i32.ge_u (local.get $row) (local.get $nq)))
        (local.set $rel (i32.sub (i32.add (local.get $qpos0) (local.get $row)) (local.get $kpos0)))
        (local.set $jhi (select (local.get $rel) (i32.sub (local.get $nk) (i32.const 1))
          (i32.lt_s (local.get $rel) (i32.sub (local.get $nk) (i32.const 1)))))
        (local.set $jlo (i32.const 0))
        (if (i32.gt_s (local.get $window) (i32.const 0))
          (then
            (local.set $jlo (i32.add (i32.sub (local.get $rel) (local.get $window)) (i32.const 1)))
            (if (i32.lt_s (local.get $jlo) (i32.const 0)) (then (local.set $jlo (i32.const 0))))))
        (local.set $op (i32.add (local.get $out) (i32.mul (local.get $row) (local.get $ds))))
        (if (i32.lt_s (local.get $jhi) (local.get $jlo))
          (then
            ;; no visible key: zeros
            (memory.fill (local.get $op) (i32.const 0) (local.get $ds)))
          (else
            (local.set $m (i32.add (i32.sub (local.get $jhi) (local.get $jlo)) (i32.const 1)))
            ;; scores into scratch[0..m), 4 keys at a time: keys i, i + seg, i + 2 seg, i + 3 seg (seg = ceil(m/4)),
            ;; so that the 4 key streams are sequential (see $mm_f32_few)
            (local.set $seg (i32.shr_u (i32.add (local.get $m) (i32.const 3)) (i32.const 2)))
            (local.set $sb (i32.mul (local.get $seg) (local.get $ds)))
            (local.set $i (i32.const 0))
            (loop $sc4
              (local.set $nv (i32.add (i32.const 1)
                (i32.add (i32.lt_u (i32.add (local.get $i) (local.get $seg)) (local.get $m))
                  (i32.add (i32.lt_u (i32.add (local.get $i) (i32.shl (local.get $seg) (i32.const 1))) (local.get $m))
                           (i32.lt_u (i32.add (local.get $i) (i32.mul (local.get $seg) (i32.const 3))) (local.get $m))))))
              (local.set $kp (i32.add (local.get $k) (i32.mul (i32.add (local.get $jlo) (local.get $i)) (local.get $ds))))
              (call $t1x4 (i32.add (local.get $q) (i32.mul (local.get $row) (local.get $ds)))
                (local.get $kp)
                (select (i32.add (local.get $kp) (local.get $sb)) (local.get $kp) (i32.gt_u (local.get $nv) (i32.const 1)))
                (select (i32.add (local.get $kp) (i32.shl (local.get $sb) (i32.const 1))) (local.get $kp)
                  (i32.gt_u (local.get $nv) (i32.const 2)))
                (select (i32.add (local.get $kp) (i32.mul (local.get $sb) (i32.const 3))) (local.get $kp)
                  (i32.gt_u (local.get $nv) (i32.const 3)))
                (i32.add (local.get $scratch) (i32.shl (local.get $i) (i32.const 2)))
                (local.get $D) (i32.const 0) (local.get $nv) (i32.shl (local.get $seg) (i32.const 2)))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br_if $sc4 (i32.lt_u (local.get $i) (local.get $seg))))
            ;; scale and max
            (local.set $mxv (v128.const f32x4 -inf -inf -inf -inf))
            (local.set $mx (f32.const -inf))
            (local.set $p (local.get $scratch))
            (local.set $end (i32.add (local.get $scratch) (i32.shl (i32.and (local.get $m) (i32.const -4)) (i32.const 2))))
            (block $mx4d
              (loop $mx4
                (br_if $mx4d (i32.ge_u (local.get $p) (local.get $end)))
                (local.set $s (f32x4.mul (v128.load align=4 (local.get $p)) (local.get $sv)))
                (v128.store align=4 (local.get $p) (local.get $s))
                (local.set $mxv (f32x4.max (local.get $mxv) (local.get $s)))
                (local.set $p (i32.add (local.get $p) (i32.const 16)))
                (br $mx4)))
            (local.set $end (i32.add (local.get $scratch) (i32.shl (local.get $m) (i32.const 2))))
            (block $mx1d
              (loop $mx1
                (br_if $mx1d (i32.ge_u (local.get $p) (local.get $end)))
                (local.set $e (f32.mul (f32.load align=4 (local.get $p)) (local.get $scale)))
                (f32.store align=4 (local.get $p) (local.get $e))
                (local.set $mx (f32.max (local.get $mx) (local.get $e)))
                (local.set $p (i32.add (local.get $p) (i32.const 4)))
                (br $mx1)))
            (local.set $mx (f32.max (local.get $mx) (call $hmax1 (local.get $mxv))))
            (local.set $mxv (f32x4.splat (local.get $mx)))
            ;; p = exp(s - max), summed
            (local.set $sumv (v128.const f32x4 0 0 0 0))
            (local.set $sum (f32.const 0))
            (local.set $p (local.get $scratch))
            (local.set $end (i32.add (local.get $scratch) (i32.shl (i32.and (local.get $m) (i32.const -4)) (i32.const 2))))
            (block $ex4d
              (loop $ex4
                (br_if $ex4d (i32.ge_u (local.get $p) (local.get $end)))
                (local.set $s (call $exp4 (f32x4.sub (v128.load align=4 (local.get $p)) (local.get $mxv))))
                (v128.store align=4 (local.get $p) (local.get $s))
                (local.set $sumv (f32x4.add (local.get $sumv) (local.get $s)))
                (local.set $p (i32.add (local.get $p) (i32.const 16)))
                (br $ex4)))
            (local.set $end (i32.add (local.get $scratch) (i32.shl (local.get $m) (i32.const 2))))
            (block $ex1d
              (loop $ex1
                (br_if $ex1d (i32.ge_u (local.get $p) (local.get $end)))
                (local.set $e (f32x4.extract_lane 0
                  (call $exp4 (f32x4.splat (f32.sub (f32.load align=4 (local.get $p)) (local.get $mx))))))
                (f32.store align=4 (local.get $p) (local.get $e))
                (local.set $sum (f32.add (local.get $sum) (local.get $e)))
                (local.set $p (i32.add (local.get $p) (i32.const 4)))
                (br $ex1)))
            (local.set $sum (f32.add (local.get $sum) (call $hsum1 (local.get $sumv))))
            (local.set $inv (f32.div (f32.const 1) (local.get $sum)))
            ;; out = inv * sum_i p_i v[jlo + i], in column chunks of 32, then 4, then 1
            (local.set $d (i32.const 0))
            (block $c32d
              (loop $c32
                (br_if $c32d (i32.gt_u (i32.add (local.get $d) (i32.const 32)) (local.get $D)))
                (local.set $a0 (v128.const f32x4 0 0 0 0)) (local.set $a1 (v128.const f32x4 0 0 0 0))
                (local.set $a2 (v128.const f32x4 0 0 0 0)) (local.set $a3 (v128.const f32x4 0 0 0 0))
                (local.set $a4 (v128.const f32x4 0 0 0 0)) (local.set $a5 (v128.const f32x4 0 0 0 0))
                (local.set $a6 (v128.const f32x4 0 0 0 0)) (local.set $a7 (v128.const f32x4 0 0 0 0))
                (local.set $vp (i32.add (local.get $v)
                  (i32.add (i32.mul (local.get $jlo) (local.get $ds)) (i32.shl (local.get $d) (i32.const 2)))))
                (local.set $p (local.get $scratch))
                (local.set $end (i32.add (local.get $scratch) (i32.shl (local.get $m) (i32.const 2))))
                (loop $j32
                  (local.set $pv (v128.load32_splat align=4 (local.get $p)))
                  (local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (local.get $pv) (v128.load align=4 (local.get $vp)))))
                  (local.set $a1 (f32x4.add (local.get $a1) (f32x4.mul (local.get $pv) (v128.load offset=16 align=4 (local.get $vp)))))
                  (local.set $a2 (f32x4.add (local.get $a2) (f32x4.mul (local.get $pv) (v128.load offset=32 align=4 (local.get $vp)))))
                  (local.set $a3 (f32x4.add (local.get $a3) (f32x4.mul (local.get $pv) (v128.load offset=48 align=4 (local.get $vp)))))
                  (local.set $a4 (f32x4.add (local.get $a4) (f32x4.mul (local.get $pv) (v128.load offset=64 align=4 (local.get $vp)))))
                  (local.set $a5 (f32x4.add (local.get $a5) (f32x4.mul (local.get $pv) (v128.load offset=80 align=4 (local.get $vp)))))
                  (local.set $a6 (f32x4.add (local.get $a6) (f32x4.mul (local.get $pv) (v128.load offset=96 align=4 (local.get $vp)))))
                  (local.set $a7 (f32x4.add (local.get $a7) (f32x4.mul (local.get $pv) (v128.load offset=112 align=4 (local.get $vp)))))
                  (local.set $vp (i32.add (local.get $vp) (local.get $ds)))
                  (local.set $p (i32.add (local.get $p) (i32.const 4)))
                  (br_if $j32 (i32.lt_u (local.get $p) (local.get $end))))
                (local.set $pv (f32x4.splat (local.get $inv)))
                (local.set $vp (i32.add (local.get $op) (i32.shl (local.get $d) (i32.const 2))))
                (v128.store align=4 (local.get $vp) (f32x4.mul (local.get $a0) (local.get $pv)))
                (v128.store offset=16 align=4 (local.get $vp) (f32x4.mul (local.get $a1) (local.get $pv)))
                (v128.store offset=32 align=4 (local.get $vp) (f32x4.mul (local.get $a2) (local.get $pv)))
                (v128.store offset=48 align=4 (local.get $vp) (f32x4.mul (local.get $a3) (local.get $pv)))
                (v128.store offset=64 align=4 (local.get $vp) (f32x4.mul (local.get $a4) (local.get $pv)))
                (v128.store offset=80 align=4 (local.get $vp) (f32x4.mul (local.get $a5) (local.get $pv)))
                (v128.store offset=96 align=4 (local.get $vp) (f32x4.mul (local.get $a6) (local.get $pv)))
                (v128.store offset=112 align=4 (local.get $vp) (f32x4.mul (local.get $a7) (local.get $pv)))
                (local.set $d (i32.add (local.get $d) (i32.const 32)))
                (br $c32)))
            (block $c4d
              (loop $c4
                (br_if $c4d (i32.gt_u (i32.add (local.get $d) (i32.const 4)) (local.get $D)))
                (local.set $a0 (v128.const f32x4 0 0 0 0))
                (local.set $vp (i32.add (local.get $v)
                  (i32.add (i32.mul (local.get $jlo) (local.get $ds)) (i32.shl (local.get $d) (i32.const 2)))))
                (local.set $p (local.get $scratch))
                (loop $j4
                  (local.set $a0 (f32x4.add (local.get $a0)
                    (f32x4.mul (v128.load32_splat align=4 (local.get $p)) (v128.load align=4 (local.get $vp)))))
                  (local.set $vp (i32.add (local.get $vp) (local.get $ds)))
                  (local.set $p (i32.add (local.get $p) (i32.const 4)))
                  (br_if $j4 (i32.lt_u (local.get $p) (local.get $end))))
                (v128.store align=4 (i32.add (local.get $op) (i32.shl (local.get $d) (i32.const 2)))
                  (f32x4.mul (local.get $a0) (f32x4.splat (local.get $inv))))
                (local.set $d (i32.add (local.get $d) (i32.const 4)))
                (br $c4)))
            (block $c1d
              (loop $c1
                (br_if $c1d (i32.ge_u (local.get $d) (local.get $D)))
                (local.set $e (f32.const 0))
                (local.set $vp (i32.add (local.get $v)
                  (i32.add (i32.mul (local.get $jlo) (local.get $ds)) (i32.shl (local.get $d) (i32.const 2)))))
                (local.set $p (local.get $scratch))
                (loop $j1
                  (local.set $e (f32.add (local.get $e)
                    (f32.mul (f32.load align=4 (local.get $p)) (f32.load align=4 (local.get $vp)))))
                  (local.set $vp (i32.add (local.get $vp) (local.get $ds)))
                  (local.set $p (i32.add (local.get $p) (i32.const 4)))
                  (br_if $j1 (i32.lt_u (local.get $p) (local.get $end))))
                (f32.store align=4 (i32.add (local.get $op) (i32.shl (local.get $d) (i32.const 2)))
                  (f32.mul (local.get $e) (local.get $inv)))
                (local.set $d (i32.add (local.get $d) (i32.const 1)))
                (br $c1)))))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $rows))))

  ;; ---------------------------------------------------------------------------------------------------------------
  ;; Element-wise helpers (n f32 values; out may equal either input)
  ;; ---------------------------------------------------------------------------------------------------------------

  ;; add_rows(a, b, out, n): out[i] = a[i] + b[i], as mix_rows with both factors 1 (multiplying by 1 is exact)
  (func (export "add_rows") (param $a i32) (param $b i32) (param $out i32) (param $n i32)
    (call $mix_rows (local.get $a) (local.get $b) (local.get $out) (local.get $n) (f32.const 1) (f32.const 1)))

  ;; mix_rows(a, b, out, n, alpha, beta): out[i] = f32(alpha * a[i]) + f32(beta * b[i]) (two f32 products, one f32 sum)
  (func $mix_rows (export "mix_rows") (param $a i32) (param $b i32) (param $out i32) (param $n i32) (param $alpha f32) (param $beta f32)
    (local $end i32) (local $rend i32) (local $va v128) (local $vb v128)
    (local.set $va (f32x4.splat (local.get $alpha)))
    (local.set $vb (f32x4.splat (local.get $beta)))
    (local.set $end (i32.add (local.get $a) (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2))))
    (local.set $rend (i32.add (local.get $a) (i32.shl (local.get $n) (i32.const 2))))
    (block $d4
      (loop $l4
        (br_if $d4 (i32.ge_u (local.get $a) (local.get $end)))
        (v128.store align=4 (local.get $out)
          (f32x4.add (f32x4.mul (local.get $va) (v128.load align=4 (local.get $a)))
                     (f32x4.mul (local.get $vb) (v128.load align=4 (local.get $b)))))
        (local.set $a (i32.add (local.get $a) (i32.const 16)))
        (local.set $b (i32.add (local.get $b) (i32.const 16)))
        (local.set $out (i32.add (local.get $out) (i32.const 16)))
        (br $l4)))
    (block $d1
      (loop $l1
        (br_if $d1 (i32.ge_u (local.get $a) (local.get $rend)))
        (f32.store align=4 (local.get $out)
          (f32.add (f32.mul (local.get $alpha) (f32.load align=4 (local.get $a)))
                   (f32.mul (local.get $beta) (f32.load align=4 (local.get $b)))))
        (local.set $a (i32.add (local.get $a) (i32.const 4)))
        (local.set $b (i32.add (local.get $b) (i32.const 4)))
        (local.set $out (i32.add (local.get $out) (i32.const 4)))
        (br $l1))))

  ;; rope_rows(x, xs, y, ys, c, s, rows, D, half): RoPE of `rows` rows of D values, row r read at x + r*xs and
  ;; written at y + r*ys (byte strides), with the multiplier rows c + r*4D and s + r*4D:
  ;;   y[d] = f32(x[d] * c[d]) + f32(x[p(d)] * s[d]),  p(d) = d xor 1 (half = 0: interleaved pairs) or
  ;;   (d + D/2) mod D (half = 1). Vector path when the pairs fall inside whole vectors (interleaved: D % 4 = 0;
  ;;   half: D % 8 = 0), else one value at a time (same arithmetic).
  (func (export "rope_rows") (param $x i32) (param $xs i32) (param $y i32) (param $ys i32) (param $c i32) (param $s i32)
                             (param $rows i32) (param $D i32) (param $half i32)
    (local $r i32) (local $d i32) (local $h i32) (local $hb i32) (local $db i32) (local $p i32)
    (local $v v128) (local $w v128)
    (if (i32.eqz (local.get $D)) (then (return)))
    (local.set $h (i32.shr_u (local.get $D) (i32.const 1)))
    (local.set $hb (i32.shl (local.get $h) (i32.const 2)))
    (local.set $db (i32.shl (local.get $D) (i32.const 2)))
    (block $done
      (loop $row
        (br_if $done (i32.ge_u (local.get $r) (local.get $rows)))
        (local.set $d (i32.const 0))
        (if (i32.and (i32.eqz (local.get $half)) (i32.eqz (i32.and (local.get $D) (i32.const 3))))
          (then
            ;; interleaved: the partner vector is the row's vector with its lane pairs swapped
            (loop $vi
              (local.set $v (v128.load align=4 (i32.add (local.get $x) (local.get $d))))
              (v128.store align=4 (i32.add (local.get $y) (local.get $d))
                (f32x4.add (f32x4.mul (local.get $v) (v128.load align=4 (i32.add (local.get $c) (local.get $d))))
                  (f32x4.mul (i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11 (local.get $v) (local.get $v))
                    (v128.load align=4 (i32.add (local.get $s) (local.get $d))))))
              (local.set $d (i32.add (local.get $d) (i32.const 16)))
              (br_if $vi (i32.lt_u (local.get $d) (local.get $db)))))
          (else
            (if (i32.and (i32.ne (local.get $half) (i32.const 0)) (i32.eqz (i32.and (local.get $D) (i32.const 7))))
              (then
                ;; half: vector d of the first half pairs with vector d of the second
                (loop $vh
                  (local.set $v (v128.load align=4 (i32.add (local.get $x) (local.get $d))))
                  (local.set $w (v128.load align=4 (i32.add (local.get $x) (i32.add (local.get $d) (local.get $hb)))))
                  (v128.store align=4 (i32.add (local.get $y) (local.get $d))
                    (f32x4.add (f32x4.mul (local.get $v) (v128.load align=4 (i32.add (local.get $c) (local.get $d))))
                      (f32x4.mul (local.get $w) (v128.load align=4 (i32.add (local.get $s) (local.get $d))))))
                  (local.set $p (i32.add (local.get $d) (local.get $hb)))
                  (v128.store align=4 (i32.add (local.get $y) (local.get $p))
                    (f32x4.add (f32x4.mul (local.get $w) (v128.load align=4 (i32.add (local.get $c) (local.get $p))))
                      (f32x4.mul (local.get $v) (v128.load align=4 (i32.add (local.get $s) (local.get $p))))))
                  (local.set $d (i32.add (local.get $d) (i32.const 16)))
                  (br_if $vh (i32.lt_u (local.get $d) (local.get $hb)))))
              (else
                (block $sd
                  (loop $sl
                    (br_if $sd (i32.ge_u (local.get $d) (local.get $db)))
                    (local.set $p
                      (if (result i32) (local.get $half)
                        (then (select (i32.add (local.get $d) (local.get $hb)) (i32.sub (local.get $d) (local.get $hb))
                                (i32.lt_u (local.get $d) (local.get $hb))))
                        (else (i32.xor (local.get $d) (i32.const 4)))))
                    (f32.store align=4 (i32.add (local.get $y) (local.get $d))
                      (f32.add (f32.mul (f32.load align=4 (i32.add (local.get $x) (local.get $d)))
                                        (f32.load align=4 (i32.add (local.get $c) (local.get $d))))
                               (f32.mul (f32.load align=4 (i32.add (local.get $x) (local.get $p)))
                                        (f32.load align=4 (i32.add (local.get $s) (local.get $d))))))
                    (local.set $d (i32.add (local.get $d) (i32.const 4)))
                    (br $sl)))))))
        (local.set $x (i32.add (local.get $x) (local.get $xs)))
        (local.set $y (i32.add (local.get $y) (local.get $ys)))
        (local.set $c (i32.add (local.get $c) (local.get $db)))
        (local.set $s (i32.add (local.get $s) (local.get $db)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $row))))

  ;; softcap(x, y, n, cap): y[i] = cap * tanh(x[i] / cap) with tanh(u) = sign(u) (1 - e) / (1 + e), e = exp(-2|u|)
  ;; (exp4): u = f32(x / cap); the quotient (1 - e) / (1 + e) in f64, rounded once to f32; then f32(cap * +-t).
  (func $softcap4 (param $v v128) (param $cap v128) (result v128)
    (local $e v128) (local $lo v128) (local $hi v128) (local $t v128)
    (local.set $e (call $exp4 (f32x4.mul (f32x4.abs (f32x4.div (local.get $v) (local.get $cap)))
                                         (v128.const f32x4 -2 -2 -2 -2))))
    (local.set $lo (f64x2.promote_low_f32x4 (local.get $e)))
    (local.set $hi (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $e) (local.get $e))))
    (local.set $lo (f64x2.div (f64x2.sub (v128.const f64x2 1 1) (local.get $lo)) (f64x2.add (v128.const f64x2 1 1) (local.get $lo))))
    (local.set $hi (f64x2.div (f64x2.sub (v128.const f64x2 1 1) (local.get $hi)) (f64x2.add (v128.const f64x2 1 1) (local.get $hi))))
    (local.set $t (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      (f32x4.demote_f64x2_zero (local.get $lo)) (f32x4.demote_f64x2_zero (local.get $hi))))
    ;; t takes the sign of x (-0 gives -0: exactly odd; a NaN x gives a NaN t either way)
    (local.set $t (v128.or (local.get $t) (v128.and (local.get $v) (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000))))
    (f32x4.mul (local.get $cap) (local.get $t)))

  (func (export "softcap") (param $x i32) (param $y i32) (param $n i32) (param $cap f32)
    (local $end i32) (local $r i32) (local $c v128)
    (local.set $c (f32x4.splat (local.get $cap)))
    (local.set $end (i32.add (local.get $x) (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2))))
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $x) (local.get $end)))
        (v128.store align=4 (local.get $y) (call $softcap4 (v128.load align=4 (local.get $x)) (local.get $c)))
        (local.set $x (i32.add (local.get $x) (i32.const 16)))
        (local.set $y (i32.add (local.get $y) (i32.const 16)))
        (br $l)))
    (local.set $r (i32.and (local.get $n) (i32.const 3)))
    (if (local.get $r)
      (then (call $st_part (local.get $y) (call $softcap4 (call $ld_tail (local.get $x) (local.get $r)) (local.get $c))
              (local.get $r) (i32.const 0) (i32.const 4)))))

  ;; ---------------------------------------------------------------------------------------------------------------
  ;; The block recipe's row kernels (docs/FORMATS.md "ModelSpec": norms with weight and bias, bias adds, strided
  ;; copies) and the activations' per-vector bodies; the element-wise loops around those bodies are generated.
  ;; ---------------------------------------------------------------------------------------------------------------

  ;; norm_rows(x, y, w, b, rows, C, eps, mul, layer): per row of C values,
  ;;   m = 0 (layer = 0: RMS) or sum(x) / C (layer = 1: LayerNorm), the sum in f64;
  ;;   f = mul / sqrt(sum((x - m)^2) / C + eps), in f64 (x - m and its square exact-ish in f64);
  ;;   t = f32((x - m) * f) (one rounding); then t = f32(t * w[c]) when w != 0, t = f32(t + b[c]) when b != 0.
  ;; w, b: f32 [C] or 0 (absent). y may equal x. With layer = 0, w = b = 0 the arithmetic (and the order of the sum
  ;; of squares) is rmsnorm_rows's, so the results are bit-identical.
  (func (export "norm_rows") (param $x i32) (param $y i32) (param $w i32) (param $b i32) (param $rows i32)
                             (param $C i32) (param $eps f32) (param $mul f32) (param $layer i32)
    (local $i i32) (local $c i32) (local $vb i32) (local $cb i32)
    (local $v v128) (local $lo v128) (local $hi v128) (local $s0 v128) (local $s1 v128) (local $t v128)
    (local $m f64) (local $mv v128) (local $ss f64) (local $fd f64) (local $fv v128) (local $d f64) (local $o f32)
    (local.set $vb (i32.shl (i32.and (local.get $C) (i32.const -4)) (i32.const 2)))
    (local.set $cb (i32.shl (local.get $C) (i32.const 2)))
    (block $done
      (loop $row
        (br_if $done (i32.ge_u (local.get $i) (local.get $rows)))
        ;; the mean (LayerNorm only)
        (local.set $m (f64.const 0))
        (if (local.get $layer)
          (then
            (local.set $s0 (v128.const f64x2 0 0))
            (local.set $s1 (v128.const f64x2 0 0))
            (local.set $c (i32.const 0))
            (block $a4
              (loop $la4
                (br_if $a4 (i32.ge_u (local.get $c) (local.get $vb)))
                (local.set $v (v128.load align=4 (i32.add (local.get $x) (local.get $c))))
                (local.set $s0 (f64x2.add (local.get $s0) (f64x2.promote_low_f32x4 (local.get $v))))
                (local.set $s1 (f64x2.add (local.get $s1) (f64x2.promote_low_f32x4
                  (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $v) (local.get $v)))))
                (local.set $c (i32.add (local.get $c) (i32.const 16)))
                (br $la4)))
            (local.set $s0 (f64x2.add (local.get $s0) (local.get $s1)))
            (local.set $m (f64.add (f64x2.extract_lane 0 (local.get $s0)) (f64x2.extract_lane 1 (local.get $s0))))
            (block $a1
              (loop $la1
                (br_if $a1 (i32.ge_u (local.get $c) (local.get $cb)))
                (local.set $m (f64.add (local.get $m) (f64.promote_f32 (f32.load align=4 (i32.add (local.get $x) (local.get $c))))))
                (local.set $c (i32.add (local.get $c) (i32.const 4)))
                (br $la1)))
            (local.set $m (f64.div (local.get $m) (f64.convert_i32_u (local.get $C))))))
        (local.set $mv (f64x2.splat (local.get $m)))
        ;; sum of (x - m)^2 in f64: lanes 0-1 and 2-3 in two accumulators, then the tail (rmsnorm_rows's order)
        (local.set $s0 (v128.const f64x2 0 0))
        (local.set $s1 (v128.const f64x2 0 0))
        (local.set $c (i32.const 0))
        (block $d4
          (loop $l4
            (br_if $d4 (i32.ge_u (local.get $c) (local.get $vb)))
            (local.set $v (v128.load align=4 (i32.add (local.get $x) (local.get $c))))
            (local.set $lo (f64x2.sub (f64x2.promote_low_f32x4 (local.get $v)) (local.get $mv)))
            (local.set $hi (f64x2.sub (f64x2.promote_low_f32x4
              (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $v) (local.get $v))) (local.get $mv)))
            (local.set $s0 (f64x2.add (local.get $s0) (f64x2.mul (local.get $lo) (local.get $lo))))
            (local.set $s1 (f64x2.add (local.get $s1) (f64x2.mul (local.get $hi) (local.get $hi))))
            (local.set $c (i32.add (local.get $c) (i32.const 16)))
            (br $l4)))
        (local.set $s0 (f64x2.add (local.get $s0) (local.get $s1)))
        (local.set $ss (f64.add (f64x2.extract_lane 0 (local.get $s0)) (f64x2.extract_lane 1 (local.get $s0))))
        (block $d1
          (loop $l1
            (br_if $d1 (i32.ge_u (local.get $c) (local.get $cb)))
            (local.set $d (f64.sub (f64.promote_f32 (f32.load align=4 (i32.add (local.get $x) (local.get $c)))) (local.get $m)))
            (local.set $ss (f64.add (local.get $ss) (f64.mul (local.get $d) (local.get $d))))
            (local.set $c (i32.add (local.get $c) (i32.const 4)))
            (br $l1)))
        (local.set $fd (f64.div (f64.promote_f32 (local.get $mul))
          (f64.sqrt (f64.add (f64.div (local.get $ss) (f64.convert_i32_u (local.get $C))) (f64.promote_f32 (local.get $eps))))))
        (local.set $fv (f64x2.splat (local.get $fd)))
        ;; y = f32((x - m) * f) [* w] [+ b]
        (local.set $c (i32.const 0))
        (block $e4
          (loop $m4
            (br_if $e4 (i32.ge_u (local.get $c) (local.get $vb)))
            (local.set $v (v128.load align=4 (i32.add (local.get $x) (local.get $c))))
            (local.set $lo (f32x4.demote_f64x2_zero (f64x2.mul
              (f64x2.sub (f64x2.promote_low_f32x4 (local.get $v)) (local.get $mv)) (local.get $fv))))
            (local.set $hi (f32x4.demote_f64x2_zero (f64x2.mul (f64x2.sub (f64x2.promote_low_f32x4
              (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $v) (local.get $v))) (local.get $mv))
              (local.get $fv))))
            (local.set $t (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $lo) (local.get $hi)))
            (if (local.get $w)
              (then (local.set $t (f32x4.mul (local.get $t) (v128.load align=4 (i32.add (local.get $w) (local.get $c)))))))
            (if (local.get $b)
              (then (local.set $t (f32x4.add (local.get $t) (v128.load align=4 (i32.add (local.get $b) (local.get $c)))))))
            (v128.store align=4 (i32.add (local.get $y) (local.get $c)) (local.get $t))
            (local.set $c (i32.add (local.get $c) (i32.const 16)))
            (br $m4)))
        (block $e1
          (loop $m1
            (br_if $e1 (i32.ge_u (local.get $c) (local.get $cb)))
            (local.set $o (f32.demote_f64 (f64.mul
              (f64.sub (f64.promote_f32 (f32.load align=4 (i32.add (local.get $x) (local.get $c)))) (local.get $m)) (local.get $fd))))
            (if (local.get $w)
              (then (local.set $o (f32.mul (local.get $o) (f32.load align=4 (i32.add (local.get $w) (local.get $c)))))))
            (if (local.get $b)
              (then (local.set $o (f32.add (local.get $o) (f32.load align=4 (i32.add (local.get $b) (local.get $c)))))))
            (f32.store align=4 (i32.add (local.get $y) (local.get $c)) (local.get $o))
            (local.set $c (i32.add (local.get $c) (i32.const 4)))
            (br $m1)))
        (local.set $x (i32.add (local.get $x) (local.get $cb)))
        (local.set $y (i32.add (local.get $y) (local.get $cb)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $row))))

  ;; bias_rows(y, b, rows, N): y[r*N + j] = f32(y[r*N + j] + b[j]) for r < rows, j < N (a linear layer's bias, in
  ;; place); b: f32 [N].
  (func (export "bias_rows") (param $y i32) (param $b i32) (param $rows i32) (param $N i32)
    (local $i i32) (local $c i32) (local $vb i32) (local $nb i32)
    (local.set $vb (i32.shl (i32.and (local.get $N) (i32.const -4)) (i32.const 2)))
    (local.set $nb (i32.shl (local.get $N) (i32.const 2)))
    (block $done
      (loop $row
        (br_if $done (i32.ge_u (local.get $i) (local.get $rows)))
        (local.set $c (i32.const 0))
        (block $d4
          (loop $l4
            (br_if $d4 (i32.ge_u (local.get $c) (local.get $vb)))
            (v128.store align=4 (i32.add (local.get $y) (local.get $c))
              (f32x4.add (v128.load align=4 (i32.add (local.get $y) (local.get $c)))
                         (v128.load align=4 (i32.add (local.get $b) (local.get $c)))))
            (local.set $c (i32.add (local.get $c) (i32.const 16)))
            (br $l4)))
        (block $d1
          (loop $l1
            (br_if $d1 (i32.ge_u (local.get $c) (local.get $nb)))
            (f32.store align=4 (i32.add (local.get $y) (local.get $c))
              (f32.add (f32.load align=4 (i32.add (local.get $y) (local.get $c)))
                       (f32.load align=4 (i32.add (local.get $b) (local.get $c)))))
            (local.set $c (i32.add (local.get $c) (i32.const 4)))
            (br $l1)))
        (local.set $y (i32.add (local.get $y) (local.get $nb)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $row))))

  ;; copy_rows(x, xs, y, ys, rows, bytes): copies `bytes` bytes from x + r*xs to y + r*ys for r < rows (heads
  ;; gathered from [n, heads*D] rows into head-major ones, the channels partial RoPE leaves alone). The source and
  ;; destination rows must not overlap.
  (func (export "copy_rows") (param $x i32) (param $xs i32) (param $y i32) (param $ys i32) (param $rows i32) (param $bytes i32)
    (local $i i32)
    (block $done
      (loop $row
        (br_if $done (i32.ge_u (local.get $i) (local.get $rows)))
        (memory.copy (local.get $y) (local.get $x) (local.get $bytes))
        (local.set $x (i32.add (local.get $x) (local.get $xs)))
        (local.set $y (i32.add (local.get $y) (local.get $ys)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $row))))

  ;; --- activations: one f32x4 in, one out (the generated loops below call them) --------------------------------

  ;; exp of four f64 arguments (two f64x2) as f64, to about 1 f32 ulp relative: a positive argument is first reduced
  ;; by 64 ln 2 (and the result scaled by 2^64, exactly), so results up to e^133 do not overflow the f32 exp; the
  ;; reduced argument, clamped to [-104, 89], is rounded to f32 (a32), exp4 runs on those, and the rounding comes
  ;; back as the first-order factor 1 + (a - a32) (|a - a32| <= 104 * 2^-24: the dropped term is below 2^-37).
  ;; Below -104 the result is 0; NaN gives NaN.
  (func $expd (param $lo v128) (param $hi v128) (result v128 v128)
    (local $a v128) (local $e v128) (local $plo v128) (local $phi v128)
    (local.set $plo (f64x2.gt (local.get $lo) (v128.const f64x2 0 0)))
    (local.set $phi (f64x2.gt (local.get $hi) (v128.const f64x2 0 0)))
    (local.set $lo (f64x2.sub (local.get $lo) (v128.and (local.get $plo) (v128.const f64x2 44.3614195558365 44.3614195558365))))
    (local.set $hi (f64x2.sub (local.get $hi) (v128.and (local.get $phi) (v128.const f64x2 44.3614195558365 44.3614195558365))))
    (local.set $lo (f64x2.min (f64x2.max (local.get $lo) (v128.const f64x2 -104 -104)) (v128.const f64x2 89 89)))
    (local.set $hi (f64x2.min (f64x2.max (local.get $hi) (v128.const f64x2 -104 -104)) (v128.const f64x2 89 89)))
    (local.set $a (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      (f32x4.demote_f64x2_zero (local.get $lo)) (f32x4.demote_f64x2_zero (local.get $hi))))
    (local.set $e (call $exp4 (local.get $a)))
    (f64x2.mul
      (f64x2.mul (f64x2.promote_low_f32x4 (local.get $e))
        (f64x2.add (v128.const f64x2 1 1) (f64x2.sub (local.get $lo) (f64x2.promote_low_f32x4 (local.get $a)))))
      (v128.bitselect (v128.const f64x2 18446744073709551616 18446744073709551616) (v128.const f64x2 1 1) (local.get $plo)))
    (f64x2.mul
      (f64x2.mul (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $e) (local.get $e)))
        (f64x2.add (v128.const f64x2 1 1) (f64x2.sub (local.get $hi)
          (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $a) (local.get $a))))))
      (v128.bitselect (v128.const f64x2 18446744073709551616 18446744073709551616) (v128.const f64x2 1 1) (local.get $phi))))

  ;; x / (1 + e) per lane, in f64 (e given as two f64x2 halves), rounded once to f32: x * sigmoid(-log e).
  (func $x_over_1pe (param $x v128) (param $elo v128) (param $ehi v128) (result v128)
    (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      (f32x4.demote_f64x2_zero (f64x2.div (f64x2.promote_low_f32x4 (local.get $x))
        (f64x2.add (v128.const f64x2 1 1) (local.get $elo))))
      (f32x4.demote_f64x2_zero (f64x2.div
        (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $x) (local.get $x)))
        (f64x2.add (v128.const f64x2 1 1) (local.get $ehi))))))

  ;; relu2(z) = max(z, 0)^2 (two f32 operations, as the op path)
  (func $relu2_4 (param $x v128) (result v128)
    (local.set $x (f32x4.pmax (local.get $x) (v128.const f32x4 0 0 0 0)))
    (f32x4.mul (local.get $x) (local.get $x)))

  ;; silu(z) = z * sigmoid(z) = z / (1 + exp(-z)): exp4 (exact argument), the quotient in f64 rounded once
  (func $silu4 (param $x v128) (result v128)
    (local $e v128)
    (local.set $e (call $exp4 (f32x4.neg (local.get $x))))
    (call $x_over_1pe (local.get $x) (f64x2.promote_low_f32x4 (local.get $e))
      (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $e) (local.get $e)))))

  ;; -2 sqrt(2/pi) (z + 0.044715 z^3) of an f64x2 z
  (func $gelu_tanh_arg (param $z v128) (result v128)
    (f64x2.mul (v128.const f64x2 -1.5957691216057308 -1.5957691216057308)
      (f64x2.add (local.get $z)
        (f64x2.mul (v128.const f64x2 0.044715 0.044715) (f64x2.mul (local.get $z) (f64x2.mul (local.get $z) (local.get $z)))))))

  ;; gelu_tanh(z) = 0.5 z (1 + tanh(u)), u = sqrt(2/pi) (z + 0.044715 z^3), computed as z / (1 + exp(-2u)) (the same
  ;; function: 0.5 (1 + tanh(u)) = sigmoid(2u), without tanh's cancellation near -1), u and the quotient in f64
  (func $gelu_tanh4 (param $x v128) (result v128)
    (local $lo v128) (local $hi v128)
    (call $expd
      (call $gelu_tanh_arg (f64x2.promote_low_f32x4 (local.get $x)))
      (call $gelu_tanh_arg (f64x2.promote_low_f32x4
        (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $x) (local.get $x)))))
    (local.set $hi)
    (local.set $lo)
    (call $x_over_1pe (local.get $x) (local.get $lo) (local.get $hi)))

  ;; -z^2 - 1.26551223 + s P(s) of f64x2 z and s = 1 / (1 + z/2): the exponent of the erfc approximation
  ;; erfc(z) = s exp(-z^2 - 1.26551223 + s P(s)) for z >= 0 (Numerical Recipes' erfcc, Chebyshev-fitted;
  ;; fractional error below 1.2e-7 everywhere)
  (func $erfc_arg (param $z v128) (param $s v128) (result v128)
    (local $p v128)
    (local.set $p (f64x2.add (f64x2.mul (v128.const f64x2 0.17087277 0.17087277) (local.get $s)) (v128.const f64x2 -0.82215223 -0.82215223)))
    (local.set $p (f64x2.add (f64x2.mul (local.get $p) (local.get $s)) (v128.const f64x2 1.48851587 1.48851587)))
    (local.set $p (f64x2.add (f64x2.mul (local.get $p) (local.get $s)) (v128.const f64x2 -1.13520398 -1.13520398)))
    (local.set $p (f64x2.add (f64x2.mul (local.get $p) (local.get $s)) (v128.const f64x2 0.27886807 0.27886807)))
    (local.set $p (f64x2.add (f64x2.mul (local.get $p) (local.get $s)) (v128.const f64x2 -0.18628806 -0.18628806)))
    (local.set $p (f64x2.add (f64x2.mul (local.get $p) (local.get $s)) (v128.const f64x2 0.09678418 0.09678418)))
    (local.set $p (f64x2.add (f64x2.mul (local.get $p) (local.get $s)) (v128.const f64x2 0.37409196 0.37409196)))
    (local.set $p (f64x2.add (f64x2.mul (local.get $p) (local.get $s)) (v128.const f64x2 1.00002368 1.00002368)))
    (f64x2.add (f64x2.sub (f64x2.neg (f64x2.mul (local.get $z) (local.get $z))) (v128.const f64x2 1.26551223 1.26551223))
               (f64x2.mul (local.get $s) (local.get $p))))

  ;; 0.5 z erfc(-z / sqrt(2)) of an f64x2 z, given e = exp(erfc_arg) and s: erfc(t) = s e for t = -z/sqrt(2) >= 0,
  ;; 2 - s e for t < 0 (so there is no cancellation on either side)
  (func $gelu_erf_half (param $z v128) (param $s v128) (param $e v128) (result v128)
    (local $a v128)
    (local.set $a (f64x2.mul (local.get $s) (local.get $e)))
    (f64x2.mul (f64x2.mul (v128.const f64x2 0.5 0.5) (local.get $z))
      (v128.bitselect (f64x2.sub (v128.const f64x2 2 2) (local.get $a)) (local.get $a)
        (f64x2.gt (local.get $z) (v128.const f64x2 0 0)))))

  ;; gelu_erf(z) = 0.5 z (1 + erf(z / sqrt(2))) = 0.5 z erfc(-z / sqrt(2)), in f64, rounded once to f32
  (func $gelu_erf4 (param $x v128) (result v128)
    (local $zl v128) (local $zh v128) (local $sl v128) (local $sh v128) (local $el v128) (local $eh v128)
    (local.set $zl (f64x2.promote_low_f32x4 (local.get $x)))
    (local.set $zh (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $x) (local.get $x))))
    ;; s = 1 / (1 + |t|/2), |t| = |z| / sqrt(2)
    (local.set $sl (f64x2.div (v128.const f64x2 1 1) (f64x2.add (v128.const f64x2 1 1)
      (f64x2.mul (v128.const f64x2 0.35355339059327373 0.35355339059327373) (f64x2.abs (local.get $zl))))))
    (local.set $sh (f64x2.div (v128.const f64x2 1 1) (f64x2.add (v128.const f64x2 1 1)
      (f64x2.mul (v128.const f64x2 0.35355339059327373 0.35355339059327373) (f64x2.abs (local.get $zh))))))
    (call $expd
      (call $erfc_arg (f64x2.mul (v128.const f64x2 0.7071067811865476 0.7071067811865476) (f64x2.abs (local.get $zl))) (local.get $sl))
      (call $erfc_arg (f64x2.mul (v128.const f64x2 0.7071067811865476 0.7071067811865476) (f64x2.abs (local.get $zh))) (local.get $sh)))
    (local.set $eh)
    (local.set $el)
    (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
      (f32x4.demote_f64x2_zero (call $gelu_erf_half (local.get $zl) (local.get $sl) (local.get $el)))
      (f32x4.demote_f64x2_zero (call $gelu_erf_half (local.get $zh) (local.get $sh) (local.get $eh)))))

  ;; @generated: the element-wise loops (build/build-kernels.mjs expands its templates here)
)
