package org.jeli.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** A bag unpacked on disk. Symbolic links are not followed: a bag holds regular files only. */
final class DirectoryPackage implements PackageFiles {
    private final Path root;
    private final List<String> paths;
    private final Set<String> pathSet;

    private DirectoryPackage(Path root, List<String> paths) {
        this.root = root;
        this.paths = List.copyOf(paths);
        this.pathSet = Set.copyOf(paths);
    }

    static DirectoryPackage open(Path dir) throws IOException {
        Path root = dir;
        if (!Files.exists(dir.resolve(PackageLayout.BAGIT))) {
            try (Stream<Path> children = Files.list(dir)) {
                List<Path> folders = children.filter(Files::isDirectory).toList();
                if (folders.size() == 1 && Files.exists(folders.get(0).resolve(PackageLayout.BAGIT))) {
                    root = folders.get(0);
                }
            }
        }
        TreeSet<String> found = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    List<String> parts = new ArrayList<>();
                    root.relativize(p).forEach(part -> parts.add(part.toString()));
                    found.add(String.join("/", parts));
                }
            }
        }
        return new DirectoryPackage(root, new ArrayList<>(found));
    }

    @Override
    public List<String> paths() {
        return paths;
    }

    @Override
    public Set<String> pathSet() {
        return pathSet;
    }

    @Override
    public InputStream open(String path) throws IOException {
        if (!pathSet.contains(path)) {
            throw new IOException("not in the package: " + path);
        }
        return Files.newInputStream(root.resolve(path));
    }

    @Override
    public long size(String path) throws IOException {
        if (!pathSet.contains(path)) {
            throw new IOException("not in the package: " + path);
        }
        return Files.size(root.resolve(path));
    }

    @Override
    public void close() {}
}
