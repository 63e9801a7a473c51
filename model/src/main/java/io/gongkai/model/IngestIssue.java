package io.gongkai.model;

/**
 * Something a reader could not read or had to guess, recorded instead of failing.
 *
 * @param where the place in the source
 * @param message what went wrong, in Chinese and English
 */
public record IngestIssue(SourceRef where, String message) {
}
