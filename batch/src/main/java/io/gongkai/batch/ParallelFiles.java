package io.gongkai.batch;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one task per corpus file on a pool of worker threads and hands each result to the caller's thread as it
 * finishes. At most {@code window} files are in flight, so memory stays flat whatever the corpus size; results come
 * back in the order they finish, not the order given. {@code gongkai batch} and {@code gongkai import} both run
 * their documents through it.
 */
public final class ParallelFiles {

    /** The work for one file, run on a worker thread. It must not throw for anything about the file. */
    @FunctionalInterface
    public interface Task<R> {
        R run(String file);
    }

    /** Takes each result on the caller's thread. */
    @FunctionalInterface
    public interface Receiver<R> {
        void accept(R result) throws IOException;
    }

    private ParallelFiles() {
    }

    /**
     * Runs the task over every file and returns when every result has been received.
     *
     * @param files the files, in the order they are started
     * @param threads worker threads (≥ 1)
     * @param window files in flight at most (≥ threads)
     * @param threadName the workers' name prefix, numbered from 1 (for thread dumps and profiles)
     * @throws IOException when the receiver throws, or the caller's thread is interrupted
     * @throws IllegalStateException when a task throws (a defect: tasks report bad files as results)
     */
    public static <R> void run(List<String> files, int threads, int window, String threadName, Task<R> task,
                               Receiver<R> receiver) throws IOException {
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, threadName + "-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            CompletionService<R> done = new ExecutorCompletionService<>(pool);
            Iterator<String> next = files.iterator();
            int inFlight = 0;
            while (next.hasNext() || inFlight > 0) {
                while (inFlight < Math.max(window, threads) && next.hasNext()) {
                    String file = next.next();
                    done.submit(() -> task.run(file));
                    inFlight++;
                }
                R result = take(done);
                inFlight--;
                receiver.accept(result);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R take(CompletionService<R> done) throws IOException {
        try {
            return done.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("运行被中断 / the run was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed", e.getCause());
        }
    }
}
