package org.nnplay.engine.nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.nnplay.engine.Backend;
import org.nnplay.engine.BackendKind;
import org.nnplay.engine.jvm.JvmBackend;

class Nd4jRuntimeTest {
    @Test
    void statusIsNotLoadedBeforeLoadIsCalled() {
        Nd4jRuntime rt = new Nd4jRuntime(() -> JvmBackend.INSTANCE);
        assertThat(rt.status()).isEqualTo("not loaded");
        assertThat(rt.ifReady()).isEmpty();
    }

    @Test
    void loadReturnsAtOnceWhileTheLoaderRunsAndReportsReadyAfter() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        Nd4jRuntime rt = new Nd4jRuntime(() -> {
            calls.incrementAndGet();
            await(release);
            return JvmBackend.INSTANCE;
        });
        var first = rt.load();
        assertThat(rt.status()).isEqualTo("loading");
        assertThat(rt.ifReady()).isEmpty();
        assertThat(rt.load()).isSameAs(first);
        release.countDown();
        Backend be = first.get(10, TimeUnit.SECONDS);
        assertThat(be).isSameAs(JvmBackend.INSTANCE);
        assertThat(rt.status()).isEqualTo("ready: jvm");
        assertThat(rt.ifReady()).containsSame(JvmBackend.INSTANCE);
        assertThat(calls).hasValue(1);
    }

    @Test
    void aNativeLoadFailureIsReportedNotThrownAtTheCaller() {
        Nd4jRuntime rt = new Nd4jRuntime(() -> {
            throw new ExceptionInInitializerError(new UnsatisfiedLinkError("no jnind4jcpu in java.library.path"));
        });
        var future = rt.load();
        assertThatThrownBy(future::join).isInstanceOf(CompletionException.class);
        assertThat(rt.status()).isEqualTo("failed: UnsatisfiedLinkError: no jnind4jcpu in java.library.path");
        assertThat(rt.ifReady()).isEmpty();
    }

    @Test
    void theSharedRuntimeLoadsTheNd4jCpuBackend() {
        Backend be = Nd4jRuntime.shared().load().join();
        assertThat(be.name()).isEqualTo("nd4j-cpu");
        assertThat(Nd4jRuntime.shared().status()).isEqualTo("ready: nd4j-cpu");
    }

    @Test
    void resolveGivesTheJvmBackendForJvmAndNd4jWhenWaitedFor() {
        assertThat(Backends.resolve(BackendKind.JVM, false)).isSameAs(JvmBackend.INSTANCE);
        assertThat(Backends.resolve(BackendKind.ND4J, true).name()).isEqualTo("nd4j-cpu");
    }

    @Test
    void resolveRefusesNd4jWhileItIsStillLoadingUnlessAskedToWait() {
        CountDownLatch release = new CountDownLatch(1);
        Nd4jRuntime slow = new Nd4jRuntime(() -> {
            await(release);
            return JvmBackend.INSTANCE;
        });
        assertThatThrownBy(() -> Backends.resolve(BackendKind.ND4J, false, slow))
                .isInstanceOf(IllegalStateException.class).hasMessage("ND4J is still loading");
        release.countDown();
        assertThat(Backends.resolve(BackendKind.ND4J, true, slow)).isSameAs(JvmBackend.INSTANCE);
    }

    @Test
    void resolveExplainsAFailedLoad() {
        Nd4jRuntime broken = new Nd4jRuntime(() -> {
            throw new UnsatisfiedLinkError("libnd4jcpu.so: cannot open shared object file");
        });
        assertThatThrownBy(() -> Backends.resolve(BackendKind.ND4J, true, broken))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot open shared object file");
    }

    @Test
    void autoIsNotResolvedWithoutAWorkload() {
        assertThatThrownBy(() -> Backends.resolve(BackendKind.AUTO, false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Backends.resolve(BackendKind.JVM, false)).isSameAs(JvmBackend.INSTANCE);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
