#!/usr/bin/env python3
"""Two NNPlay builds and TensorFlow Playground's algorithm under Node, in turns (README, Speed: before and after).

Each build runs docs/bench/TurnsServer.java on its own class path; Node runs the bench's playground-baseline.mjs.
Per config: a warm-up round each, then CYCLES cycles in which every contender runs one round of at least ROUND
seconds, each cycle starting one contender further on. Rates per second of elapsed time (timed here) and of the
contender's own CPU time (which the machine's other work cannot stretch); ratios are medians of the cycle-by-cycle
ratios. Prints one JSON object per contender and config, then one with the ratios.

usage: turns.py BEFORE_DIR AFTER_DIR [configs=a,b,c] [cycles=5]   (each DIR holds nnplay.jar and lib/)
"""
import json, os, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
JAVA = ['/usr/lib/jvm/temurin-25-jdk-amd64/bin/java', '--add-modules', 'jdk.incubator.vector',
        '--enable-native-access=ALL-UNNAMED', '--sun-misc-unsafe-memory-access=allow']


class Proc:
    def __init__(self, argv):
        self.p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                  text=True, bufsize=1)
        hello = self.p.stdout.readline()
        assert '"ready":true' in hello, hello

    def ask(self, line):
        t0 = time.perf_counter()
        self.p.stdin.write(line + '\n')
        self.p.stdin.flush()
        answer = json.loads(self.p.stdout.readline())
        return answer, time.perf_counter() - t0

    def close(self):
        try:
            self.p.stdin.write('quit\n')
            self.p.stdin.close()
            self.p.wait(timeout=10)
        except (BrokenPipeError, subprocess.TimeoutExpired):
            self.p.kill()


def build(d):
    return Proc(JAVA + ['-cp', f'{d}/nnplay.jar:{d}/lib/*', f'{HERE}/TurnsServer.java'])


def main():
    before_dir, after_dir = sys.argv[1], sys.argv[2]
    configs = (sys.argv[3] if len(sys.argv) > 3 else 'a,b,c').split(',')
    cycles = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    script = os.path.join(HERE, '..', '..', 'src/main/resources/org/nnplay/bench/playground-baseline.mjs')
    before, after = build(before_dir), build(after_dir)

    def nnplay(proc, cmd):
        def round_(secs):
            ans, wall = proc.ask(f'{cmd} {secs}')
            return ans['units'] / wall, ans['units'] / ans['cpu_seconds']
        return round_

    try:
        for cfg in configs:
            node = Proc(['node', script, cfg, 'serve', 'cpu']) if cfg in ('a', 'b') else None
            cs = {}
            if node:
                def node_round(secs, node=node):
                    ans, wall = node.ask(f'round {secs}')
                    return ans['epochs'] / wall, ans['epochs_per_second']
                cs['node'] = node_round
            for name, proc in (('before', before), ('after', after)):
                for be in ('jvm', 'nd4j'):
                    cs[f'{name}-{be}'] = nnplay(proc, f'train {cfg} {be}')
            cs['peak'] = nnplay(after, 'peak')
            names = list(cs)
            for n in names:
                cs[n](2)  # warm-up
            wall = {n: [] for n in names}
            cpu = {n: [] for n in names}
            for r in range(cycles):
                for k in range(len(names)):
                    n = names[(r + k) % len(names)]
                    w, c = cs[n](0.25 if n == 'peak' else 1)
                    wall[n].append(w)
                    cpu[n].append(c)
            if node:
                node.close()
            for n in names:
                print(json.dumps({'config': cfg, 'contender': n, 'unit': 'product' if n == 'peak' else 'epoch',
                                  'per_second_wall': round(statistics.median(wall[n]), 2),
                                  'per_second_cpu': round(statistics.median(cpu[n]), 2),
                                  'wall_each_cycle': [round(x, 2) for x in wall[n]],
                                  'cpu_each_cycle': [round(x, 2) for x in cpu[n]]}), flush=True)

            def ratio(num, den, clock):
                xs = wall if clock == 'wall' else cpu
                return round(statistics.median(a / b for a, b in zip(xs[num], xs[den])), 3)

            out = {'config': cfg, 'ratios': True,
                   'load_average': open('/proc/loadavg').read().split()[0]}
            for be in ('jvm', 'nd4j'):
                for clock in ('wall', 'cpu'):
                    out[f'after_over_before_{be}_{clock}'] = ratio(f'after-{be}', f'before-{be}', clock)
                    if node:
                        out[f'after_{be}_over_node_{clock}'] = ratio(f'after-{be}', 'node', clock)
                        out[f'before_{be}_over_node_{clock}'] = ratio(f'before-{be}', 'node', clock)
            for clock in ('wall', 'cpu'):
                xs = wall if clock == 'wall' else cpu
                out[f'matmul_gflops_{clock}'] = round(statistics.median(xs['peak']) * 2 * 512 ** 3 / 1e9, 2)
            print(json.dumps(out), flush=True)
    finally:
        before.close()
        after.close()


if __name__ == '__main__':
    main()
