/**
 * Readers of published disclosures. The front door is {@link io.gongkai.ingest.Reports#read(java.nio.file.Path)}; stages live in the sub-packages text (lines), layout (parts), table, narrative and goals.
 */
package io.gongkai.ingest;
