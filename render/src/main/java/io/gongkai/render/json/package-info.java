/**
 * The canonical JSON of a report (docs/json-format.md).
 */
package io.gongkai.render.json;
