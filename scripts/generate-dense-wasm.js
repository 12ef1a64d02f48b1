#!/usr/bin/env node
// Build-time generator of the WebAssembly SIMD dense kernels (not part of the extension bundle):
//   node scripts/generate-dense-wasm.js [path to wabt's package]
// writes dense-simd.wat (the readable source, generated from the templates below) and assembles it
// with wabt (npm package `wabt`, e.g. installed into /tmp/wasmtools) into dense-simd-bytes.ts, a
// Uint8Array literal. Both outputs are committed, so building the extension needs no tool.
//
// Every kernel is C (n x J) = A (n x K) . B (K x J), with each C[p, j] summed over k = 0, 1, ...
// in increasing order from 0 (f64x2 lanes run over two adjacent j, or for J = 1, 2 two adjacent p, never over k), so every element
// gets exactly the plain-JS kernels' sequence of roundings: bit-identical results. No FMA exists in
// wasm SIMD (mul then add, each rounded).
// It also holds tanh_slope, the SIMD twin of src/core/training/tanh-kernel.ts (read with esbuild for
// its constants), and the bit-identity test of each is in test/core/training/.
'use strict';
const fs = require('fs');
const path = require('path');

const out = [];
const emit = (s) => out.push(s);

const GEMM_PARAMS = '(param $a i32) (param $aRow i32) (param $aStep i32) (param $b i32) (param $c i32) (param $n i32) (param $K i32) (param $J i32) (param $bias i32) (param $mode i32)';
const GEMM_ARGS = 'local.get $a local.get $aRow local.get $aStep local.get $b local.get $c local.get $n local.get $K local.get $J local.get $bias local.get $mode';

/** Emits the three stores of a tile, one branch per mode: 0 C = acc, 1 C = acc + bias[j], 2 C = C + acc. */
function modeStores(stores) {
  emit('local.get $mode i32.eqz if');
  stores(0);
  emit('else local.get $mode i32.const 1 i32.eq if');
  stores(1);
  emit('else');
  stores(2);
  emit('end end');
}

/**
 * Code of one tile of R rows (1 or 2) by V vectors (1..8) of two columns, or a scalar column (V = 0).
 * With Kc (a constant K) the k loop is unrolled. `fusedBias` (one row, mode 2): $bias is gb and
 * gb[0] += sum_k A[0, k] rides along in one more chain (added in by the j = 0 tile only).
 */
function tile(R, V, label, Kc, fusedBias = false) {
  const scalar = V === 0;
  const acc = (p, q) => (scalar ? `$f${p}` : `$v${p}${q}`);
  const zero = scalar ? 'f64.const 0' : 'v128.const f64x2 0 0';
  emit('local.get $ra0 local.set $pa0');
  if (R === 2) emit('local.get $ra1 local.set $pa1');
  emit('local.get $b local.get $j i32.const 3 i32.shl i32.add local.set $pb');
  /** One k step; `first`: the sums start from 0 (0 + a b, exactly as acc = 0; acc += a b). */
  const step = (first) => {
    for (let p = 0; p < R; p++) emit(`local.get $pa${p} ${scalar ? 'f64.load' : 'v128.load64_splat'} local.set ${scalar ? `$x${p}` : `$s${p}`}`);
    if (fusedBias) emit(scalar ? 'local.get $fu local.get $x0 f64.add local.set $fu' : 'local.get $u local.get $s0 f64x2.add local.set $u');
    for (let q = 0; q < Math.max(1, V); q++) {
      emit(`local.get $pb ${scalar ? 'f64.load' : `v128.load offset=${16 * q}`} local.set ${scalar ? '$y' : '$w'}`);
      for (let p = 0; p < R; p++) {
        const a = acc(p, q);
        const start = first ? zero : `local.get ${a}`;
        emit(scalar ? `${start} local.get $x${p} local.get $y f64.mul f64.add local.set ${a}` : `${start} local.get $s${p} local.get $w f64x2.mul f64x2.add local.set ${a}`);
      }
    }
  };
  const advance = () => {
    emit('local.get $pa0 local.get $aStep i32.add local.set $pa0');
    if (R === 2) emit('local.get $pa1 local.get $aStep i32.add local.set $pa1');
    emit('local.get $pb local.get $jb i32.add local.set $pb');
  };
  if (fusedBias) emit(`${zero} local.set ${scalar ? '$fu' : '$u'}`);
  if (Kc === undefined) {
    for (let p = 0; p < R; p++) for (let q = 0; q < Math.max(1, V); q++) emit(`${zero} local.set ${acc(p, q)}`);
    emit('i32.const 0 local.set $k');
    emit(`block $kd${label} loop $kl${label}`);
    emit('local.get $k local.get $K i32.ge_u br_if 1');
    step(false);
    advance();
    emit('local.get $k i32.const 1 i32.add local.set $k');
    emit('br 0 end end');
  } else {
    for (let k = 0; k < Kc; k++) {
      if (k > 0) advance();
      step(k === 0);
    }
  }
  const width = scalar ? 1 : 2 * V;
  emit('local.get $rc0 local.get $j i32.const 3 i32.shl i32.add local.set $pc0');
  if (R === 2) emit('local.get $pc0 local.get $jb i32.add local.set $pc1');
  emit('local.get $bias local.get $j i32.const 3 i32.shl i32.add local.set $pbias');
  const load = scalar ? 'f64.load' : 'v128.load';
  const store = scalar ? 'f64.store' : 'v128.store';
  const add = scalar ? 'f64.add' : 'f64x2.add';
  modeStores((mode) => {
    for (let p = 0; p < R; p++) {
      for (let q = 0; q < Math.max(1, V); q++) {
        const a = acc(p, q);
        const off = scalar ? '' : ` offset=${16 * q}`;
        if (mode === 0) emit(`local.get $pc${p} local.get ${a} ${store}${off}`);
        else if (mode === 1) emit(`local.get $pc${p} local.get ${a} local.get $pbias ${load}${off} ${add} ${store}${off}`);
        else emit(`local.get $pc${p} local.get $pc${p} ${load}${off} local.get ${a} ${add} ${store}${off}`);
      }
    }
  });
  if (fusedBias) emit(`local.get $j i32.eqz if local.get $bias local.get $bias f64.load local.get ${scalar ? '$fu' : '$u f64x2.extract_lane 0'} f64.add f64.store end`);
  emit(`local.get $j i32.const ${width} i32.add local.set $j`);
}

