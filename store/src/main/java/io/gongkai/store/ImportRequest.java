package io.gongkai.store;

import java.util.Objects;

/**
 * A file to import.
 *
 * @param fileName the file's name as uploaded (for provenance and the reader's choice of format)
 * @param content the file's bytes
 * @param region the region to file the unit under, or null to guess it from the unit's name
 * @param user who imports it (audit log)
 */
public record ImportRequest(String fileName, byte[] content, String region, String user) {

    public ImportRequest {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        user = user == null || user.isBlank() ? "system" : user;
        region = region == null || region.isBlank() ? null : region.strip();
    }

    public static ImportRequest of(String fileName, byte[] content, String user) {
        return new ImportRequest(fileName, content, null, user);
    }
}
