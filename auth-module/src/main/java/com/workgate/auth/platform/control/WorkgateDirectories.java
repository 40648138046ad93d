package com.workgate.auth.platform.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where Workgate keeps files of its own: beside the server's data, so a restart finds them again. */
public final class WorkgateDirectories {

    private WorkgateDirectories() {
    }

    public static Path dataDirectory() {
        String serverData = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        Path dir = Path.of(serverData, "workgate");
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }
}
