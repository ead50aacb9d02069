package org.nnplay.ui.curves;

import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.nnplay.training.History;
import org.nnplay.training.Metric;
import org.nnplay.ui.playground.ThreadCpu;

/**
 * What one redraw of the learning curves costs the renderer: a curves view of the size it has in presentation mode at
 * 1280 × 800 (570 × 390, type × 1.4) shows a history of full buckets (training and test loss and accuracy, noisy, as a
 * long run records them) that grows every frame, so every frame redraws it. Prints the renderer thread's and the FX
 * thread's CPU time per frame. Args: [frames, default 600] [width] [height] [font scale]. Needs a display.
 */
public final class CurvesSpeed {
    private CurvesSpeed() {}

    public static void main(String[] args) throws Exception {
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        double w = args.length > 1 ? Double.parseDouble(args[1]) : 570;
        double h = args.length > 2 ? Double.parseDouble(args[2]) : 390;
        double fs = args.length > 3 ? Double.parseDouble(args[3]) : 1.4;
        History history = new History();
        Random random = new Random(1);
        long[] epoch = {0};
        Runnable grow = () -> {
            for (int i = 0; i < 200; i++, epoch[0]++) {
                double t = epoch[0] / 5000.0;
                double loss = 0.5 * Math.exp(-t) + 0.02 + 0.03 * random.nextDouble();
                history.add(Metric.TRAIN_LOSS, epoch[0], loss);
                history.add(Metric.TEST_LOSS, epoch[0], loss * 1.2 + 0.02 * random.nextDouble());
                history.add(Metric.TRAIN_ACCURACY, epoch[0], 1 - loss);
                history.add(Metric.TEST_ACCURACY, epoch[0], 1 - 1.2 * loss);
            }
        };
        for (int i = 0; i < 500; i++) grow.run();
        ThreadCpu cpu = new ThreadCpu();
        CountDownLatch done = new CountDownLatch(1);
        double[] result = new double[3];
        Platform.startup(() -> {
            CurvesView view = new CurvesView();
            view.setFontScale(fs);
            Pane root = new Pane(view);
            view.resizeRelocate(0, 0, w, h);
            Stage stage = new Stage();
            stage.setScene(new Scene(root, w, h));
            stage.show();
            new AnimationTimer() {
                int frame;
                Map<String, Long> start;
                long t0;

                @Override public void handle(long now) {
                    if (frame == 60) {
                        start = cpu.sample();
                        t0 = now;
                    }
                    if (frame == 60 + frames) {
                        Map<String, Long> end = cpu.sample();
                        result[0] = (end.get("fx") - start.get("fx")) / 1e6 / frames;
                        result[1] = (end.get("renderer") - start.get("renderer")) / 1e6 / frames;
                        result[2] = frames * 1e9 / (now - t0);
                        stop();
                        done.countDown();
                        return;
                    }
                    grow.run();
                    view.setHistory(history.view());
                    frame++;
                }
            }.start();
        });
        done.await();
        System.out.printf(Locale.ROOT, "curves %.0f x %.0f, type x %.1f: renderer %.2f ms CPU per redraw, FX thread %.2f ms;"
                + " %.1f frames/s%n", w, h, fs, result[1], result[0], result[2]);
        Platform.exit();
        System.exit(0);
    }
}
