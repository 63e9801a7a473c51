/**
 * A readable text outline of a report.
 */
package io.gongkai.render.text;
