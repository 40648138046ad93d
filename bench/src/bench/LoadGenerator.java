package bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The load generator every benchmark shares: {@code connections} keep-alive HTTP/1.1 connections, one thread each,
 * written to and read from a plain socket (the JDK's HTTP client costs as much CPU as a fast server). A warm-up,
 * then {@code runs} back-to-back timed windows of equal length; each window reports the requests per second and the
 * latency percentiles of its requests.
 *
 * <p>Two modes. The closed loop ({@link #run}) sends a connection's next request as soon as its answer is read: it
 * finds the most a server can do, but a slow answer delays the requests behind it, so its latencies hide the queue.
 * The open loop ({@link #runOpenLoop}) sends on a fixed schedule whether or not earlier requests were answered, and
 * measures each latency from the moment its request was due, so waiting for a free connection counts too.
 */
public final class LoadGenerator {

    /** Makes the bytes of the next request on a connection (host header and keep-alive included by the caller). */
    @FunctionalInterface
    public interface Requests {
        byte[] next(int connection);
    }

    /** One timed window. */
    public record Window(int requests, int failures, double seconds, long p50Nanos, long p99Nanos, long p999Nanos,
                         long maxNanos) {
        public double perSecond() {
            return requests / seconds;
        }
    }

    public record Result(List<Window> windows, String firstFailure) {
        public double[] perSecond() {
            return windows.stream().mapToDouble(Window::perSecond).toArray();
        }

        public double[] p99Millis() {
            return windows.stream().mapToDouble(w -> w.p99Nanos() / 1e6).toArray();
        }

        public double[] p50Millis() {
            return windows.stream().mapToDouble(w -> w.p50Nanos() / 1e6).toArray();
        }

        public double[] p999Millis() {
            return windows.stream().mapToDouble(w -> w.p999Nanos() / 1e6).toArray();
        }

        public double[] maxMillis() {
            return windows.stream().mapToDouble(w -> w.maxNanos() / 1e6).toArray();
        }

        public int failures() {
            return windows.stream().mapToInt(Window::failures).sum();
        }

        /** One line a window, and the first failure if there was one. */
        public void print() {
            for (Window w : windows) {
                System.out.printf("  %8.0f/s  p50 %6.2f ms  p99 %6.2f ms  p99.9 %7.2f ms  max %7.2f ms  failures %d%n",
                        w.perSecond(), w.p50Nanos() / 1e6, w.p99Nanos() / 1e6, w.p999Nanos() / 1e6, w.maxNanos() / 1e6,
                        w.failures());
            }
            if (firstFailure != null) {
                System.out.println("  first failure: " + firstFailure);
            }
        }
    }

    private final URI base;
    private final int connections;
    private final int expectedStatus;

    public LoadGenerator(URI base, int connections, int expectedStatus) {
        this.base = base;
        this.connections = connections;
        this.expectedStatus = expectedStatus;
    }

    /** {@code POST path} with a body of the given content type, as bytes ready to write. */
    public byte[] post(String path, String contentType, byte[] body, String... headers) {
        StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                .append("Content-Type: ").append(contentType).append("\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n");
        appendHeaders(head, headers);
        byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }

    /** {@code GET path} as bytes ready to write. */
    public byte[] get(String path, String... headers) {
        StringBuilder head = new StringBuilder("GET ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
        appendHeaders(head, headers);
        return head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void appendHeaders(StringBuilder head, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
    }

    public Result run(Requests requests, double warmupSeconds, double windowSeconds, int runs) throws InterruptedException {
        return run(connection -> new HttpWorker(connection, requests), connections, warmupSeconds, windowSeconds, runs);
    }

    /**
     * What one connection of a closed loop does: one operation a call. Runs on its own thread; an exception counts
     * as a failure, closes the worker and a new one is made.
     */
    public interface Worker extends AutoCloseable {
        void call() throws Exception;

        @Override
        void close();
    }

    @FunctionalInterface
    public interface Workers {
        Worker open(int connection) throws Exception;
    }

    /** A closed loop of {@code connections} workers: warm-up, then {@code runs} timed windows back to back. */
    public static Result run(Workers workers, int connections, double warmupSeconds, double windowSeconds, int runs)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmupSeconds * 1e9);
        long windowNanos = (long) (windowSeconds * 1e9);
        long end = measureFrom + windowNanos * runs;
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        Set<Worker> open = ConcurrentHashMap.newKeySet();
        List<Recorder> recorders = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Recorder recorder = new Recorder(runs);
            recorders.add(recorder);
            int connection = c;
            Thread thread = new Thread(() -> drive(workers, connection, recorder, measureFrom, windowNanos, runs, stop,
                    firstFailure, open), "load-" + c);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        long sleepNanos = end - System.nanoTime();
        if (sleepNanos > 0) {
            Thread.sleep(sleepNanos / 1_000_000, (int) (sleepNanos % 1_000_000));
        }
        stop.set(true);
        long joinDeadline = System.nanoTime() + 10_000_000_000L;
        for (Thread thread : threads) {
            thread.join(Math.max(1, (joinDeadline - System.nanoTime()) / 1_000_000));
        }
        open.forEach(Worker::close); // a server that stopped answering: its requests are not counted
        return new Result(windows(recorders, runs, windowSeconds), firstFailure.get());
    }

    private static List<Window> windows(List<Recorder> recorders, int runs, double windowSeconds) {
        List<Window> windows = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            int failures = 0;
            int count = 0;
            for (Recorder recorder : recorders) {
                count += recorder.count[run];
                failures += recorder.failures[run];
            }
            long[] latencies = new long[count];
            int at = 0;
            for (Recorder recorder : recorders) {
                System.arraycopy(recorder.latencies[run], 0, latencies, at, recorder.count[run]);
                at += recorder.count[run];
            }
            Arrays.sort(latencies);
            windows.add(new Window(count, failures, windowSeconds, percentile(latencies, 0.50),
                    percentile(latencies, 0.99), percentile(latencies, 0.999), count == 0 ? 0 : latencies[count - 1]));
        }
        return windows;
    }

    /**
     * An open loop: request number i is due at {@code start + i / perSecond}, whatever happened to the ones before.
     * A connection that is free takes the next due request, waits for its moment and sends it; its latency runs from
     * the moment it was due to the end of its answer, so a request that had to wait for a free connection (because
     * the server fell behind) carries that wait. A request belongs to the window in which it was due. Requests still
     * unanswered 30 s after the last window are not counted.
     */
    public Result runOpenLoop(Requests requests, double perSecond, double warmupSeconds, double windowSeconds, int runs)
            throws InterruptedException {
        long start = System.nanoTime() + 100_000_000L;
        long measureFrom = start + (long) (warmupSeconds * 1e9);
        long windowNanos = (long) (windowSeconds * 1e9);
        long end = measureFrom + windowNanos * runs;
        double intervalNanos = 1e9 / perSecond;
        AtomicLong nextDue = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        Set<Worker> open = ConcurrentHashMap.newKeySet();
        List<Recorder> recorders = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Recorder recorder = new Recorder(runs);
            recorders.add(recorder);
            int connection = c;
            Thread thread = new Thread(() -> {
                Worker worker = null;
                while (!stop.get()) {
                    long due = start + (long) (nextDue.getAndIncrement() * intervalNanos);
                    if (due >= end) {
                        break;
                    }
                    int window = (int) Math.floorDiv(due - measureFrom, windowNanos);
                    for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                        LockSupport.parkNanos(wait);
                    }
                    try {
                        if (worker == null) {
                            worker = new HttpWorker(connection, requests);
                            open.add(worker);
                        }
                        worker.call();
                        if (window >= 0) {
                            recorder.record(window, System.nanoTime() - due);
                        }
                    } catch (Exception e) {
                        if (!stop.get()) {
                            firstFailure.compareAndSet(null, e.toString());
                            if (window >= 0) {
                                recorder.failures[window]++;
                            }
                        }
                        if (worker != null) {
                            open.remove(worker);
                            worker.close();
                            worker = null;
                        }
                    }
                }
                if (worker != null) {
                    open.remove(worker);
                    worker.close();
                }
            }, "open-loop-" + c);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        long joinDeadline = end + 30_000_000_000L;
        for (Thread thread : threads) {
            thread.join(Math.max(1, (joinDeadline - System.nanoTime()) / 1_000_000));
        }
        stop.set(true);
        open.forEach(Worker::close);
        for (Thread thread : threads) {
            thread.join(5_000);
        }
        return new Result(windows(recorders, runs, windowSeconds), firstFailure.get());
    }

    private static void drive(Workers workers, int connection, Recorder recorder, long measureFrom, long windowNanos,
                              int runs, AtomicBoolean stop, AtomicReference<String> firstFailure, Set<Worker> open) {
        while (!stop.get()) {
            Worker worker = null;
            try {
                worker = workers.open(connection);
                open.add(worker);
                while (!stop.get()) {
                    long sent = System.nanoTime();
                    worker.call();
                    long done = System.nanoTime();
                    int window = (int) Math.floorDiv(done - measureFrom, windowNanos);
                    if (window >= 0 && window < runs) {
                        recorder.record(window, done - sent);
                    }
                }
            } catch (Exception e) {
                if (!stop.get()) {
                    firstFailure.compareAndSet(null, e.toString());
                    recorder.failureAt(measureFrom, windowNanos, runs);
                }
            } finally {
                if (worker != null) {
                    open.remove(worker);
                    worker.close();
                }
            }
        }
    }

    /** One keep-alive connection, connected anew when the server closes it. */
    private final class HttpWorker implements Worker {
        private final int connection;
        private final Requests requests;
        private Socket socket;
        private OutputStream out;
        private InputStream in;

        HttpWorker(int connection, Requests requests) throws IOException {
            this.connection = connection;
            this.requests = requests;
            connect();
        }

        private void connect() throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 65536);
        }

        @Override
        public void call() throws IOException {
            out.write(requests.next(connection));
            out.flush();
            Response response = Response.read(in);
            if (response.closes()) {
                close();
                connect();
            }
            if (response.status() != expectedStatus) {
                throw new UnexpectedStatus("HTTP " + response.status() + ": " + response.bodyStart());
            }
        }

        @Override
        public void close() {
            closeQuietly(socket);
        }
    }

    /** A wrong status: counted as a failure, and the connection is made anew. */
    static final class UnexpectedStatus extends IOException {
        UnexpectedStatus(String message) {
            super(message);
        }
    }

    private static void closeQuietly(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing after a failure; nothing more to learn
            }
        }
    }

    static long percentile(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
    }

    /** Latencies of the successful requests, and the failures, per window, of one connection. */
    private static final class Recorder {
        final long[][] latencies;
        final int[] count;
        final int[] failures;

        Recorder(int runs) {
            latencies = new long[runs][4096];
            count = new int[runs];
            failures = new int[runs];
        }

        void record(int window, long nanos) {
            if (count[window] == latencies[window].length) {
                latencies[window] = Arrays.copyOf(latencies[window], latencies[window].length * 2);
            }
            latencies[window][count[window]++] = nanos;
        }

        void failureAt(long measureFrom, long windowNanos, int runs) {
            int window = (int) Math.floorDiv(System.nanoTime() - measureFrom, windowNanos);
            if (window >= 0 && window < runs) {
                failures[window]++;
            }
        }
    }

    /** The parts of an HTTP/1.1 response a benchmark needs; the body is read to its end (length or chunks). */
    record Response(int status, boolean closes, String bodyStart) {

        static Response read(InputStream in) throws IOException {
            String statusLine = line(in);
            if (statusLine == null) {
                throw new IOException("connection closed by the server");
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closes = false;
            for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim();
                String value = header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                    chunked = true;
                } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                    closes = true;
                }
            }
            StringBuilder start = new StringBuilder();
            if (chunked) {
                for (long size = Long.parseLong(line(in).split(";")[0].trim(), 16); size > 0;
                     size = Long.parseLong(line(in).split(";")[0].trim(), 16)) {
                    body(in, size, start);
                    line(in);
                }
                for (String trailer = line(in); trailer != null && !trailer.isEmpty(); trailer = line(in)) {
                    // trailers are not used
                }
            } else if (length > 0) {
                body(in, length, start);
            }
            return new Response(status, closes, start.toString());
        }

        private static void body(InputStream in, long size, StringBuilder start) throws IOException {
            byte[] buffer = new byte[8192];
            for (long left = size; left > 0; ) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    throw new IOException("body cut short");
                }
                if (start.length() < 300) {
                    start.append(new String(buffer, 0, Math.min(read, 300 - start.length()), StandardCharsets.UTF_8));
                }
                left -= read;
            }
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n') {
                    int last = line.length() - 1;
                    return last >= 0 && line.charAt(last) == '\r' ? line.substring(0, last) : line.toString();
                }
                line.append((char) b);
            }
            return line.length() == 0 ? null : line.toString();
        }
    }
}
