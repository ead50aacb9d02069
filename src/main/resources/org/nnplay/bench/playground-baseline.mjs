// The side-by-side baseline of `nnplay bench`: the work of one epoch of TensorFlow Playground (its oneStep) done the
// way its nn.ts and playground.ts do it, re-expressed in plain JavaScript so that Node runs it next to NNPlay.
//
// What one epoch is, point by point over the training points (250 of 500), as oneStep does it:
//   1. the input vector is built from (x, y) by walking the playground's table of 7 feature functions and calling
//      each one whose checkbox is on (config a: x1, x2; config b: all 7), into a new array;
//   2. forward: every neuron of every layer sums bias + Σ weight · source output over its input links and applies
//      its activation object (tanh in hidden layers and at the output, as for classification);
//   3. backward with the square error ½(out − label)²: the derivative at the output, then per layer each neuron's
//      input derivative (the activation's der, which recomputes tanh), accumulated; each live link's error
//      derivative, accumulated; the previous layer's output derivatives over the outgoing links;
//   4. every 10 points, the update: bias and weights by their mean accumulated derivative, the regularization
//      branch taken with no regularization (as with the playground's default), counters reset.
// Not included: oneStep's two getLoss passes over the training and test points and its UI update (NNPlay's bench
// epoch evaluates neither). One object per neuron and per link, as in nn.ts.
//
// One grid is the playground's decision-boundary pass (its updateDecisionBoundary after the first call): for each
// of 100 × 100 points spread over [−6, 6]², the inputs built from the feature table, forwardProp, and every
// neuron's output stored into a per-neuron 100 × 100 array (what its node thumbnails draw).
//
// Usage: node playground-baseline.mjs a|b [seconds]   → warms up, measures, prints one JSON line: config, what ran,
//                                                      node version, epochs_per_second, grids_per_second.
//        node playground-baseline.mjs a|b serve [wall|cpu]  → the bench's mode: one round of training per
//                                                      'round SECONDS' line, one round of grids per 'grid SECONDS'.

const TANH = {
  output: (x) => Math.tanh(x),
  der: (x) => { const y = TANH.output(x); return 1 - y * y; },
};
const SQUARE = { error: (o, t) => 0.5 * Math.pow(o - t, 2), der: (o, t) => o - t };

let seed = 42;
function random() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }

class Neuron {
  constructor(id, activation) {
    this.id = id; this.activation = activation; this.inputLinks = []; this.outputs = []; this.bias = 0.1;
    this.totalInput = 0; this.output = 0; this.outputDer = 0; this.inputDer = 0; this.accInputDer = 0;
    this.numAccumulatedDers = 0;
  }
  updateOutput() {
    this.totalInput = this.bias;
    for (let j = 0; j < this.inputLinks.length; j++) {
      const link = this.inputLinks[j];
      this.totalInput += link.weight * link.source.output;
    }
    this.output = this.activation.output(this.totalInput);
    return this.output;
  }
}

class Link {
  constructor(source, dest, regularization) {
    this.id = source.id + '-' + dest.id; this.source = source; this.dest = dest; this.weight = random() - 0.5;
    this.isDead = false; this.errorDer = 0; this.accErrorDer = 0; this.numAccumulatedDers = 0;
    this.regularization = regularization;
  }
}

function build(shape, inputIds) {
  const net = [];
  let id = 1;
  for (let l = 0; l < shape.length; l++) {
    const layer = [];
    for (let i = 0; i < shape[l]; i++) {
      const n = new Neuron(l === 0 ? inputIds[i] : String(id++), TANH);
      if (l > 0) {
        for (const src of net[l - 1]) {
          const link = new Link(src, n, null);
          src.outputs.push(link);
          n.inputLinks.push(link);
        }
      }
      layer.push(n);
    }
    net.push(layer);
  }
  return net;
}

function forward(net, inputs) {
  const first = net[0];
  for (let i = 0; i < first.length; i++) first[i].output = inputs[i];
  for (let l = 1; l < net.length; l++) {
    const layer = net[l];
    for (let i = 0; i < layer.length; i++) layer[i].updateOutput();
  }
  return net[net.length - 1][0].output;
}

