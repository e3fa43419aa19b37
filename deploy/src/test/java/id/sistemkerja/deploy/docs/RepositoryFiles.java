package id.sistemkerja.deploy.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The repository's files as a fresh clone has them (build output and hidden folders left out). */
final class RepositoryFiles {

    private RepositoryFiles() {
    }

    /** The repository root: the nearest folder up from the working directory holding {@code mvnw} and {@code docs}. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("No repository root (mvnw + docs/) above " + Path.of("").toAbsolutePath());
        }
        return dir.normalize();
    }

    /** Files under {@code start} (inside {@code root}) whose path relative to the root matches. */
    static List<Path> files(Path root, Path start, Predicate<String> relativePath) {
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(start) && excluded(dir.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && relativePath.test(slashes(root.relativize(file)))) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(null);
        return found;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String slashes(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    /** Build output and hidden folders (.git, .sikerja data, IDE settings) are not part of a clone's sources. */
    private static boolean excluded(String directoryName) {
        return directoryName.equals("target") || directoryName.startsWith(".");
    }
}