/** All column tiles of a band of R rows: 16-wide (one row only: eight chains), 8-wide, 2-wide, then one scalar column. */
function band(R, Kc, name, fusedBias = false) {
  emit('i32.const 0 local.set $j');
  const widths = R === 1 ? [8, 4, 1] : [4, 1];
  for (const V of widths) {
    const label = `${name}w${2 * V}r${R}`;
    emit(`block $jd${label} loop $jl${label}`);
    emit(`local.get $j i32.const ${2 * V} i32.add local.get $J i32.gt_u br_if 1`);
    tile(R, V, label, Kc, fusedBias);
    emit('br 0 end end');
  }
  emit('local.get $j local.get $J i32.lt_u if');
  tile(R, 0, `${name}s1r${R}`, Kc, fusedBias);
  emit('end');
}

/** The column-lanes gemm (lanes over two adjacent j): rows in pairs, then a last odd row; `fusedBias`: n = 1 only (see tile). */
function colsGemm(name, Kc, fusedBias = false) {
  emit(`(func ${name} ${GEMM_PARAMS}`);
  emit('(local $r i32) (local $j i32) (local $k i32) (local $jb i32) (local $ra0 i32) (local $ra1 i32) (local $rc0 i32) (local $pa0 i32) (local $pa1 i32) (local $pb i32) (local $pc0 i32) (local $pc1 i32) (local $pbias i32)');
  emit('(local $s0 v128) (local $s1 v128) (local $w v128) ' + [0, 1].map((p) => [0, 1, 2, 3, 4, 5, 6, 7].map((q) => `(local $v${p}${q} v128)`).join(' ')).join(' '));
  emit('(local $f0 f64) (local $f1 f64) (local $x0 f64) (local $x1 f64) (local $y f64) (local $u v128) (local $fu f64)');
  emit('local.get $J i32.const 3 i32.shl local.set $jb');
  emit('i32.const 0 local.set $r');
  if (!fusedBias) {
    emit('block $rd loop $rl');
    emit('local.get $r i32.const 2 i32.add local.get $n i32.gt_u br_if 1');
    emit('local.get $a local.get $r local.get $aRow i32.mul i32.add local.set $ra0');
    emit('local.get $ra0 local.get $aRow i32.add local.set $ra1');
    emit('local.get $c local.get $r local.get $jb i32.mul i32.add local.set $rc0');
    band(2, Kc, 'b');
    emit('local.get $r i32.const 2 i32.add local.set $r');
    emit('br 0 end end');
  }
  emit('local.get $r local.get $n i32.lt_u if');
  emit('local.get $a local.get $r local.get $aRow i32.mul i32.add local.set $ra0');
  emit('local.get $c local.get $r local.get $jb i32.mul i32.add local.set $rc0');
  band(1, Kc, 'o', fusedBias);
  emit('end)');
}

/**
 * The column-lanes gemm for a constant K = 1 or 2 (k unrolled): column blocks outside, rows inside,
 * so a block's K x 2V entries of B stay in registers and the mode is chosen once per block, not per
 * tile. Blocks of 8 columns, then 2, then a last single column; rows two at a time.
 */
