// NNPlay's own rendering of TensorFlow Playground's run, for the cross-check tests (PlaygroundNodeTest).
// It follows the playground's page as it opens a link: read the state from the hash, seed Math.random with
// seedrandom (the package the playground bundles), draw the points, shuffle, split, build the network (its
// weights drawn next), then train epoch after epoch as the page does and report the mean ½(out − label)².
//
// usage: node playground-run.js SEEDRANDOM_DIR < request.json
//   {"draws": {"seeds": ["0.1", ...], "count": 1000}}    → {"draws": [[...], ...]}
//   {"runs": {"links": ["#activation=...", ...], "epochs": 100}} → {"runs": [{"train": .., "test": .., ...}]}
'use strict';
const seedrandom = require(process.argv[2]);

function parseHash(link) {
  const hash = link.slice(link.indexOf('#') + 1);
  const raw = {};
  for (const part of hash.split('&')) {
    const [k, v] = part.split('=');
    raw[k] = v;
  }
  const given = k => raw[k] !== undefined && raw[k] !== null && raw[k].trim() !== '';
  const num = (k, d) => given(k) ? +raw[k] : d;
  const bool = (k, d) => given(k) ? raw[k] !== 'false' : d;
  const pick = (k, d) => given(k) ? raw[k] : d;
  const hidden = k => raw[k + '_hide'] === 'true';
  const inputs = ['x', 'y', 'xSquared', 'ySquared', 'xTimesY', 'sinX', 'sinY']
    .filter(k => bool(k, k === 'x' || k === 'y') && !hidden(k));
  const shape = 'networkShape' in raw
    ? (raw.networkShape.trim() === '' ? [] : raw.networkShape.split(',').map(Number)) : [4, 2];
  return {
    activation: pick('activation', 'tanh'), regularization: pick('regularization', 'none'),
    batchSize: num('batchSize', 10), dataset: pick('dataset', 'circle'), regDataset: pick('regDataset', 'reg-plane'),
    learningRate: num('learningRate', 0.03), regularizationRate: num('regularizationRate', 0),
    noise: num('noise', 0), percTrainData: num('percTrainData', 50), shape, seed: raw.seed,
    problem: pick('problem', 'classification'), initZero: bool('initZero', false), inputs,
  };
}

// ---- the points -------------------------------------------------------------------------------------------
const uniform = (a, b) => Math.random() * (b - a) + a;
const distance = (x, y, cx, cy) => Math.sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy));
// a linear scale as the playground's d3 v3 computes it
function scale(d0, d1, r0, r1, clamp) {
  return v => {
    let t = (v - d0) / (d1 - d0);
    if (clamp) t = Math.max(0, Math.min(1, t));
    return r0 * (1 - t) + r1 * t;
  };
}
function normal(mean, variance) {
  let v1, v2, s;
  do {
    v1 = 2 * Math.random() - 1;
    v2 = 2 * Math.random() - 1;
    s = v1 * v1 + v2 * v2;
  } while (s > 1);
  return mean + Math.sqrt(variance) * (Math.sqrt(-2 * Math.log(s) / s) * v1);
}
const generators = {
  circle(n, noise) {
    const out = [];
    const radius = 5;
    for (const [lo, hi] of [[0, radius * 0.5], [radius * 0.7, radius]]) {
      for (let i = 0; i < n / 2; i++) {
        const r = uniform(lo, hi);
        const angle = uniform(0, 2 * Math.PI);
        const x = r * Math.sin(angle);
        const y = r * Math.cos(angle);
        const nx = uniform(-radius, radius) * noise;
        const ny = uniform(-radius, radius) * noise;
        out.push({x, y, label: distance(x + nx, y + ny, 0, 0) < radius * 0.5 ? 1 : -1});
      }
    }
    return out;
  },
  xor(n, noise) {
    const out = [];
    for (let i = 0; i < n; i++) {
      let x = uniform(-5, 5);
      x += x > 0 ? 0.3 : -0.3;
      let y = uniform(-5, 5);
      y += y > 0 ? 0.3 : -0.3;
      const nx = uniform(-5, 5) * noise;
      const ny = uniform(-5, 5) * noise;
      out.push({x, y, label: (x + nx) * (y + ny) >= 0 ? 1 : -1});
    }
    return out;
  },
  gauss(n, noise) {
    const out = [];
    const variance = scale(0, 0.5, 0.5, 4, false)(noise);
    for (const [cx, cy, label] of [[2, 2, 1], [-2, -2, -1]]) {
      for (let i = 0; i < n / 2; i++) {
        const x = normal(cx, variance);
        const y = normal(cy, variance);
        out.push({x, y, label});
      }
    }
    return out;
  },
  spiral(count, noise) {
    const out = [];
    const n = count / 2;
    for (const [dt, label] of [[0, 1], [Math.PI, -1]]) {
      for (let i = 0; i < n; i++) {
        const r = i / n * 5;
        const t = 1.75 * i / n * 2 * Math.PI + dt;
        out.push({x: r * Math.sin(t) + uniform(-1, 1) * noise, y: r * Math.cos(t) + uniform(-1, 1) * noise, label});
      }
    }
    return out;
  },
  'reg-plane': (n, noise) => regression(n, noise, (x, y) => scale(-10, 10, -1, 1, false)(x + y)),
  'reg-gauss': (n, noise) => regression(n, noise, (x, y) => {
    const bump = scale(0, 2, 1, 0, true);
    let label = 0;
    for (const [cx, cy, sign] of [[-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1], [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1]]) {
      const v = sign * bump(distance(x, y, cx, cy));
      if (Math.abs(v) > Math.abs(label)) label = v;
    }
    return label;
  }),
};
function regression(n, noise, f) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const x = uniform(-6, 6);
    const y = uniform(-6, 6);
    const nx = uniform(-6, 6) * noise;
    const ny = uniform(-6, 6) * noise;
    out.push({x, y, label: f(x + nx, y + ny)});
  }
  return out;
}
function shuffle(a) {
  for (let c = a.length; c > 0;) {
    const i = Math.floor(Math.random() * c);
    c--;
    [a[c], a[i]] = [a[i], a[c]];
  }
}

