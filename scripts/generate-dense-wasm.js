#!/usr/bin/env node
// Build-time generator of the WebAssembly SIMD dense kernels (not part of the extension bundle):
//   node scripts/generate-dense-wasm.js [path to wabt's package]
// writes dense-simd.wat (the readable source, generated from the templates below) and assembles it
// with wabt (npm package `wabt`, e.g. installed into /tmp/wasmtools) into dense-simd-bytes.ts, a
// Uint8Array literal. Both outputs are committed, so building the extension needs no tool.
//
// Every kernel is C (n x J) = A (n x K) . B (K x J), with each C[p, j] summed over k = 0, 1, ...
// in increasing order from 0 (f64x2 lanes run over two adjacent j, never over k), so every element
// gets exactly the plain-JS kernels' sequence of roundings: bit-identical results. No FMA exists in
// wasm SIMD (mul then add, each rounded).
// It also holds tanh_slope, the SIMD twin of src/core/training/tanh-kernel.ts (read with esbuild for
// its constants), and the bit-identity test of each is in test/core/training/.
'use strict';
const fs = require('fs');
const path = require('path');

const out = [];
const emit = (s) => out.push(s);

/** Code of one tile of R rows (1 or 2) by V vectors (1..4) of two columns, or a scalar column (V = 0). */
function tile(R, V, label) {
  const scalar = V === 0;
  const accs = [];
  for (let p = 0; p < R; p++) for (let q = 0; q < Math.max(1, V); q++) accs.push(scalar ? `$f${p}` : `$v${p}${q}`);
  const zero = scalar ? 'f64.const 0' : 'v128.const f64x2 0 0';
  for (const a of accs) emit(`${zero} local.set ${a}`);
  emit('local.get $ra0 local.set $pa0');
  if (R === 2) emit('local.get $ra1 local.set $pa1');
  emit('local.get $b local.get $j i32.const 3 i32.shl i32.add local.set $pb');
  emit('i32.const 0 local.set $k');
  emit(`block $kd${label} loop $kl${label}`);
  emit('local.get $k local.get $K i32.ge_u br_if 1');
  for (let p = 0; p < R; p++) emit(`local.get $pa${p} ${scalar ? 'f64.load' : 'v128.load64_splat'} local.set ${scalar ? `$x${p}` : `$s${p}`}`);
  for (let q = 0; q < Math.max(1, V); q++) {
    emit(`local.get $pb ${scalar ? 'f64.load' : `v128.load offset=${16 * q}`} local.set ${scalar ? '$y' : '$w'}`);
    for (let p = 0; p < R; p++) {
      const a = scalar ? `$f${p}` : `$v${p}${q}`;
      emit(scalar ? `local.get ${a} local.get $x${p} local.get $y f64.mul f64.add local.set ${a}` : `local.get ${a} local.get $s${p} local.get $w f64x2.mul f64x2.add local.set ${a}`);
    }
  }
  emit('local.get $pa0 local.get $aStep i32.add local.set $pa0');
  if (R === 2) emit('local.get $pa1 local.get $aStep i32.add local.set $pa1');
  emit('local.get $pb local.get $jb i32.add local.set $pb');
  emit('local.get $k i32.const 1 i32.add local.set $k');
  emit('br 0 end end');
  // stores: mode 0 C = acc, 1 C = acc + bias[j], 2 C = C + acc
  const width = scalar ? 1 : 2 * V;
  emit('local.get $rc0 local.get $j i32.const 3 i32.shl i32.add local.set $pc0');
  if (R === 2) emit('local.get $pc0 local.get $jb i32.add local.set $pc1');
  emit('local.get $bias local.get $j i32.const 3 i32.shl i32.add local.set $pbias');
  const load = scalar ? 'f64.load' : 'v128.load';
  const store = scalar ? 'f64.store' : 'v128.store';
  const add = scalar ? 'f64.add' : 'f64x2.add';
  const stores = (mode) => {
    for (let p = 0; p < R; p++) {
      for (let q = 0; q < Math.max(1, V); q++) {
        const a = scalar ? `$f${p}` : `$v${p}${q}`;
        const off = scalar ? '' : ` offset=${16 * q}`;
        if (mode === 0) emit(`local.get $pc${p} local.get ${a} ${store}${off}`);
        else if (mode === 1) emit(`local.get $pc${p} local.get ${a} local.get $pbias ${load}${off} ${add} ${store}${off}`);
        else emit(`local.get $pc${p} local.get $pc${p} ${load}${off} local.get ${a} ${add} ${store}${off}`);
      }
    }
  };
  emit('local.get $mode i32.eqz if');
  stores(0);
  emit('else local.get $mode i32.const 1 i32.eq if');
  stores(1);
  emit('else');
  stores(2);
  emit('end end');
  emit(`local.get $j i32.const ${width} i32.add local.set $j`);
}

