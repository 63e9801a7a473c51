/**
 * The CJK TrueType font that PDF, chart and Word output embed: found on the system (known paths, then
 * fontconfig), never bundled.
 */
package io.gongkai.render.font;
