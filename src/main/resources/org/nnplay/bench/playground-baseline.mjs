// The baseline for `nnplay bench`: TensorFlow Playground's training algorithm (its nn.ts design: one object per
// neuron and per link, per-sample forward and backward passes, derivatives accumulated and applied every batch),
// written again here in plain JavaScript so that it runs side by side with NNPlay under Node on the same machine.
// Usage: node playground-baseline.mjs a|b [seconds]   → prints one JSON line with epochs_per_second.

const tanh = { output: (x) => Math.tanh(x), der: (x) => { const o = Math.tanh(x); return 1 - o * o; } };
const square = { error: (o, t) => 0.5 * (o - t) ** 2, der: (o, t) => o - t };

let seed = 42;
function random() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }

class Neuron {
  constructor(id) { Object.assign(this, { id, inputLinks: [], outputs: [], bias: 0.1, totalInput: 0, output: 0,
    outputDer: 0, inputDer: 0, accInputDer: 0, numAccumulatedDers: 0 }); }
  updateOutput(act) {
    this.totalInput = this.bias;
    for (const l of this.inputLinks) this.totalInput += l.weight * l.source.output;
    this.output = act.output(this.totalInput);
    return this.output;
  }
}

class Link {
  constructor(source, dest) { Object.assign(this, { source, dest, weight: random() - 0.5, errorDer: 0,
    accErrorDer: 0, numAccumulatedDers: 0 }); }
}

function build(shape) {
  const net = [];
  for (let l = 0; l < shape.length; l++) {
    const layer = [];
    for (let i = 0; i < shape[l]; i++) {
      const n = new Neuron(`${l}:${i}`);
      if (l > 0) for (const s of net[l - 1]) { const link = new Link(s, n); s.outputs.push(link); n.inputLinks.push(link); }
      layer.push(n);
    }
    net.push(layer);
  }
  return net;
}

function forward(net, inputs) {
  net[0].forEach((n, i) => { n.output = inputs[i]; });
  for (let l = 1; l < net.length; l++) for (const n of net[l]) n.updateOutput(tanh);
  return net[net.length - 1][0].output;
}

function backward(net, target) {
  const out = net[net.length - 1][0];
  out.outputDer = square.der(out.output, target);
  for (let l = net.length - 1; l >= 1; l--) {
    for (const n of net[l]) {
      n.inputDer = n.outputDer * tanh.der(n.totalInput);
      n.accInputDer += n.inputDer;
      n.numAccumulatedDers++;
      for (const link of n.inputLinks) {
        link.errorDer = n.inputDer * link.source.output;
        link.accErrorDer += link.errorDer;
        link.numAccumulatedDers++;
      }
    }
    if (l === 1) continue;
    for (const n of net[l - 1]) {
      n.outputDer = 0;
      for (const link of n.outputs) n.outputDer += link.weight * link.dest.inputDer;
    }
  }
}

function update(net, lr) {
  for (let l = 1; l < net.length; l++) for (const n of net[l]) {
    if (n.numAccumulatedDers > 0) { n.bias -= lr * n.accInputDer / n.numAccumulatedDers; n.accInputDer = 0; n.numAccumulatedDers = 0; }
    for (const link of n.inputLinks) if (link.numAccumulatedDers > 0) {
      link.weight -= (lr / link.numAccumulatedDers) * link.accErrorDer;
      link.accErrorDer = 0; link.numAccumulatedDers = 0;
    }
  }
}

function circle(n) {
  const pts = [];
  for (let i = 0; i < n; i++) {
    const r = i < n / 2 ? random() * 2.5 : 3.5 + random() * 1.5, a = random() * 2 * Math.PI;
    const x = r * Math.sin(a), y = r * Math.cos(a);
    pts.push({ x, y, label: Math.hypot(x, y) < 2.5 ? 1 : -1 });
  }
  return pts;
}

function spiral(n) {
  const pts = [], half = n / 2;
  for (const [delta, label] of [[0, 1], [Math.PI, -1]]) for (let i = 0; i < half; i++) {
    const r = (i / half) * 5, t = 1.75 * (i / half) * 2 * Math.PI + delta;
    pts.push({ x: r * Math.sin(t), y: r * Math.cos(t), label });
  }
  return pts;
}

const configs = {
  a: { data: circle, shape: [2, 4, 2, 1], features: (p) => [p.x, p.y] },
  b: { data: spiral, shape: [7, 8, 8, 8, 8, 8, 8, 1],
       features: (p) => [p.x, p.y, p.x * p.x, p.y * p.y, p.x * p.y, Math.sin(p.x), Math.sin(p.y)] },
};

const id = process.argv[2] || 'a', seconds = Number(process.argv[3] || 3), cfg = configs[id];
const train = cfg.data(500).filter((_, i) => i % 2 === 0).map((p) => ({ input: cfg.features(p), label: p.label }));
const net = build(cfg.shape);
function epoch() {
  train.forEach((p, i) => { forward(net, p.input); backward(net, p.label); if ((i + 1) % 10 === 0) update(net, 0.03); });
}
const warmEnd = Date.now() + 1000 * Math.min(2, seconds / 2);
while (Date.now() < warmEnd) epoch();
let epochs = 0; const t0 = process.hrtime.bigint(); let t = t0;
do { epoch(); epochs++; t = process.hrtime.bigint(); } while (Number(t - t0) < seconds * 1e9);
console.log(JSON.stringify({ config: id, engine: 'playground-algorithm', node: process.version,
  epochs_per_second: epochs / (Number(t - t0) / 1e9) }));