function backward(net, target, errorFn) {
  const out = net[net.length - 1][0];
  out.outputDer = errorFn.der(out.output, target);
  for (let l = net.length - 1; l >= 1; l--) {
    const layer = net[l];
    for (let i = 0; i < layer.length; i++) {
      const n = layer[i];
      n.inputDer = n.outputDer * n.activation.der(n.totalInput);
      n.accInputDer += n.inputDer;
      n.numAccumulatedDers++;
    }
    for (let i = 0; i < layer.length; i++) {
      const n = layer[i];
      for (let j = 0; j < n.inputLinks.length; j++) {
        const link = n.inputLinks[j];
        if (link.isDead) continue;
        link.errorDer = n.inputDer * link.source.output;
        link.accErrorDer += link.errorDer;
        link.numAccumulatedDers++;
      }
    }
    if (l === 1) continue;
    const prev = net[l - 1];
    for (let i = 0; i < prev.length; i++) {
      const n = prev[i];
      n.outputDer = 0;
      for (let j = 0; j < n.outputs.length; j++) n.outputDer += n.outputs[j].weight * n.outputs[j].dest.inputDer;
    }
  }
}

function update(net, rate, regRate) {
  for (let l = 1; l < net.length; l++) {
    const layer = net[l];
    for (let i = 0; i < layer.length; i++) {
      const n = layer[i];
      if (n.numAccumulatedDers > 0) {
        n.bias -= rate * n.accInputDer / n.numAccumulatedDers;
        n.accInputDer = 0;
        n.numAccumulatedDers = 0;
      }
      for (let j = 0; j < n.inputLinks.length; j++) {
        const link = n.inputLinks[j];
        if (link.isDead) continue;
        const regDer = link.regularization ? link.regularization.der(link.weight) : 0;
        if (link.numAccumulatedDers > 0) {
          link.weight = link.weight - (rate / link.numAccumulatedDers) * link.accErrorDer;
          const next = link.weight - (rate * regRate) * regDer;
          if (link.regularization === 'l1' && link.weight * next < 0) {
            link.weight = 0;
            link.isDead = true;
          } else {
            link.weight = next;
          }
          link.accErrorDer = 0;
          link.numAccumulatedDers = 0;
        }
      }
    }
  }
}

// The playground's feature table, walked in order for every point; the checked ones are computed.
const FEATURES = {
  x: (x, y) => x,
  y: (x, y) => y,
  xSquared: (x, y) => x * x,
  ySquared: (x, y) => y * y,
  xTimesY: (x, y) => x * y,
  sinX: (x, y) => Math.sin(x),
  sinY: (x, y) => Math.sin(y),
};

function inputsOf(checked, x, y) {
  const input = [];
  for (const name in FEATURES) if (checked[name]) input.push(FEATURES[name](x, y));
  return input;
}

function circle(n) {
  const pts = [];
  const radius = 5;
  for (let i = 0; i < n; i++) {
    const r = i < n / 2 ? random() * radius * 0.5 : radius * (0.7 + 0.3 * random());
    const angle = random() * 2 * Math.PI;
    const x = r * Math.sin(angle), y = r * Math.cos(angle);
    pts.push({ x, y, label: Math.hypot(x, y) < radius * 0.5 ? 1 : -1 });
  }
  return pts;
}

function spiral(n) {
  const pts = [], half = n / 2;
  for (const [delta, label] of [[0, 1], [Math.PI, -1]]) {
    for (let i = 0; i < half; i++) {
      const r = (i / half) * 5, t = 1.75 * (i / half) * 2 * Math.PI + delta;
      pts.push({ x: r * Math.sin(t), y: r * Math.cos(t), label });
    }
  }
  return pts;
}

const ALL = { x: true, y: true, xSquared: true, ySquared: true, xTimesY: true, sinX: true, sinY: true };
const configs = {
  a: { data: circle, hidden: [4, 2], checked: { x: true, y: true } },
  b: { data: spiral, hidden: [8, 8, 8, 8, 8, 8], checked: ALL },
};