function smallKGemm(name, Kc) {
  const bv = (k, q) => `$b${k}${q}`;
  emit(`(func ${name} ${GEMM_PARAMS}`);
  emit('(local $j i32) (local $r i32) (local $jb i32) (local $pa i32) (local $pc i32) (local $pb i32) (local $pbias i32) (local $s0 v128) (local $s1 v128) (local $f0 f64) (local $f1 f64)');
  emit([...Array(Kc).keys()].map((k) => [0, 1, 2, 3].map((q) => `(local ${bv(k, q)} v128) (local $g${k}${q} f64)`).join(' ')).join(' '));
  emit('local.get $J i32.const 3 i32.shl local.set $jb');
  const block = (V) => {
    const scalar = V === 0;
    const vecs = Math.max(1, V);
    const [load, splat, mul, add, store, zero] = scalar
      ? ['f64.load', 'f64.load', 'f64.mul', 'f64.add', 'f64.store', 'f64.const 0']
      : ['v128.load', 'v128.load64_splat', 'f64x2.mul', 'f64x2.add', 'v128.store', 'v128.const f64x2 0 0'];
    const bReg = (k, q) => (scalar ? `$g${k}${q}` : bv(k, q));
    emit('local.get $b local.get $j i32.const 3 i32.shl i32.add local.set $pb');
    for (let k = 0; k < Kc; k++) {
      if (k > 0) emit('local.get $pb local.get $jb i32.add local.set $pb');
      for (let q = 0; q < vecs; q++) emit(`local.get $pb ${load} offset=${16 * q} local.set ${bReg(k, q)}`);
    }
    emit('local.get $bias local.get $j i32.const 3 i32.shl i32.add local.set $pbias');
    /** One row: A row at $pa + rowA, C row at $pc + rowC (the two rows of a turn). */
    const row = (mode, second) => {
      const pa = second ? 'local.get $pa local.get $aRow i32.add' : 'local.get $pa';
      const pc = second ? 'local.get $pc local.get $jb i32.add' : 'local.get $pc';
      const sx = (k) => (scalar ? `$f${k}` : `$s${k}`);
      emit(`${pa} ${splat} local.set ${sx(0)}`);
      if (Kc === 2) emit(`${pa} local.get $aStep i32.add ${splat} local.set ${sx(1)}`);
      for (let q = 0; q < vecs; q++) {
        let sum = `${zero} local.get ${sx(0)} local.get ${bReg(0, q)} ${mul} ${add}`;
        if (Kc === 2) sum += ` local.get ${sx(1)} local.get ${bReg(1, q)} ${mul} ${add}`;
        const off = ` offset=${16 * q}`;
        if (mode === 0) emit(`${pc} ${sum} ${store}${off}`);
        else if (mode === 1) emit(`${pc} ${sum} local.get $pbias ${load}${off} ${add} ${store}${off}`);
        else emit(`${pc} ${pc} ${load}${off} ${sum} ${add} ${store}${off}`);
      }
    };
    modeStores((mode) => {
      emit('local.get $a local.set $pa local.get $c local.get $j i32.const 3 i32.shl i32.add local.set $pc i32.const 0 local.set $r');
      emit('block $rd loop $rl');
      emit('local.get $r i32.const 2 i32.add local.get $n i32.gt_u br_if 1');
      row(mode, false);
      row(mode, true);
      emit('local.get $pa local.get $aRow i32.const 1 i32.shl i32.add local.set $pa local.get $pc local.get $jb i32.const 1 i32.shl i32.add local.set $pc');
      emit('local.get $r i32.const 2 i32.add local.set $r');
      emit('br 0 end end');
      emit('local.get $r local.get $n i32.lt_u if');
      row(mode, false);
      emit('end');
    });
    emit(`local.get $j i32.const ${scalar ? 1 : 2 * V} i32.add local.set $j`);
  };
  emit('i32.const 0 local.set $j');
  for (const V of [4, 1]) {
    emit(`block $jd${V} loop $jl${V}`);
    emit(`local.get $j i32.const ${2 * V} i32.add local.get $J i32.gt_u br_if 1`);
    block(V);
    emit('br 0 end end');
  }
  emit('local.get $j local.get $J i32.lt_u if');
  block(0);
  emit('end)');
}

/**
 * The row-lanes gemm for J = 1 or 2 columns (too narrow for column lanes): each f64x2 holds the
 * sums of two adjacent rows p, p + 1 of one column j, P row pairs at a time (P J independent
 * chains), still summed over k in increasing order. `layout` 'pc': A's rows are adjacent (aRow = 8,
 * the weight gradient's dZ columns), a row pair is one v128.load; 'kc': A's k are adjacent
 * (aStep = 8), the pair is gathered from two rows with load64_splat + load64_lane. The last
 * n mod 2P rows go to the column-lanes kernels.
 */
