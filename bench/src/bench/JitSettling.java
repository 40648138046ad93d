package bench;

/**
 * Loads the server until its JIT compilers have gone quiet, before a phase's own warm-up and timed windows. On two
 * loaded cores the server's one C2 compiler thread gets a small share of the CPU: on 2026-12-01 the hot path of a
 * batch of presence events was compiled only after about 3½ minutes of closed-loop load (the compile queue held 200
 * methods at first, still 40 after a minute), and a phase measured before that measured a server that still ran
 * much of its hot path as profiling code and spent a sixth of its CPU compiling.
 */
final class JitSettling {

    private static final double STEP_SECONDS = 10;
    private static final double QUIET_PERCENT = 3;

    /** Seconds of load, the compilers' share of the server's CPU in the last step, whether that share fell below 3 %. */
    record Outcome(double seconds, double lastPercent, boolean settled, int failures) {

        @Override
        public String toString() {
            return Figures.format("JIT %s after %.0f s of load (compilers %.1f %% of the server's CPU in the last %.0f s%s)",
                    settled ? "settled" : "NOT settled", seconds, lastPercent, STEP_SECONDS,
                    failures == 0 ? "" : Figures.format("; %d failed requests", failures));
        }
    }

    private JitSettling() {
    }

    /** Closed-loop {@code requests} in steps of 10 s until the compilers' share falls below 3 %, or {@code maxSeconds}. */
    static Outcome settle(LoadGenerator http, LoadGenerator.Requests requests, ProcessCpu cpu, double maxSeconds)
            throws InterruptedException {
        double loaded = 0;
        double percent = 100;
        int failures = 0;
        while (loaded < maxSeconds) {
            ProcessCpu.Sample before = cpu.sample();
            LoadGenerator.Result step = http.run(requests, 0, STEP_SECONDS, 1);
            ProcessCpu.Sample used = cpu.sample().minus(before);
            loaded += STEP_SECONDS;
            failures += step.failures();
            percent = used.server() > 0 ? 100 * used.serverCompilers() / used.server() : 100;
            if (percent < QUIET_PERCENT) {
                return print(new Outcome(loaded, percent, true, failures));
            }
        }
        return print(new Outcome(loaded, percent, false, failures));
    }

    private static Outcome print(Outcome outcome) {
        System.out.println("  " + outcome);
        return outcome;
    }
}
