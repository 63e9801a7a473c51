/**
 * The disclosure as a Word document (Apache POI XWPF): the whole report with real Word tables (merged header
 * cells by gridSpan and vMerge) and the charts as images drawn on the server.
 */
package io.gongkai.render.docx;