function rowsGemm(name, J, P, layout) {
  const R = 2 * P;
  const acc = (q, j) => `$v${q}${j}`;
  emit(`(func ${name} ${GEMM_PARAMS}`);
  emit('(local $r i32) (local $k i32) (local $kEnd i32) (local $pa i32) (local $pb i32) (local $pc i32) (local $x v128) (local $y0 v128) (local $y1 v128) (local $z0 v128) (local $z1 v128) (local $t v128)');
  emit([...Array(P).keys()].map((q) => [...Array(J).keys()].map((j) => `(local ${acc(q, j)} v128)`).join(' ')).join(' '));
  if (layout === 'kc') emit([...Array(R).keys()].map((m) => `(local $q${m} i32)`).join(' '));
  emit('block $rd loop $rl');
  emit(`local.get $r i32.const ${R} i32.add local.get $n i32.gt_u br_if 1`);
  emit('local.get $a local.get $r local.get $aRow i32.mul i32.add local.set $pa');
  if (layout === 'kc') {
    emit('local.get $pa local.set $q0');
    for (let m = 1; m < R; m++) emit(`local.get $q${m - 1} local.get $aRow i32.add local.set $q${m}`);
  }
  for (let q = 0; q < P; q++) for (let j = 0; j < J; j++) emit(`v128.const f64x2 0 0 local.set ${acc(q, j)}`);
  emit('local.get $b local.set $pb');
  // pc: k counts rows of A and B; kc: k is the byte offset of column k in A's rows (aStep = 8).
  if (layout === 'pc') emit('i32.const 0 local.set $k local.get $K local.set $kEnd');
  else emit('i32.const 0 local.set $k local.get $K i32.const 3 i32.shl local.set $kEnd');
  const mulAdd = (q, j, x, y) => emit(`local.get ${acc(q, j)} local.get ${x} local.get ${y} f64x2.mul f64x2.add local.set ${acc(q, j)}`);
  /** One k step: the B row splat into $y<j>, each pair of A's column k into $x. */
  const step = () => {
    for (let j = 0; j < J; j++) emit(`local.get $pb v128.load64_splat offset=${8 * j} local.set $y${j}`);
    for (let q = 0; q < P; q++) {
      if (layout === 'pc') emit(`local.get $pa v128.load offset=${16 * q} local.set $x`);
      else emit(`local.get $q${2 * q + 1} local.get $k i32.add local.get $q${2 * q} local.get $k i32.add v128.load64_splat v128.load64_lane 1 local.set $x`);
      for (let j = 0; j < J; j++) mulAdd(q, j, '$x', `$y${j}`);
    }
  };
  if (layout === 'kc') {
    // Two k per turn: rows p, p + 1 each give one v128 (k, k + 1), unpacked into the pair of column k
    // ($x) and of column k + 1 ($t); the sums take column k, then k + 1. An odd last k: one step.
    emit('block $kd2 loop $kl2');
    emit('local.get $k i32.const 8 i32.add local.get $kEnd i32.ge_u br_if 1');
    for (let j = 0; j < J; j++) emit(`local.get $pb v128.load64_splat offset=${8 * j} local.set $y${j} local.get $pb v128.load64_splat offset=${8 * (J + j)} local.set $z${j}`);
    for (let q = 0; q < P; q++) {
      emit(`local.get $q${2 * q} local.get $k i32.add v128.load local.set $x local.get $q${2 * q + 1} local.get $k i32.add v128.load local.set $t`);
      emit('local.get $x local.get $t i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 local.get $x local.get $t i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 local.set $x local.set $t');
      for (let j = 0; j < J; j++) mulAdd(q, j, '$x', `$y${j}`);
      for (let j = 0; j < J; j++) mulAdd(q, j, '$t', `$z${j}`);
    }
    emit(`local.get $k i32.const 16 i32.add local.set $k local.get $pb i32.const ${16 * J} i32.add local.set $pb`);
    emit('br 0 end end');
    emit('local.get $k local.get $kEnd i32.lt_u if');
    step();
    emit('end');
  } else {
    emit('block $kd loop $kl');
    emit('local.get $k local.get $kEnd i32.ge_u br_if 1');
    step();
    emit('local.get $pa local.get $aStep i32.add local.set $pa local.get $k i32.const 1 i32.add local.set $k');
    emit(`local.get $pb i32.const ${8 * J} i32.add local.set $pb`);
    emit('br 0 end end');
  }
  // C rows p, p + 1 of the pair q: J = 1 one v128 (adjacent); J = 2 the 2 x 2 block transposed.
  emit(`local.get $c local.get $r i32.const ${3 + (J === 2 ? 1 : 0)} i32.shl i32.add local.set $pc`);
  const bias = J === 1 ? 'local.get $bias v128.load64_splat' : 'local.get $bias v128.load';
  const vectors = [];
  for (let q = 0; q < P; q++) {
    if (J === 1) vectors.push([16 * q, () => `local.get ${acc(q, 0)}`]);
    else {
      vectors.push([32 * q, () => `local.get ${acc(q, 0)} local.get ${acc(q, 1)} i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23`]);
      vectors.push([32 * q + 16, () => `local.get ${acc(q, 0)} local.get ${acc(q, 1)} i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31`]);
    }
  }
  modeStores((mode) => {
    if (mode === 1) emit(`${bias} local.set $t`);
    for (const [off, value] of vectors) {
      if (mode === 0) emit(`local.get $pc ${value()} v128.store offset=${off}`);
      else if (mode === 1) emit(`local.get $pc ${value()} local.get $t f64x2.add v128.store offset=${off}`);
      else emit(`local.get $pc local.get $pc v128.load offset=${off} ${value()} f64x2.add v128.store offset=${off}`);
    }
  });
  emit(`local.get $r i32.const ${R} i32.add local.set $r`);
  emit('br 0 end end');
  emit('local.get $r local.get $n i32.lt_u if');
  emit(`local.get $a local.get $r local.get $aRow i32.mul i32.add local.get $aRow local.get $aStep local.get $b local.get $c local.get $r i32.const ${3 + (J === 2 ? 1 : 0)} i32.shl i32.add local.get $n local.get $r i32.sub local.get $K local.get $J local.get $bias local.get $mode call $cols`);
  emit('end)');
}

