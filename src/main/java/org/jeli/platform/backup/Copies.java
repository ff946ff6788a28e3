package org.jeli.platform.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Copies folders of regular files (no links followed), keeping their relative layout. */
final class Copies {
    private Copies() {}

    /** Copies every regular file under {@code from} whose relative path passes {@code include}; returns the count. */
    static long tree(Path from, Path to, Predicate<String> include) throws IOException {
        if (!Files.isDirectory(from)) {
            return 0;
        }
        long n = 0;
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String rel = from.relativize(p).toString().replace('\\', '/');
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && include.test(rel)) {
                    Path target = to.resolve(rel);
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                    n++;
                }
            }
        }
        return n;
    }

    static void file(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    }
}
