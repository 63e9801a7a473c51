/**
 * Stage 3 for tables: header-learned column layouts and parsers by table family; numbers placed by row arithmetic.
 */
package io.gongkai.ingest.table;