emit('(module');
emit('(import "env" "memory" (memory 1))');
emit(';; C[p, j] (mode 0: =, 1: = bias[j] +, 2: +=) sum_k A[p, k] B[k, j] for p < n, j < J, k < K (k increasing).');
emit(';; Byte addresses; A[p, k] at a + p * aRow + k * aStep; B row-major K x J, C row-major n x J.');
emit(';; Dispatch by shape: J = 1, 2 with 8+ rows: lanes over rows; otherwise lanes over columns, k unrolled for K = 1, 2.');
emit(`(func $gemm (export "gemm") ${GEMM_PARAMS}`);
emit('local.get $J i32.const 2 i32.le_u local.get $n i32.const 8 i32.ge_u i32.and if');
emit('local.get $aRow i32.const 8 i32.eq if');
emit(`local.get $J i32.const 1 i32.eq if ${GEMM_ARGS} call $rows_pc_j1 else ${GEMM_ARGS} call $rows_pc_j2 end return end`);
emit('local.get $aStep i32.const 8 i32.eq if');
emit(`local.get $J i32.const 1 i32.eq if ${GEMM_ARGS} call $rows_kc_j1 else ${GEMM_ARGS} call $rows_kc_j2 end return end`);
emit('end');
emit(`${GEMM_ARGS} call $cols)`);
emit(';; The column-lanes kernels by K: unrolled for K = 1, 2, else the k loop.');
emit(`(func $cols ${GEMM_PARAMS}`);
emit(`local.get $K i32.const 1 i32.eq if ${GEMM_ARGS} call $cols_k1 return end`);
emit(`local.get $K i32.const 2 i32.eq if ${GEMM_ARGS} call $cols_k2 return end`);
emit(`${GEMM_ARGS} call $cols_loop)`);
colsGemm('$cols_loop');
smallKGemm('$cols_k1', 1);
smallKGemm('$cols_k2', 2);
rowsGemm('$rows_pc_j1', 1, 4, 'pc');
rowsGemm('$rows_pc_j2', 2, 4, 'pc');
rowsGemm('$rows_kc_j1', 1, 4, 'kc');
rowsGemm('$rows_kc_j2', 2, 2, 'kc');
colsGemm('$row1_bias', undefined, true);

emit(';; The weight gradient: G[o, i] += sum_r dz[r, o] x[r, i] (o < rows, i < inputs), gb[o] += sum_r dz[r, o].');
emit(';; One row (a single output): the bias sum fused into the gemm (its one chain would run alone); else gemm (mode 2), then colsum.');
emit('(func (export "wgrad") (param $dz i32) (param $x i32) (param $g i32) (param $gb i32) (param $n i32) (param $inputs i32) (param $rows i32)');
const wgradArgs = 'local.get $dz i32.const 8 local.get $rows i32.const 3 i32.shl local.get $x local.get $g local.get $rows local.get $n local.get $inputs';
emit(`local.get $rows i32.const 1 i32.eq if ${wgradArgs} local.get $gb i32.const 2 call $row1_bias return end`);
emit(`${wgradArgs} i32.const 0 i32.const 2 call $gemm`);
emit('local.get $dz local.get $gb local.get $n local.get $rows local.get $rows i32.const 3 i32.shl call $colsum_strided)');

emit(';; T[i, o] = W[o, i]: W rows x inputs row-major into T inputs x rows (an exact copy of each element).');
emit('(func (export "transpose") (param $w i32) (param $t i32) (param $rows i32) (param $inputs i32)');
emit('(local $o i32) (local $i i32) (local $src i32) (local $dst i32) (local $rb i32)');
emit('local.get $rows i32.const 3 i32.shl local.set $rb');
emit('local.get $w local.set $src');
emit('i32.const 0 local.set $o');
emit('block $od loop $ol');
emit('local.get $o local.get $rows i32.ge_u br_if 1');
emit('local.get $t local.get $o i32.const 3 i32.shl i32.add local.set $dst');
emit('i32.const 0 local.set $i');
emit('block $id loop $il');
emit('local.get $i local.get $inputs i32.ge_u br_if 1');
emit('local.get $dst local.get $src f64.load f64.store');
emit('local.get $src i32.const 8 i32.add local.set $src');
emit('local.get $dst local.get $rb i32.add local.set $dst');
emit('local.get $i i32.const 1 i32.add local.set $i');
emit('br 0 end end');
emit('local.get $o i32.const 1 i32.add local.set $o');
emit('br 0 end end)');

