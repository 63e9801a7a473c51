/**
 * Stage 2 of text ingest: cutting a document into its parts by headings and table titles.
 */
package io.gongkai.ingest.layout;
