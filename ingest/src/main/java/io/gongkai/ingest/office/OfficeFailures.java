package io.gongkai.ingest.office;

import io.gongkai.ingest.UnreadableInputException;

/** The bilingual refusals of the Office readers. */
final class OfficeFailures {

    private OfficeFailures() {
    }

    static UnreadableInputException damaged(String kind, String fileName, Throwable cause) {
        return new UnreadableInputException(kind + " 文件已损坏、不完整或已加密，无法读取：" + fileName,
                "the " + kind + " file is damaged, incomplete or encrypted and cannot be read: " + fileName, cause);
    }
}
