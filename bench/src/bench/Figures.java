package bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

/** min / median / max of the runs, and the dated results line. */
public final class Figures {

    private Figures() {
    }

    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    public static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    public static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    /** "min / median / max" with the given format for each. */
    public static String spread(double[] values, String format) {
        return String.format(Locale.ROOT, format + " / " + format + " / " + format, min(values), median(values), max(values));
    }

    public static String format(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    public static String nowUtc() {
        return ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    /** Appends a table row to the results file, writing the header first when the file is new. */
    public static void appendRow(Path file, String header, String row) throws IOException {
        if (!Files.exists(file)) {
            Files.writeString(file, header);
        }
        Files.writeString(file, row + "\n", StandardOpenOption.APPEND);
    }

    public static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing -D" + property);
        }
        return value;
    }

    public static int intProperty(String property, int fallback) {
        return Integer.parseInt(System.getProperty(property, String.valueOf(fallback)));
    }

    public static double doubleProperty(String property, double fallback) {
        return Double.parseDouble(System.getProperty(property, String.valueOf(fallback)));
    }
}
