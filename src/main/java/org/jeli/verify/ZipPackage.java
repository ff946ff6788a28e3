package org.jeli.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A bag serialised as a zip (RFC 8493 §4.2 style): either one top-level folder holding the bag, or
 * the bag's files at the root. Entry names that climb out ({@code ..}) or are absolute are refused.
 */
final class ZipPackage implements PackageFiles {
    private final ZipFile zip;
    private final Map<String, ZipEntry> entries;
    private final List<String> paths;

    private ZipPackage(ZipFile zip, Map<String, ZipEntry> entries) {
        this.zip = zip;
        this.entries = Map.copyOf(entries);
        List<String> sorted = new ArrayList<>(entries.keySet());
        Collections.sort(sorted);
        this.paths = List.copyOf(sorted);
    }

    static ZipPackage open(Path file) throws IOException {
        ZipFile zip = new ZipFile(file.toFile());
        try {
            List<ZipEntry> files = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                String name = entry.getName();
                if (name.startsWith("/")
                        || name.contains("\\")
                        || List.of(name.split("/")).contains("..")) {
                    throw new IOException("the zip holds an unsafe entry name");
                }
                if (!entry.isDirectory()) {
                    files.add(entry);
                }
            }
            String prefix = commonFolder(files);
            Map<String, ZipEntry> byPath = new HashMap<>();
            for (ZipEntry entry : files) {
                if (byPath.put(entry.getName().substring(prefix.length()), entry) != null) {
                    throw new IOException("the zip holds the same name twice");
                }
            }
            return new ZipPackage(zip, byPath);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** {@code folder/} when every file sits under one top-level folder holding bagit.txt, else empty. */
    private static String commonFolder(List<ZipEntry> files) {
        String folder = null;
        for (ZipEntry e : files) {
            int slash = e.getName().indexOf('/');
            if (slash < 0) {
                return "";
            }
            String top = e.getName().substring(0, slash + 1);
            if (folder == null) {
                folder = top;
            } else if (!folder.equals(top)) {
                return "";
            }
        }
        return folder == null ? "" : folder;
    }

    @Override
    public List<String> paths() {
        return paths;
    }

    @Override
    public Set<String> pathSet() {
        return entries.keySet();
    }

    @Override
    public InputStream open(String path) throws IOException {
        ZipEntry entry = entries.get(path);
        if (entry == null) {
            throw new IOException("not in the package: " + path);
        }
        return zip.getInputStream(entry);
    }

    @Override
    public long size(String path) throws IOException {
        ZipEntry entry = entries.get(path);
        if (entry == null || entry.getSize() < 0) {
            throw new IOException("not in the package: " + path);
        }
        return entry.getSize();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