// ---- the network --------------------------------------------------------------------------------------------
const activations = {
  tanh: {f: Math.tanh, d: x => 1 - Math.tanh(x) * Math.tanh(x)},
  relu: {f: x => Math.max(0, x), d: x => x <= 0 ? 0 : 1},
  sigmoid: {f: x => 1 / (1 + Math.exp(-x)), d: x => { const o = 1 / (1 + Math.exp(-x)); return o * (1 - o); }},
  linear: {f: x => x, d: () => 1},
};
const penalties = {L1: w => w < 0 ? -1 : (w > 0 ? 1 : 0), L2: w => w};
const features = {x: (x, y) => x, y: (x, y) => y, xSquared: (x, y) => x * x, ySquared: (x, y) => y * y,
  xTimesY: (x, y) => x * y, sinX: (x, y) => Math.sin(x), sinY: (x, y) => Math.sin(y)};

function build(widths, hiddenAct, outAct, initZero) {
  const layers = [];
  for (let l = 0; l < widths.length; l++) {
    const layer = [];
    for (let i = 0; i < widths[l]; i++) {
      const node = {bias: initZero ? 0 : 0.1, act: l === widths.length - 1 ? outAct : hiddenAct, inLinks: [],
        outLinks: [], acc: 0, n: 0};
      if (l > 0) {
        for (const src of layers[l - 1]) {
          const w = Math.random() - 0.5;
          const link = {src, dst: node, w: initZero ? 0 : w, dead: false, acc: 0, n: 0};
          src.outLinks.push(link);
          node.inLinks.push(link);
        }
      }
      layer.push(node);
    }
    layers.push(layer);
  }
  return layers;
}
function forward(net, input) {
  net[0].forEach((node, i) => { node.out = input[i]; });
  for (let l = 1; l < net.length; l++) {
    for (const node of net[l]) {
      let z = node.bias;
      for (const link of node.inLinks) z += link.w * link.src.out;
      node.z = z;
      node.out = node.act.f(z);
    }
  }
  return net[net.length - 1][0].out;
}
function backward(net, target) {
  const last = net[net.length - 1][0];
  last.dOut = last.out - target;
  for (let l = net.length - 1; l >= 1; l--) {
    for (const node of net[l]) {
      node.dIn = node.dOut * node.act.d(node.z);
      node.acc += node.dIn;
      node.n++;
    }
    for (const node of net[l]) {
      for (const link of node.inLinks) {
        if (link.dead) continue;
        link.acc += node.dIn * link.src.out;
        link.n++;
      }
    }
    if (l === 1) continue;
    for (const node of net[l - 1]) {
      node.dOut = 0;
      for (const link of node.outLinks) node.dOut += link.w * link.dst.dIn;
    }
  }
}
function update(net, lr, penalty, rate) {
  for (let l = 1; l < net.length; l++) {
    for (const node of net[l]) {
      if (node.n > 0) {
        node.bias -= lr * node.acc / node.n;
        node.acc = 0;
        node.n = 0;
      }
      for (const link of node.inLinks) {
        if (link.dead) continue;
        const d = penalty ? penalty(link.w) : 0;
        if (link.n > 0) {
          link.w = link.w - (lr / link.n) * link.acc;
          const next = link.w - (lr * rate) * d;
          if (penalty === penalties.L1 && link.w * next < 0) {
            link.w = 0;
            link.dead = true;
          } else {
            link.w = next;
          }
          link.acc = 0;
          link.n = 0;
        }
      }
    }
  }
}

function run(link, epochs) {
  const s = parseHash(link);
  Math.seedrandom(s.seed);
  const regression = s.problem === 'regression';
  const points = generators[regression ? s.regDataset : s.dataset](regression ? 1200 : 500, s.noise / 100);
  shuffle(points);
  const split = Math.floor(points.length * s.percTrainData / 100);
  const train = points.slice(0, split);
  const test = points.slice(split);
  const net = build([s.inputs.length].concat(s.shape).concat([1]), activations[s.activation],
    regression ? activations.linear : activations.tanh, s.initZero);
  const input = p => s.inputs.map(k => features[k](p.x, p.y));
  const loss = set => set.reduce((sum, p) => sum + 0.5 * Math.pow(forward(net, input(p)) - p.label, 2), 0) / set.length;
  const penalty = penalties[s.regularization];
  for (let e = 0; e < epochs; e++) {
    train.forEach((p, i) => {
      forward(net, input(p));
      backward(net, p.label);
      if ((i + 1) % s.batchSize === 0) update(net, s.learningRate, penalty, s.regularizationRate);
    });
  }
  return {train: loss(train), test: loss(test), trainPoints: train.length, testPoints: test.length,
    firstPoint: [train[0].x, train[0].y, train[0].label], firstWeight: net[1][0].inLinks[0].w};
}

let text = '';
process.stdin.on('data', d => { text += d; });
process.stdin.on('end', () => {
  const req = JSON.parse(text);
  const out = {};
  if (req.draws) {
    out.draws = req.draws.seeds.map(seed => {
      const random = seedrandom(seed);
      return Array.from({length: req.draws.count}, () => random());
    });
  }
  if (req.runs) out.runs = req.runs.links.map(link => run(link, req.runs.epochs));
  process.stdout.write(JSON.stringify(out));
});
