package io.gongkai.store;

import java.util.Objects;
import java.util.Set;

/**
 * A file to import.
 *
 * @param fileName the file's name as uploaded (for provenance and the reader's choice of format)
 * @param content the file's bytes
 * @param region the region to file the unit under, or null to guess it from the unit's name
 * @param user who imports it (audit log)
 * @param editableUnits the ids of the existing units the user may change, or null for any (administrators); a
 *     unit not stored yet may always be created, and is then granted to the user
 */
public record ImportRequest(String fileName, byte[] content, String region, String user,
                            Set<Long> editableUnits) {

    public ImportRequest {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        user = user == null || user.isBlank() ? "system" : user;
        region = region == null || region.isBlank() ? null : region.strip();
        editableUnits = editableUnits == null ? null : Set.copyOf(editableUnits);
    }

    public static ImportRequest of(String fileName, byte[] content, String user) {
        return new ImportRequest(fileName, content, null, user, null);
    }
}