const id = process.argv[2] || 'a', seconds = Number(process.argv[3] || 3), cfg = configs[id];
if (!cfg) {
  console.error(`unknown config '${id}': expected a or b`);
  process.exit(2);
}
const train = cfg.data(500).filter((_, i) => i % 2 === 0);
const inputIds = Object.keys(FEATURES).filter((name) => cfg.checked[name]);
const net = build([inputIds.length, ...cfg.hidden, 1], inputIds);
const batchSize = 10, learningRate = 0.03, regularizationRate = 0;

function oneEpoch() {
  train.forEach((point, i) => {
    const input = inputsOf(cfg.checked, point.x, point.y);
    forward(net, input);
    backward(net, point.label, SQUARE);
    if ((i + 1) % batchSize === 0) update(net, learningRate, regularizationRate);
  });
}

// The decision-boundary pass: every neuron's output over a DENSITY × DENSITY grid, arrays made once.
const DENSITY = 100, DOMAIN = [-6, 6];
const boundary = {};
for (const layer of net) for (const n of layer) {
  boundary[n.id] = Array.from({ length: DENSITY }, () => new Array(DENSITY));
}
const scale = (v, flip) => DOMAIN[0] + (DOMAIN[1] - DOMAIN[0]) * (flip ? (DENSITY - 1 - v) : v) / (DENSITY - 1);

function oneGrid() {
  for (let i = 0; i < DENSITY; i++) {
    for (let j = 0; j < DENSITY; j++) {
      const x = scale(i, false), y = scale(j, true);
      forward(net, inputsOf(cfg.checked, x, y));
      for (let l = 1; l < net.length; l++) for (const n of net[l]) boundary[n.id][i][j] = n.output;
    }
  }
}

const WORK = {
  config: id,
  engine: 'TensorFlow Playground oneStep training loop (nn.ts semantics)',
  work: `per epoch ${train.length} points: features computed per point (${inputIds.length} of 7), forwardProp, `
      + `backProp (square error), updateWeights every ${batchSize}; network ${[inputIds.length, ...cfg.hidden, 1].join('-')} tanh; `
      + `no getLoss, no UI; grid: ${DENSITY}×${DENSITY} points, features per point, forwardProp, every neuron's `
      + 'output stored',
  node: process.version,
};

// Seconds on the chosen clock: 'wall' (elapsed) or 'cpu' (this process's user + system time).
function clock(kind) {
  if (kind === 'cpu') return () => { const c = process.cpuUsage(); return (c.user + c.system) / 1e6; };
  return () => Number(process.hrtime.bigint()) / 1e9;
}

// Units of `work` (oneEpoch or oneGrid) for at least `seconds` on the clock (at least one): [units, seconds taken].
function round(work, now, seconds) {
  const t0 = now();
  let units = 0, t = t0;
  do { work(); units++; t = now(); } while (t - t0 < seconds);
  return [units, t - t0];
}

if (process.argv[3] === 'serve') {
  // Driven by nnplay bench, turn by turn with NNPlay's own rounds: one line 'round SECONDS' in, one JSON line out.
  const now = clock(process.argv[4] || 'wall');
  console.log(JSON.stringify({ ready: true, clock: process.argv[4] || 'wall', ...WORK }));
  const { createInterface } = await import('node:readline');
  for await (const line of createInterface({ input: process.stdin })) {
    const [cmd, arg] = line.trim().split(/\s+/);
    if (cmd === 'round') {
      const [epochs, secs] = round(oneEpoch, now, Number(arg));
      console.log(JSON.stringify({ epochs, seconds: secs, epochs_per_second: epochs / secs }));
    } else if (cmd === 'grid') {
      const [grids, secs] = round(oneGrid, now, Number(arg));
      console.log(JSON.stringify({ grids, seconds: secs, grids_per_second: grids / secs }));
    } else {
      break;
    }
  }
} else {
  const now = clock('wall');
  round(oneEpoch, now, Math.min(2, seconds / 2));
  const [epochs, secs] = round(oneEpoch, now, seconds);
  round(oneGrid, now, Math.min(2, seconds / 2));
  const [grids, gsecs] = round(oneGrid, now, seconds);
  console.log(JSON.stringify({ ...WORK, epochs_per_second: epochs / secs, grids_per_second: grids / gsecs }));
}