emit(';; g[o] += sum_r dz[r, o] (r increasing from 0) for o < rows: the bias gradient.');
emit('(func (export "colsum") (param $dz i32) (param $g i32) (param $n i32) (param $rows i32)');
emit('local.get $dz local.get $g local.get $n local.get $rows local.get $rows i32.const 3 i32.shl call $colsum_strided)');
emit(';; The same over rows columns of a matrix of row stride rb bytes: sixteen columns at a time (eight');
emit(';; independent chains), then pairs, then a last single column.');
emit('(func $colsum_strided (param $dz i32) (param $g i32) (param $n i32) (param $rows i32) (param $rb i32)');
emit('(local $o i32) (local $r i32) (local $p i32) (local $f f64) ' + [0, 1, 2, 3, 4, 5, 6, 7].map((q) => `(local $v${q} v128)`).join(' '));
emit('i32.const 0 local.set $o');
for (const V of [8, 1]) {
  emit(`block $od${V} loop $ol${V}`);
  emit(`local.get $o i32.const ${2 * V} i32.add local.get $rows i32.gt_u br_if 1`);
  for (let q = 0; q < V; q++) emit(`v128.const f64x2 0 0 local.set $v${q}`);
  emit('local.get $dz local.get $o i32.const 3 i32.shl i32.add local.set $p');
  emit('i32.const 0 local.set $r');
  emit(`block $rd${V} loop $rl${V}`);
  emit('local.get $r local.get $n i32.ge_u br_if 1');
  for (let q = 0; q < V; q++) emit(`local.get $v${q} local.get $p v128.load offset=${16 * q} f64x2.add local.set $v${q}`);
  emit('local.get $p local.get $rb i32.add local.set $p');
  emit('local.get $r i32.const 1 i32.add local.set $r');
  emit('br 0 end end');
  emit('local.get $g local.get $o i32.const 3 i32.shl i32.add local.set $p');
  for (let q = 0; q < V; q++) emit(`local.get $p local.get $p v128.load offset=${16 * q} local.get $v${q} f64x2.add v128.store offset=${16 * q}`);
  emit(`local.get $o i32.const ${2 * V} i32.add local.set $o`);
  emit('br 0 end end');
}
emit('local.get $o local.get $rows i32.lt_u if');
emit('f64.const 0 local.set $f');
emit('local.get $dz local.get $o i32.const 3 i32.shl i32.add local.set $p');
emit('i32.const 0 local.set $r');
emit('block $rd loop $rl');
emit('local.get $r local.get $n i32.ge_u br_if 1');
emit('local.get $f local.get $p f64.load f64.add local.set $f');
emit('local.get $p local.get $rb i32.add local.set $p');
emit('local.get $r i32.const 1 i32.add local.set $r');
emit('br 0 end end');
emit('local.get $g local.get $o i32.const 3 i32.shl i32.add local.tee $p local.get $p f64.load local.get $f f64.add f64.store');
emit('end)');

// tanh_slope: the lanes-of-two twin of src/core/training/tanh-kernel.ts, built from that file's own
// constants (bundled here with esbuild), op for op: see that file for the method and the ranges.
const tanhKernel = (() => {
  const { outputFiles } = require('esbuild').buildSync({
    entryPoints: [path.join(__dirname, '..', 'src', 'core', 'training', 'tanh-kernel.ts')],
    bundle: true, format: 'cjs', platform: 'node', write: false, logLevel: 'silent',
  });
  const m = { exports: {} };
  new Function('module', 'exports', outputFiles[0].text)(m, m.exports);
  return m.exports;
})();

/** A normal double as an exact wat hex float, e.g. 0x1.62e42fee00000p-1. */
function hexDouble(v) {
  if (v === 0) return Object.is(v, -0) ? '-0x0p+0' : '0x0p+0';
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  const hi = view.getUint32(0);
  const exponent = (hi >>> 20) & 0x7ff;
  if (exponent === 0 || exponent === 0x7ff) throw new Error(`hexDouble: ${v} is not a normal double`);
  const mantissa = ((BigInt(hi & 0xfffff) << 32n) | BigInt(view.getUint32(4))).toString(16).padStart(13, '0');
  return `${hi >>> 31 ? '-' : ''}0x1.${mantissa}p${exponent - 1023}`;
}
/**
 * The tanh kernel's constants live in locals set once before the loops: TurboFan does not hoist a
 * v128.const out of a loop, and materialising one costs several instructions per use.
 */
const constants = new Map();
const constantLocal = (literal) => {
  if (!constants.has(literal)) constants.set(literal, `$K${constants.size}`);
  return `local.get ${constants.get(literal)}`;
};
const splat = (v) => constantLocal(`v128.const f64x2 ${hexDouble(v)} ${hexDouble(v)}`);
const splatI64 = (v) => constantLocal(`v128.const i64x2 ${v} ${v}`);

/**
 * From the v128 in $x<g> for each group g: $v<g> = tanh(x). The groups' steps are interleaved, so
 * the independent chains (the 18-step Horner above all) overlap instead of waiting on each other.
 */
