/**
 * Dense symmetric positive-definite algebra for the fit: Cholesky factor, solve, inverse. Matrices
 * are row-major n × n Float64Arrays. Plain loops in a fixed order, so the same input gives the same
 * bits on every run.
 */

/** Replaces the lower triangle of `a` by L, with A = L Lᵀ. */
export function factor(a: Float64Array, n: number): Float64Array {
  for (let j = 0; j < n; j++) {
    let diagonal = a[j * n + j]!;
    for (let k = 0; k < j; k++) diagonal -= a[j * n + k]! ** 2;
    // The Hessian of a regularised logistic loss is positive definite; this guards against rounding only.
    const pivot = Math.sqrt(Math.max(diagonal, 1e-12));
    a[j * n + j] = pivot;
    for (let i = j + 1; i < n; i++) {
      let sum = a[i * n + j]!;
      for (let k = 0; k < j; k++) sum -= a[i * n + k]! * a[j * n + k]!;
      a[i * n + j] = sum / pivot;
    }
  }
  return a;
}

/** x with L Lᵀ x = b, for the factor L that `factor` left in `l`. */
export function solveFactored(l: Float64Array, n: number, b: Float64Array): Float64Array {
  const x = Float64Array.from(b);
  for (let i = 0; i < n; i++) {
    let sum = x[i]!;
    for (let k = 0; k < i; k++) sum -= l[i * n + k]! * x[k]!;
    x[i] = sum / l[i * n + i]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    let sum = x[i]!;
    for (let k = i + 1; k < n; k++) sum -= l[k * n + i]! * x[k]!;
    x[i] = sum / l[i * n + i]!;
  }
  return x;
}

/**
 * xᵀ A⁻¹ x for a sparse x, from the factor of A: ‖L⁻¹x‖², by forward substitution from x's first
 * non-zero index (L⁻¹x is zero before it). Cheaper than inverting A when only a few x are asked about.
 */
export function inverseQuadratic(l: Float64Array, n: number, index: readonly number[], value: readonly number[]): number {
  const y = new Float64Array(n);
  let first = n;
  index.forEach((j, k) => {
    y[j] = y[j]! + value[k]!;
    first = Math.min(first, j);
  });
  let sum = 0;
  for (let i = first; i < n; i++) {
    let yi = y[i]!;
    for (let k = first; k < i; k++) yi -= l[i * n + k]! * y[k]!;
    yi /= l[i * n + i]!;
    y[i] = yi;
    sum += yi * yi;
  }
  return sum;
}
