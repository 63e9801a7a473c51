/**
 * Stage 1 of text ingest: decoding and line repair (bold doubling, look-alike characters, page furniture).
 */
package io.gongkai.ingest.text;
