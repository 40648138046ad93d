package com.workgate.it.support;

import java.time.Instant;
import java.util.function.LongFunction;

/**
 * Sends a request whose timestamp is a fixed number of seconds from now, started and answered inside one second of
 * this machine's clock (which the local server shares), so the server's "now" is known to the second. A try that
 * straddles a second boundary proves nothing about the edge and is made again.
 */
public final class WithinOneSecond {

    private WithinOneSecond() {
    }

    public static Answer send(long offsetSeconds, LongFunction<Answer> request) throws InterruptedException {
        for (int attempt = 0; attempt < 20; attempt++) {
            Thread.sleep(1000 - Instant.now().toEpochMilli() % 1000 + 5);
            long before = Instant.now().getEpochSecond();
            Answer answer = request.apply(before + offsetSeconds);
            if (Instant.now().getEpochSecond() == before) {
                return answer;
            }
        }
        throw new AssertionError("no request was answered inside one second in 20 tries");
    }
}
