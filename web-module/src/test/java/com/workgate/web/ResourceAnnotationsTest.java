package com.workgate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.auth.platform.boundary.MetricsFamily;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.junit.jupiter.api.Test;

/**
 * Every root resource class of every module names the family its requests are counted under: without
 * {@link MetricsFamily} they would silently count as {@code other}. The classes are read from their class files
 * (Jandex), so the libraries the server provides need not be on this class path.
 */
class ResourceAnnotationsTest {

    private static final DotName PATH = DotName.createSimple(Path.class.getName());
    private static final DotName METRICS_FAMILY = DotName.createSimple(MetricsFamily.class.getName());

    @Test
    void everyResourceClassNamesItsMetricsFamily() throws Exception {
        Index index = modulesClasses();
        List<ClassInfo> resources = index.getAnnotations(PATH).stream()
                .filter(path -> path.target().kind() == AnnotationTarget.Kind.CLASS)
                .map(path -> path.target().asClass()).toList();
        // the scan must have seen every module's classes, not an empty class path
        for (String module : List.of(".auth.", ".events.", ".warehouse.", ".timeclock.")) {
            assertTrue(resources.stream().anyMatch(type -> type.name().toString().contains(module)),
                    "no resource class of " + module);
        }
        List<String> unnamed = resources.stream().filter(type -> !namesFamily(index, type))
                .map(type -> type.name().toString()).sorted().toList();
        assertEquals(List.of(), unnamed, "resource classes without @MetricsFamily");
    }

    /** Its own annotation or, as {@code @Inherited} has it, a superclass's. */
    private static boolean namesFamily(Index index, ClassInfo type) {
        for (ClassInfo at = type; at != null; at = at.superName() == null ? null : index.getClassByName(at.superName())) {
            if (at.declaredAnnotation(METRICS_FAMILY) != null) {
                return true;
            }
        }
        return false;
    }

    /** The classes of package {@code com.workgate} on this class path: the modules' jars or class directories. */
    private static Index modulesClasses() throws IOException, URISyntaxException {
        Indexer indexer = new Indexer();
        for (URL root : Collections.list(ResourceAnnotationsTest.class.getClassLoader().getResources("com/workgate"))) {
            URI uri = root.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    index(jar.getPath("/com/workgate"), indexer);
                }
            } else {
                index(java.nio.file.Path.of(uri), indexer);
            }
        }
        return indexer.complete();
    }

    private static void index(java.nio.file.Path directory, Indexer indexer) throws IOException {
        try (Stream<java.nio.file.Path> files = Files.walk(directory)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    indexer.index(in);
                }
            }
        }
    }
}
