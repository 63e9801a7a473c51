/**
 * The printed layout of the standard tables, shared by every visual writer (HTML, PDF, XLSX, DOCX): the header as
 * a tree of column groups (merged cells), the body as a grid of rows with code, name and amount cells, two-sided
 * tables side by side. Layouts follow the table type (the Shanxi 部门预算 template), with a generic layout for any
 * other table type, so new table types render without code here.
 */
package io.gongkai.render.layout;
