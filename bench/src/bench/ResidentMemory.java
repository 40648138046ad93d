package bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Samples a process's resident memory (VmRSS) every 200 ms while open; keeps the largest. */
public final class ResidentMemory implements AutoCloseable {

    private final Path status;
    private final Thread sampler;
    private volatile long maxKiB;
    private volatile boolean open = true;

    public ResidentMemory(long pid) {
        status = Path.of("/proc", String.valueOf(pid), "status");
        sampler = new Thread(this::sample, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    public static long currentKiB(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (Exception gone) {
            // the process has exited
        }
        return 0;
    }

    private void sample() {
        while (open) {
            maxKiB = Math.max(maxKiB, currentKiB(status));
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    public long maxMiB() {
        return maxKiB / 1024;
    }

    @Override
    public void close() {
        open = false;
        sampler.interrupt();
    }
}
