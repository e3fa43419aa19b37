package id.sistemkerja.regulation.profile;

import java.util.Objects;

/** One version of a regulation profile, e.g. {@code bandung-2023} version 1 (written {@code bandung-2023@1}). */
public record ProfileRef(String id, int version) {

    public ProfileRef {
        Objects.requireNonNull(id, "id");
        if (version < 1) {
            throw new IllegalArgumentException("A profile version is a positive number, not " + version);
        }
    }

    @Override
    public String toString() {
        return id + "@" + version;
    }
}
