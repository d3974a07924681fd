// L2-regularised logistic regression, fitted by L-BFGS. Deterministic: no randomness, a fixed order of
// floating-point operations, so the same data gives the same weights bit for bit.

/** One training example: a sparse feature vector and its label (1 = check-worthy). */
export interface SparseSample {
  indices: Int32Array;
  values: Float64Array;
  label: 0 | 1;
  /** How much the example counts in the loss (class balance). */
  weight: number;
  /** A fixed addition to the example's raw score (weights that are given, not learned). */
  offset?: number;
}

export interface FitOptions {
  /** Strength of the L2 penalty on the weights (not the bias). */
  l2: number;
  maxIterations: number;
}

export interface FittedModel {
  bias: number;
  weights: Float64Array;
}

const HISTORY = 10;

/** Fits weights minimising the weighted log loss plus l2/2 · |w|². */
export function fitLogisticRegression(samples: readonly SparseSample[], dimension: number, options: FitOptions): FittedModel {
  const size = dimension + 1; // the last parameter is the bias
  let theta = new Float64Array(size);
  let gradient = new Float64Array(size);
  let loss = evaluate(samples, theta, dimension, options.l2, gradient);
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  for (let iteration = 0; iteration < options.maxIterations; iteration += 1) {
    const direction = searchDirection(gradient, steps, changes);
    let slope = dot(gradient, direction);
    if (slope >= 0) {
      // Not a descent direction (can happen with a stale history): fall back to the gradient.
      steps.length = 0;
      changes.length = 0;
      for (let i = 0; i < size; i += 1) direction[i] = -(gradient[i] ?? 0);
      slope = dot(gradient, direction);
    }
    let stepSize = iteration === 0 ? 1 / Math.max(1, Math.sqrt(dot(gradient, gradient))) : 1;
    const nextTheta = new Float64Array(size);
    const nextGradient = new Float64Array(size);
    let nextLoss = Infinity;
    for (let attempt = 0; attempt < 40; attempt += 1) {
      for (let i = 0; i < size; i += 1) nextTheta[i] = (theta[i] ?? 0) + stepSize * (direction[i] ?? 0);
      nextLoss = evaluate(samples, nextTheta, dimension, options.l2, nextGradient);
      if (nextLoss <= loss + 1e-4 * stepSize * slope) break;
      stepSize /= 2;
    }
    if (!(nextLoss < loss)) break;
    const step = new Float64Array(size);
    const change = new Float64Array(size);
    for (let i = 0; i < size; i += 1) {
      step[i] = (nextTheta[i] ?? 0) - (theta[i] ?? 0);
      change[i] = (nextGradient[i] ?? 0) - (gradient[i] ?? 0);
    }
    if (dot(step, change) > 1e-12) {
      steps.push(step);
      changes.push(change);
      if (steps.length > HISTORY) {
        steps.shift();
        changes.shift();
      }
    }
    const improvement = (loss - nextLoss) / Math.max(1, Math.abs(loss));
    theta = nextTheta;
    gradient = nextGradient;
    loss = nextLoss;
    if (improvement < 1e-9) break;
  }
  return { bias: theta[dimension] ?? 0, weights: theta.subarray(0, dimension) };
}

/** The raw score (log-odds) of a sample. */
export function scoreSample(sample: SparseSample, model: FittedModel): number {
  let z = model.bias + (sample.offset ?? 0);
  for (let k = 0; k < sample.indices.length; k += 1) z += (model.weights[sample.indices[k] ?? 0] ?? 0) * (sample.values[k] ?? 0);
  return z;
}

function evaluate(samples: readonly SparseSample[], theta: Float64Array, dimension: number, l2: number, gradient: Float64Array): number {
  gradient.fill(0);
  let loss = 0;
  const bias = theta[dimension] ?? 0;
  for (const sample of samples) {
    let z = bias + (sample.offset ?? 0);
    const { indices, values } = sample;
    for (let k = 0; k < indices.length; k += 1) z += (theta[indices[k] ?? 0] ?? 0) * (values[k] ?? 0);
    // log(1 + e^z) computed without overflow.
    const softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    loss += sample.weight * (softplus - sample.label * z);
    const residual = sample.weight * (1 / (1 + Math.exp(-z)) - sample.label);
    for (let k = 0; k < indices.length; k += 1) {
      const index = indices[k] ?? 0;
      gradient[index] = (gradient[index] ?? 0) + residual * (values[k] ?? 0);
    }
    gradient[dimension] = (gradient[dimension] ?? 0) + residual;
  }
  for (let i = 0; i < dimension; i += 1) {
    const w = theta[i] ?? 0;
    loss += 0.5 * l2 * w * w;
    gradient[i] = (gradient[i] ?? 0) + l2 * w;
  }
  return loss;
}

/** The L-BFGS two-loop recursion: an approximate Newton direction from the recent steps. */
function searchDirection(gradient: Float64Array, steps: Float64Array[], changes: Float64Array[]): Float64Array {
  const q = Float64Array.from(gradient);
  const alphas: number[] = [];
  for (let j = steps.length - 1; j >= 0; j -= 1) {
    const s = steps[j] as Float64Array;
    const y = changes[j] as Float64Array;
    const alpha = dot(s, q) / dot(y, s);
    alphas[j] = alpha;
    for (let i = 0; i < q.length; i += 1) q[i] = (q[i] ?? 0) - alpha * (y[i] ?? 0);
  }
  const lastStep = steps.at(-1);
  const lastChange = changes.at(-1);
  const scale = lastStep && lastChange ? dot(lastStep, lastChange) / dot(lastChange, lastChange) : 1;
  for (let i = 0; i < q.length; i += 1) q[i] = (q[i] ?? 0) * scale;
  for (let j = 0; j < steps.length; j += 1) {
    const s = steps[j] as Float64Array;
    const y = changes[j] as Float64Array;
    const beta = dot(y, q) / dot(y, s);
    const alpha = alphas[j] ?? 0;
    for (let i = 0; i < q.length; i += 1) q[i] = (q[i] ?? 0) + (alpha - beta) * (s[i] ?? 0);
  }
  for (let i = 0; i < q.length; i += 1) q[i] = -(q[i] ?? 0);
  return q;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}
