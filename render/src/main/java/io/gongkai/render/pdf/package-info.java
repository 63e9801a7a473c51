/**
 * PDF of a disclosure: the HTML layout rendered by openhtmltopdf on PDFBox 3, with a CJK TrueType font from the
 * system embedded as a subset (text stays extractable) and the charts as server-drawn images.
 */
package io.gongkai.render.pdf;