/** All column tiles of a band of R rows: 8-wide, then 2-wide, then one scalar column. */
function band(R) {
  emit('i32.const 0 local.set $j');
  for (const [V, label] of [[4, `w8r${R}`], [1, `w2r${R}`]]) {
    emit(`block $jd${label} loop $jl${label}`);
    emit(`local.get $j i32.const ${2 * V} i32.add local.get $J i32.gt_u br_if 1`);
    tile(R, V, label);
    emit('br 0 end end');
  }
  emit('local.get $j local.get $J i32.lt_u if');
  tile(R, 0, `s1r${R}`);
  emit('end');
}

emit('(module');
emit('(import "env" "memory" (memory 1))');
emit(';; C[p, j] (mode 0: =, 1: = bias[j] +, 2: +=) sum_k A[p, k] B[k, j] for p < n, j < J, k < K (k increasing).');
emit(';; Byte addresses; A[p, k] at a + p * aRow + k * aStep; B row-major K x J, C row-major n x J.');
emit('(func (export "gemm") (param $a i32) (param $aRow i32) (param $aStep i32) (param $b i32) (param $c i32) (param $n i32) (param $K i32) (param $J i32) (param $bias i32) (param $mode i32)');
emit('(local $r i32) (local $j i32) (local $k i32) (local $jb i32) (local $ra0 i32) (local $ra1 i32) (local $rc0 i32) (local $pa0 i32) (local $pa1 i32) (local $pb i32) (local $pc0 i32) (local $pc1 i32) (local $pbias i32)');
emit('(local $s0 v128) (local $s1 v128) (local $w v128) (local $v00 v128) (local $v01 v128) (local $v02 v128) (local $v03 v128) (local $v10 v128) (local $v11 v128) (local $v12 v128) (local $v13 v128)');
emit('(local $f0 f64) (local $f1 f64) (local $x0 f64) (local $x1 f64) (local $y f64)');
emit('local.get $J i32.const 3 i32.shl local.set $jb');
emit('i32.const 0 local.set $r');
emit('block $rd loop $rl');
emit('local.get $r i32.const 2 i32.add local.get $n i32.gt_u br_if 1');
emit('local.get $a local.get $r local.get $aRow i32.mul i32.add local.set $ra0');
emit('local.get $ra0 local.get $aRow i32.add local.set $ra1');
emit('local.get $c local.get $r local.get $jb i32.mul i32.add local.set $rc0');
band(2);
emit('local.get $r i32.const 2 i32.add local.set $r');
emit('br 0 end end');
emit('local.get $r local.get $n i32.lt_u if');
emit('local.get $a local.get $r local.get $aRow i32.mul i32.add local.set $ra0');
emit('local.get $c local.get $r local.get $jb i32.mul i32.add local.set $rc0');
band(1);
emit('end)');

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
emit(';; Eight columns a pass (four independent f64x2 sums), then two, then one.');
emit('(func (export "colsum") (param $dz i32) (param $g i32) (param $n i32) (param $rows i32)');
emit('(local $o i32) (local $r i32) (local $p i32) (local $rb i32) (local $v0 v128) (local $v1 v128) (local $v2 v128) (local $v3 v128) (local $f f64)');
emit('local.get $rows i32.const 3 i32.shl local.set $rb');
/** One pass over the rows for `width` columns from $o: V vectors (4 or 1), or a scalar column (V = 0). */
function colsumPass(V, label) {
  const width = V === 0 ? 1 : 2 * V;
  emit(`block $od${label} loop $ol${label}`);
  emit(`local.get $o i32.const ${width} i32.add local.get $rows i32.gt_u br_if 1`);
  if (V === 0) emit('f64.const 0 local.set $f');
  for (let q = 0; q < V; q++) emit(`v128.const f64x2 0 0 local.set $v${q}`);
  emit('local.get $dz local.get $o i32.const 3 i32.shl i32.add local.set $p');
  emit('i32.const 0 local.set $r');
  emit(`block $rd${label} loop $rl${label}`);
  emit('local.get $r local.get $n i32.ge_u br_if 1');
  if (V === 0) emit('local.get $f local.get $p f64.load f64.add local.set $f');
  for (let q = 0; q < V; q++) emit(`local.get $v${q} local.get $p v128.load offset=${16 * q} f64x2.add local.set $v${q}`);
  emit('local.get $p local.get $rb i32.add local.set $p');
  emit('local.get $r i32.const 1 i32.add local.set $r');
  emit('br 0 end end');
  if (V === 0) emit('local.get $g local.get $o i32.const 3 i32.shl i32.add local.tee $p local.get $p f64.load local.get $f f64.add f64.store');
  for (let q = 0; q < V; q++) emit(`local.get $g local.get $o i32.const 3 i32.shl i32.add local.tee $p local.get $p v128.load offset=${16 * q} local.get $v${q} f64x2.add v128.store offset=${16 * q}`);
  emit(`local.get $o i32.const ${width} i32.add local.set $o`);
  emit('br 0 end end');
}
colsumPass(4, 'c8');
colsumPass(1, 'c2');
colsumPass(0, 'c1');
emit(')');

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
