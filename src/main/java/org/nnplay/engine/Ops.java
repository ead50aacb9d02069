package org.nnplay.engine;

/**
 * The primitive ops. Each follows the same three steps: check shapes and make the output node with its parents,
 * say how its value is computed, say how its gradient flows back (accumulating into the parents).
 */
final class Ops {
    private Ops() {}

    static Tensor matmul(Tensor a, Tensor b) {
        if (a.cols() != b.rows()) {
            throw shapeError("matmul", a, b, "inner dimensions " + a.cols() + " and " + b.rows() + " differ");
        }
        return Tensor.node("matmul", a.rows(), b.cols(), new Tensor[] {a, b}, new Tensor.OpBody() {
            @Override public void forward(Tensor out) {
                out.backend().matmul(a.value(), false, b.value(), false, out.value(), false);
            }

            @Override public void backward(Tensor out) {
                Backend be = out.backend();
                if (a.requiresGrad()) {
                    be.matmul(out.gradBuf(), false, b.value(), true, a.gradBuf(), !a.gradWritten());
                }
                if (b.requiresGrad()) {
                    be.matmul(a.value(), true, out.gradBuf(), false, b.gradBuf(), !b.gradWritten());
                }
            }

            @Override public boolean writesGradOf(int parent) { return true; }
        });
    }

    /** x · W + b in one node (b a 1 × out row): the dense layer's affine map, fused to save a pass over memory. */
    static Tensor linear(Tensor x, Tensor w, Tensor b) {
        if (x.cols() != w.rows()) {
            throw shapeError("linear", x, w, "inner dimensions " + x.cols() + " and " + w.rows() + " differ");
        }
        if (b.rows() != 1 || b.cols() != w.cols()) {
            throw shapeError("linear", w, b, "the bias must be one row of " + w.cols());
        }
        return Tensor.node("linear", x.rows(), w.cols(), new Tensor[] {x, w, b}, new Tensor.OpBody() {
            @Override public void forward(Tensor out) {
                out.backend().linear(x.value(), w.value(), b.value(), out.value());
            }

            @Override public void backward(Tensor out) {
                Backend be = out.backend();
                Buf g = out.gradBuf();
                if (x.requiresGrad()) {
                    be.matmul(g, false, w.value(), true, x.gradBuf(), !x.gradWritten());
                }
                if (w.requiresGrad()) {
                    be.matmul(x.value(), true, g, false, w.gradBuf(), true);
                }
                if (b.requiresGrad()) {
                    be.zipBackward(BinaryFn.ADD, out.value(), b.value(), g, null, b.gradBuf());
                }
            }

            @Override public boolean writesGradOf(int parent) { return parent == 0; } // x's; W's and b's accumulate
        });
    }

    static Tensor zip(BinaryFn fn, Tensor a, Tensor b) {
        boolean same = a.rows() == b.rows() && a.cols() == b.cols();
        boolean row = b.rows() == 1 && b.cols() == a.cols();
        boolean scalar = b.rows() == 1 && b.cols() == 1;
        if (!same && !row && !scalar) {
            throw shapeError(fn.name().toLowerCase(java.util.Locale.ROOT), a, b,
                    "the right operand must have the left's shape, be one row of " + a.cols() + " or a scalar");
        }
        return Tensor.node(fn.name().toLowerCase(java.util.Locale.ROOT), a.rows(), a.cols(), new Tensor[] {a, b},
                new Tensor.OpBody() {
                    @Override public void forward(Tensor out) {
                        out.backend().zip(fn, a.value(), b.value(), out.value());
                    }

                    @Override public void backward(Tensor out) {
                        out.backend().zipBackward(fn, a.value(), b.value(), out.gradBuf(), Tensor.gradOf(a), Tensor.gradOf(b));
                    }
                });
    }

    static Tensor map(UnaryFn fn, double p, Tensor x) {
        return Tensor.node(fn.name().toLowerCase(java.util.Locale.ROOT), x.rows(), x.cols(), new Tensor[] {x},
                new Tensor.OpBody() {
                    @Override public void forward(Tensor out) {
                        out.backend().map(fn, p, x.value(), out.value());
                    }

                    @Override public void backward(Tensor out) {
                        out.backend().mapBackward(fn, p, x.value(), out.value(), out.gradBuf(), x.gradBuf(),
                                x.gradWritten());
                    }

                    @Override public boolean writesGradOf(int parent) { return true; }
                });
    }

    static Tensor sum(Tensor x, int axis, double scale) {
        if (axis < -1 || axis > 1) {
            throw new IllegalArgumentException("sum: axis must be -1 (all), 0 (rows) or 1 (columns), not " + axis);
        }
        int rows = axis == 1 ? x.rows() : 1;
        int cols = axis == 0 ? x.cols() : 1;
        String name = scale == 1.0 ? "sum" : "mean";
        return Tensor.node(axis < 0 ? name : name + axis, rows, cols, new Tensor[] {x}, new Tensor.OpBody() {
            @Override public void forward(Tensor out) {
                out.backend().sum(x.value(), axis, scale, out.value());
            }

            @Override public void backward(Tensor out) {
                out.backend().sumBackward(axis, scale, out.gradBuf(), x.gradBuf());
            }
        });
    }

    static Tensor softmax(Tensor x) {
        return Tensor.node("softmax", x.rows(), x.cols(), new Tensor[] {x}, new Tensor.OpBody() {
            @Override public void forward(Tensor out) {
                out.backend().softmax(x.value(), out.value());
            }

            @Override public void backward(Tensor out) {
                out.backend().softmaxBackward(out.value(), out.gradBuf(), x.gradBuf());
            }
        });
    }

    static Tensor bceWithLogits(Tensor z, Tensor t) {
        requireSameShape("bce_with_logits", z, t);
        return Tensor.node("bce_with_logits", 1, 1, new Tensor[] {z, t}, new Tensor.OpBody() {
            @Override public void forward(Tensor out) {
                out.backend().bceWithLogits(z.value(), t.value(), out.value());
            }

            @Override public void backward(Tensor out) {
                if (z.requiresGrad()) {
                    out.backend().bceWithLogitsBackward(z.value(), t.value(), out.gradBuf(), z.gradBuf());
                }
            }
        });
    }

    static Tensor softmaxCrossEntropy(Tensor z, Tensor t) {
        requireSameShape("softmax_cross_entropy", z, t);
        return Tensor.node("softmax_cross_entropy", 1, 1, new Tensor[] {z, t}, new Tensor.OpBody() {
            @Override public void forward(Tensor out) {
                out.backend().softmaxCrossEntropy(z.value(), t.value(), out.value());
            }

            @Override public void backward(Tensor out) {
                if (z.requiresGrad()) {
                    out.backend().softmaxCrossEntropyBackward(z.value(), t.value(), out.gradBuf(), z.gradBuf());
                }
            }
        });
    }

    private static void requireSameShape(String op, Tensor a, Tensor b) {
        if (a.rows() != b.rows() || a.cols() != b.cols()) {
            throw shapeError(op, a, b, "shapes must be equal");
        }
    }

    static IllegalArgumentException shapeError(String op, Tensor a, Tensor b, String why) {
        return new IllegalArgumentException(op + ": cannot combine " + a.label() + a.value().shape() + " with "
                + b.label() + b.value().shape() + ": " + why);
    }
}
