package bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The CPU time (user and system, from {@code /proc}) that the server, PostgreSQL and this load generator have used,
 * to tell how much CPU each spends per stored event. PostgreSQL is the postmaster with its live processes, plus the
 * time of the backends that have exited (the postmaster's children's time), so closed connections still count.
 */
final class ProcessCpu {

    /**
     * Seconds of CPU used so far by each of the three, and of the server's, how much by its JIT compilers (on two
     * loaded cores a C2 compilation of a hot method can take seconds).
     */
    record Sample(double server, double postgres, double loadGenerator, double serverCompilers) {

        Sample minus(Sample earlier) {
            return new Sample(server - earlier.server, postgres - earlier.postgres, loadGenerator - earlier.loadGenerator,
                    serverCompilers - earlier.serverCompilers);
        }
    }

    private static final double TICKS_PER_SECOND = ticksPerSecond();

    private final long serverPid;

    ProcessCpu(long serverPid) {
        this.serverPid = serverPid;
    }

    /**
     * The CPU used between {@code afterSeconds} and {@code afterSeconds + forSeconds} from now, measured by a
     * thread of its own: a phase's timed windows, after its warm-up.
     */
    CompletableFuture<Sample> during(double afterSeconds, double forSeconds) {
        return CompletableFuture.supplyAsync(() -> {
            sleep(afterSeconds);
            Sample from = sample();
            sleep(forSeconds);
            return sample().minus(from);
        });
    }

    private static void sleep(double seconds) {
        try {
            Thread.sleep((long) (seconds * 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Sample sample() {
        double postgres = 0;
        for (long pid : pidsOf("postgres")) {
            long[] times = times(pid);
            boolean postmaster = !"postgres".equals(comm(times[4]));
            postgres += times[0] + times[1] + (postmaster ? times[2] + times[3] : 0);
        }
        long[] server = times(serverPid);
        long[] self = times(ProcessHandle.current().pid());
        return new Sample((server[0] + server[1]) / TICKS_PER_SECOND, postgres / TICKS_PER_SECOND,
                (self[0] + self[1]) / TICKS_PER_SECOND, compilerTicks(serverPid) / TICKS_PER_SECOND);
    }

    /** The CPU ticks of a JVM's compiler threads ({@code C1 CompilerThre…}, {@code C2 CompilerThre…}). */
    private static long compilerTicks(long pid) {
        long ticks = 0;
        try (Stream<Path> threads = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path thread : threads.toList()) {
                if (comm(thread).matches("C\\d CompilerThre.*")) {
                    long[] times = times(thread);
                    ticks += times[0] + times[1];
                }
            }
        } catch (IOException gone) {
            return 0;
        }
        return ticks;
    }

    /** utime, stime, cutime, cstime (ticks) and the parent's pid; zeros for a process that has gone. */
    private static long[] times(long pid) {
        return times(Path.of("/proc", String.valueOf(pid)));
    }

    private static long[] times(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            // fields after the command, which may hold spaces: state ppid ... utime(14) stime cutime cstime
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[]{Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]),
                    Long.parseLong(fields[14]), Long.parseLong(fields[1])};
        } catch (IOException | RuntimeException gone) {
            return new long[5];
        }
    }

    private static String comm(long pid) {
        return comm(Path.of("/proc", String.valueOf(pid)));
    }

    private static String comm(Path process) {
        try {
            return Files.readString(process.resolve("comm")).strip();
        } catch (IOException gone) {
            return "";
        }
    }

    private static List<Long> pidsOf(String command) {
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.map(p -> p.getFileName().toString()).filter(name -> name.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong).filter(pid -> command.equals(comm(pid))).forEach(pids::add);
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc", e);
        }
        return pids;
    }

    private static double ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes()).strip();
            getconf.waitFor();
            return Double.parseDouble(out);
        } catch (IOException | InterruptedException | NumberFormatException e) {
            return 100; // Linux's USER_HZ almost everywhere
        }
    }
}
