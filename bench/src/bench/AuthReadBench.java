package bench;

import java.net.URI;
import java.nio.file.Path;

/**
 * Benchmark 3: what authentication costs. The same small read of the server's token key ring, twice: without
 * authentication ({@code GET /v1/auth/jwks}, public) and with a bearer token and its role and organization checks
 * ({@code GET /v1/admin/signing-keys}, the system organization's ALL key). Both answer from memory, so the
 * difference is the authentication work.
 */
public final class AuthReadBench {

    private static final String HEADER = """
            # Authenticated read benchmark results

            Appended by `bench/authenticated-read.sh` (see `bench/README.md`). The server pinned to cpu 0, the
            load generator to cpu 1. Requests/s are min / median / max of the timed windows after a warm-up. The
            unauthenticated read is `GET /v1/auth/jwks`; the authenticated one `GET /v1/admin/signing-keys` with a
            bearer JWT (the same key ring, plus which key signs). Ratio: authenticated / unauthenticated medians.

            | date (UTC) | machine | connections | unauthenticated req/s | authenticated req/s | ratio | p99 ms unauthenticated / authenticated (medians) | notes |
            |---|---|---|---|---|---|---|---|
            """;

    public static void main(String[] args) throws Exception {
        URI base = URI.create(Figures.required("bench.baseUrl"));
        int connections = Figures.intProperty("bench.connections", 16);
        double warmup = Figures.doubleProperty("bench.warmupSeconds", 15);
        double window = Figures.doubleProperty("bench.windowSeconds", 10);
        int runs = Figures.intProperty("bench.runs", 3);

        WorkgateApi api = new WorkgateApi(base.toString());
        String token = api.token(Figures.required("bench.adminKey"), Figures.required("bench.adminSecret"));
        LoadGenerator load = new LoadGenerator(base, connections, 200);
        byte[] open = load.get("/v1/auth/jwks");
        byte[] authenticated = load.get("/v1/admin/signing-keys", "Authorization", "Bearer " + token);

        // alternating, so that neither gets the warmer server
        LoadGenerator.Result[] openResults = new LoadGenerator.Result[runs];
        LoadGenerator.Result[] authResults = new LoadGenerator.Result[runs];
        System.out.printf("%d connections, %.0f s warm-up each, then %d × (%.0f s unauthenticated, %.0f s authenticated)%n",
                connections, warmup, runs, window, window);
        load.run(c -> open, warmup, 0.001, 1);
        load.run(c -> authenticated, warmup, 0.001, 1);
        for (int r = 0; r < runs; r++) {
            openResults[r] = load.run(c -> open, 1, window, 1);
            authResults[r] = load.run(c -> authenticated, 1, window, 1);
            System.out.printf("  unauthenticated %7.0f/s  authenticated %7.0f/s%n", openResults[r].perSecond()[0],
                    authResults[r].perSecond()[0]);
        }
        double[] openRate = first(openResults, false);
        double[] authRate = first(authResults, false);
        double ratio = Figures.median(authRate) / Figures.median(openRate);
        String p99 = Figures.format("%.1f / %.1f", Figures.median(first(openResults, true)), Figures.median(first(authResults, true)));
        System.out.printf("%nAuthenticated read, requests/s as min / median / max%n");
        System.out.printf("  unauthenticated  %s%n  authenticated    %s%n  ratio            %.2f%n  p99 ms           %s%n",
                Figures.spread(openRate, "%.0f"), Figures.spread(authRate, "%.0f"), ratio, p99);
        int failures = 0;
        String firstFailure = null;
        for (int r = 0; r < runs; r++) {
            failures += openResults[r].failures() + authResults[r].failures();
            firstFailure = firstFailure != null ? firstFailure
                    : openResults[r].firstFailure() != null ? openResults[r].firstFailure() : authResults[r].firstFailure();
        }
        Figures.appendRow(Path.of(Figures.required("bench.resultsFile")), HEADER, Figures.format(
                "| %s | %s | %d | %s | %s | %.2f | %s | %.0f s warm-up, %d × %.0f s each; %s%s |", Figures.nowUtc(),
                Figures.required("bench.machine"), connections, Figures.spread(openRate, "%.0f"),
                Figures.spread(authRate, "%.0f"), ratio, p99, warmup, runs, window, System.getProperty("bench.note", ""),
                failures == 0 ? "" : "; FAILURES " + failures + " (" + firstFailure + ")"));
    }

    private static double[] first(LoadGenerator.Result[] results, boolean p99) {
        double[] values = new double[results.length];
        for (int i = 0; i < results.length; i++) {
            values[i] = p99 ? results[i].p99Millis()[0] : results[i].perSecond()[0];
        }
        return values;
    }
}