function tanhBody(groups) {
  const K = tanhKernel;
  // Each line must leave the stack as it found it: the groups' copies of a line are interleaved.
  const each = (line) => { for (const g of groups) emit(line.replace(/\$([a-z]+[0-9]?)(?![a-z0-9])/g, (_, name) => `$${name}_${g}`)); };
  each('local.get $x f64x2.abs local.set $a');
  each(`local.get $a local.get $a f64x2.add ${splat(K.Y_MAX)} f64x2.pmin local.set $y`);
  each(`local.get $a ${splat(K.SMALL)} f64x2.ge local.set $reduced`);
  each(`local.get $a ${splat(K.LARGE)} f64x2.ge local.set $large`);
  each(`local.get $y ${splat(K.INV_LN2)} f64x2.mul ${splat(K.ROUND_SHIFT)} f64x2.add local.set $m`);
  each(`local.get $m ${splat(K.ROUND_SHIFT)} f64x2.sub local.get $reduced v128.and local.set $k`);
  each(`local.get $y local.get $k ${splat(K.LN2_HI)} f64x2.mul f64x2.sub local.get $k ${splat(K.LN2_LO)} f64x2.mul f64x2.sub local.set $r`);
  // Estrin's tree, exactly as tanh-kernel.ts writes it: pair(i) = C[i] + C[i+1] r, C[n] = 1/n!.
  const C = (n) => K.EXPM1_COEFFICIENTS[K.SERIES_DEGREE - n];
  const pair = (n) => `${splat(C(n))} ${splat(C(n + 1))} local.get $r f64x2.mul f64x2.add`;
  each('local.get $r local.get $r f64x2.mul local.set $rr');
  each('local.get $rr local.get $rr f64x2.mul local.set $r4');
  [2, 6, 10].forEach((n, j) => each(`${pair(n)} ${pair(n + 2)} local.get $rr f64x2.mul f64x2.add local.set $s${j}`));
  each(`local.get $s0 local.get $s1 local.get $r4 f64x2.mul f64x2.add local.get $s2 ${pair(14)} local.get $r4 f64x2.mul f64x2.add local.get $r4 local.get $r4 f64x2.mul f64x2.mul f64x2.add local.set $p`);
  each('local.get $r local.get $rr local.get $p f64x2.mul f64x2.add local.set $e');
  each(`local.get $m ${splatI64(1023)} i64x2.add i32.const 52 i64x2.shl ${splat(1)} local.get $reduced v128.bitselect local.set $scale`);
  each(`local.get $scale local.get $e f64x2.mul local.get $scale ${splat(1)} f64x2.sub f64x2.add local.set $t`);
  each(`${splat(1)} local.get $large v128.and ${splat(-2)} local.get $t local.get $large v128.bitselect local.get $t ${splat(2)} f64x2.add f64x2.div f64x2.add local.set $h`);
  each(`local.get $x local.get $h local.get $x ${splatI64('0x8000000000000000')} v128.and v128.xor local.get $a ${splat(K.TINY)} f64x2.lt v128.bitselect local.set $v`);
}

const TANH_GROUPS = [0, 1, 2, 3];
const tanhLocals = TANH_GROUPS.map((g) => ['x', 'a', 'y', 'reduced', 'large', 'm', 'k', 'r', 'rr', 'r4', 's0', 's1', 's2', 'p', 'e', 'scale', 't', 'h', 'v'].map((name) => `(local $${name}_${g} v128)`).join(' ')).join(' ');
const storeTanh = (g, offset, store) => {
  emit(`local.get $post local.get $off i32.add local.get $v_${g} ${store}${offset}`);
  emit(`local.get $slope local.get $off i32.add ${splat(1)} local.get $v_${g} local.get $v_${g} f64x2.mul f64x2.sub ${store}${offset}`);
};
emit(';; post[i] = tanh(pre[i]), slope[i] = 1 - post[i]^2 for i < n: bit-identical to tanh-kernel.ts.');
emit(';; Eight elements per turn (four interleaved pairs), then pairs, then a last single element.');
emit('(func (export "tanh_slope") (param $pre i32) (param $post i32) (param $slope i32) (param $n i32)');
emit(`(local $i i32) (local $off i32) ${tanhLocals}`);
const constantsAt = out.length;
emit('');
emit('block $dg loop $lg');
emit(`local.get $i i32.const ${2 * TANH_GROUPS.length} i32.add local.get $n i32.gt_u br_if 1`);
for (const g of TANH_GROUPS) emit(`local.get $pre local.get $off i32.add v128.load offset=${16 * g} local.set $x_${g}`);
tanhBody(TANH_GROUPS);
for (const g of TANH_GROUPS) storeTanh(g, ` offset=${16 * g}`, 'v128.store');
emit(`local.get $i i32.const ${2 * TANH_GROUPS.length} i32.add local.set $i`);
emit(`local.get $off i32.const ${16 * TANH_GROUPS.length} i32.add local.set $off`);
emit('br 0 end end');
emit('block $d2 loop $l2');
emit('local.get $i i32.const 2 i32.add local.get $n i32.gt_u br_if 1');
emit('local.get $pre local.get $off i32.add v128.load local.set $x_0');
tanhBody([0]);
storeTanh(0, '', 'v128.store');
emit('local.get $i i32.const 2 i32.add local.set $i');
emit('local.get $off i32.const 16 i32.add local.set $off');
emit('br 0 end end');
emit('local.get $i local.get $n i32.lt_u if');
emit('local.get $pre local.get $off i32.add v128.load64_zero local.set $x_0');
tanhBody([0]);
storeTanh(0, '', 'v128.store64_lane 0');
emit('end)');
out[constantsAt] = [...constants.values()].map((name) => `(local ${name} v128)`).join(' ') + '\n' + [...constants].map(([literal, name]) => `${literal} local.set ${name}`).join('\n');

