package io.gongkai.render;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders the seeds to a directory for looking at them (not a test): RenderSamples DIR. */
public final class RenderSamples {

    private RenderSamples() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/samples");
        Files.createDirectories(dir);
        for (String seed : new String[] {SeedReports.SEED_000, SeedReports.SEED_001, SeedReports.SEED_004}) {
            for (RenderFormat format : RenderFormat.values()) {
                long start = System.nanoTime();
                try (OutputStream out = Files.newOutputStream(dir.resolve(seed.substring(0, 3) + "." + format.extension()))) {
                    format.writer().write(SeedReports.read(seed), out);
                }
                System.out.printf("%s %s %.1f ms%n", seed, format, (System.nanoTime() - start) / 1e6);
            }
        }
    }
}
