package fr.cession.ui.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The desktop benchmark's installed-image runs, when {@code target/installer/Cession} exists: the
 * image's jlinked runtime and jars (plus the benchmark's classes and Monocle), an empty window and
 * « Ma journée » each first without an archive, then with the AppCDS archive their first launch
 * recorded (as the installed launcher does), each ratio against the empty window of the same kind.
 */
final class PackagedBench {

    private static final Path IMAGE = Path.of("target", "installer", "Cession").toAbsolutePath();

    private PackagedBench() {
    }

    static void report(Path db) throws Exception {
        Path java = IMAGE.resolve("lib/runtime/bin/java");
        if (!Files.isExecutable(java)) {
            System.out.println("[packaged] no app image in " + IMAGE + ": ./mvnw -Pinstaller -DskipTests package first");
            return;
        }
        String cp = classPath();
        Path archives = Files.createDirectories(Path.of("target", "bench", "cds").toAbsolutePath());
        Path emptyJsa = archives.resolve("empty.jsa");
        Path appJsa = archives.resolve("app.jsa");
        Files.deleteIfExists(emptyJsa);
        Files.deleteIfExists(appJsa);
        String j = java.toString();
        long emptyPlain = first(DesktopBench.child(j, cp, List.of(), "empty"));
        long appPlain = first(DesktopBench.child(j, cp, List.of(), "app", db.toString()));
        // first launches: record the archives at exit (the launcher's first run does the same)
        DesktopBench.child(j, cp, List.of("-XX:ArchiveClassesAtExit=" + emptyJsa), "empty");
        DesktopBench.child(j, cp, List.of("-XX:ArchiveClassesAtExit=" + appJsa), "app", db.toString());
        long emptyCds = first(DesktopBench.child(j, cp, List.of("-XX:SharedArchiveFile=" + emptyJsa), "empty"));
        List<String> app = DesktopBench.child(j, cp, List.of("-XX:SharedArchiveFile=" + appJsa), "app", db.toString());
        long appCds = first(app);
        long emptyCdsMean = emptyCds;
        System.out.printf("[packaged] image runtime, no archive: empty window %d ms, Ma journee %d ms, ratio %.2f"
                + "%n", emptyPlain, appPlain, (double) appPlain / emptyPlain);
        System.out.printf("[packaged] image runtime, AppCDS archive of the first launch: empty window %d ms,"
                        + " Ma journee %d ms, ratio %.2f%n", emptyCdsMean, appCds, (double) appCds / emptyCdsMean);
        System.out.printf("[packaged]   phases since JVM start (archive): store open %s ms, my list read %s ms,"
                        + " window shown %s ms%n", line(app, "STORE_OPEN_MS"), line(app, "MINE_READY_MS"),
                line(app, "WINDOW_SHOWN_MS"));
    }

    private static long first(List<String> out) {
        return Long.parseLong(line(out, "FIRST_FRAME_MS"));
    }

    private static String line(List<String> out, String key) {
        return out.stream().filter(l -> l.startsWith(key + "=")).map(l -> l.substring(key.length() + 1)).findFirst()
                .orElseThrow(() -> new IllegalStateException(key + " missing in " + out));
    }

    /** The benchmark's classes as a jar: the JVM archives no class path holding a non-empty folder. */
    private static Path benchJar(Path testClasses) throws IOException {
        Path jar = Path.of("target", "bench", "bench-classes.jar").toAbsolutePath();
        Files.createDirectories(jar.getParent());
        int code = java.util.spi.ToolProvider.findFirst("jar").orElseThrow()
                .run(System.out, System.err, "--create", "--file", jar.toString(), "-C", testClasses.toString(),
                        "fr/cession/ui");
        if (code != 0) {
            throw new IllegalStateException("jar of " + testClasses + " failed: " + code);
        }
        return jar;
    }

    /** The image's jars, then the benchmark's classes and Monocle from the test class path. */
    private static String classPath() throws IOException {
        List<String> entries = new ArrayList<>();
        try (Stream<Path> jars = Files.list(IMAGE.resolve("lib/app"))) {
            jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(p -> entries.add(p.toString()));
        }
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (e.endsWith("test-classes")) {
                entries.add(benchJar(Path.of(e)).toString());
            } else if (e.contains("openjfx-monocle")) {
                entries.add(Path.of(e).toAbsolutePath().toString());
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }
}