emit(';; out[i] = a[i] * b[i] for i < n (one rounding each, as the JS loop).');
emit('(func (export "mul") (param $a i32) (param $b i32) (param $out i32) (param $n i32)');
emit('(local $i i32) (local $off i32)');
emit('block $d loop $l');
emit('local.get $i i32.const 2 i32.add local.get $n i32.gt_u br_if 1');
emit('local.get $out local.get $off i32.add local.get $a local.get $off i32.add v128.load local.get $b local.get $off i32.add v128.load f64x2.mul v128.store');
emit('local.get $i i32.const 2 i32.add local.set $i');
emit('local.get $off i32.const 16 i32.add local.set $off');
emit('br 0 end end');
emit('local.get $i local.get $n i32.lt_u if');
emit('local.get $out local.get $off i32.add local.get $a local.get $off i32.add f64.load local.get $b local.get $off i32.add f64.load f64.mul f64.store');
emit('end)');

// relu_slope: the twin of src/core/training/relu-kernel.ts.
emit(';; post[i] = relu(pre[i]) = 0.5 (x + |x|) (0 for -inf), slope[i] = x > 0 ? 1 : 0 (NaN for NaN): bit-identical to relu-kernel.ts.');
emit('(func (export "relu_slope") (param $pre i32) (param $post i32) (param $slope i32) (param $n i32)');
emit('(local $i i32) (local $off i32) (local $x v128) (local $half v128) (local $one v128) (local $ninf v128)');
emit(`v128.const f64x2 0.5 0.5 local.set $half`);
emit(`v128.const f64x2 1 1 local.set $one`);
emit(`v128.const f64x2 -inf -inf local.set $ninf`);
const reluBody = (load, store) => {
  emit(`local.get $pre local.get $off i32.add ${load} local.set $x`);
  emit(`local.get $post local.get $off i32.add local.get $half local.get $x local.get $x f64x2.abs f64x2.add f64x2.mul local.get $x local.get $ninf f64x2.ne v128.and ${store}`);
  emit(`local.get $slope local.get $off i32.add local.get $x local.get $one local.get $x v128.const f64x2 0 0 f64x2.gt v128.and local.get $x local.get $x f64x2.ne v128.bitselect ${store}`);
};
emit('block $d loop $l');
emit('local.get $i i32.const 2 i32.add local.get $n i32.gt_u br_if 1');
reluBody('v128.load', 'v128.store');
emit('local.get $i i32.const 2 i32.add local.set $i');
emit('local.get $off i32.const 16 i32.add local.set $off');
emit('br 0 end end');
emit('local.get $i local.get $n i32.lt_u if');
reluBody('v128.load64_zero', 'v128.store64_lane 0');
emit('end)');
emit(')');

async function main() {
  const here = path.join(__dirname, '..', 'src', 'core', 'training', 'wasm');
  const wat = `;; GENERATED by scripts/generate-dense-wasm.js: do not edit.\n${out.join('\n')}\n`;
  fs.writeFileSync(path.join(here, 'dense-simd.wat'), wat);
  const wabtPath = process.argv[2] ?? 'wabt';
  const wabt = await require(wabtPath)();
  const mod = wabt.parseWat('dense-simd.wat', wat, { simd: true });
  mod.validate();
  const { buffer } = mod.toBinary({});
  const bytes = Array.from(buffer);
  const lines = [];
  for (let i = 0; i < bytes.length; i += 32) lines.push('  ' + bytes.slice(i, i + 32).join(',') + ',');
  const ts = [
    '/**',
    ' * GENERATED by scripts/generate-dense-wasm.js from dense-simd.wat (wabt wat2wasm): do not edit.',
    ` * The WebAssembly SIMD dense kernels, ${bytes.length} bytes.`,
    ' */',
    'export const DENSE_SIMD_WASM = new Uint8Array([',
    ...lines,
    ']);',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(here, 'dense-simd-bytes.ts'), ts);
  console.log(`dense-simd.wat: ${out.length} lines; dense-simd-bytes.ts: ${bytes.length} bytes`);
}

main().catch((e) => { console.error(e); process.exit(1); });
