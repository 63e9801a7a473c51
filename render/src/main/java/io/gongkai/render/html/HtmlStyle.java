package io.gongkai.render.html;

/**
 * The style sheet of a rendered report, for screen and print (CSS paged media as openhtmltopdf reads it): A4
 * landscape throughout (openhtmltopdf lays every page out at the first page's width, so tables cannot have
 * landscape pages of their own), text parts in a 200 mm column, a page break before every part and every table,
 * header rows repeated on each page, amounts right-aligned and never wrapped so that each table row stays one
 * printed line.
 */
final class HtmlStyle {

    static final String CSS = """
            @page { size: A4 landscape; margin: 12mm 14mm 14mm 14mm;
              @bottom-center { content: "- " counter(page) " -"; font-size: 9pt;
                font-family: "gongkai-cjk", "WenQuanYi Micro Hei", sans-serif; } }
            body { font-family: "gongkai-cjk", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC",
              "Noto Sans CJK SC", sans-serif; font-size: 11pt; line-height: 1.6; color: #000; margin: 0; }
            h1 { font-size: 26pt; text-align: center; margin: 0 0 14mm 0; letter-spacing: 2pt; }
            h2 { font-size: 16pt; text-align: center; margin: 0 0 12pt 0; }
            h3 { font-size: 12.5pt; margin: 12pt 0 6pt 0; }
            p { margin: 0 0 6pt 0; text-indent: 2em; text-align: justify; }
            .cover { text-align: center; padding-top: 12mm; }
            .cover-unit { font-size: 20pt; text-indent: 0; text-align: center; margin-bottom: 12pt; }
            .contents { text-align: left; margin: 0 auto; width: 150mm; }
            .contents h2 { font-size: 15pt; }
            .contents ol { list-style: none; padding: 0; margin: 0; font-size: 10.5pt; line-height: 1.45; }
            .part { page-break-before: always; }
            .cover, #overview, #narrative, #glossary { max-width: 200mm; margin-left: auto; margin-right: auto; }
            .table-block { page-break-before: always; }
            .tables h2 + .table-block { page-break-before: avoid; }
            .table-label { text-align: right; text-indent: 0; font-size: 9pt; margin: 0; }
            .table-title { text-align: center; font-size: 14pt; margin: 2pt 0 4pt 0; }
            table.meta { width: 100%; border-collapse: collapse; font-size: 9.5pt; margin-bottom: 2pt; }
            table.meta td { border: none; padding: 0; }
            table.meta td.right { text-align: right; }
            table.grid { width: 100%; border-collapse: collapse; font-size: 8.5pt; line-height: 1.25;
              -fs-table-paginate: paginate; }
            table.grid th, table.grid td { border: 0.6pt solid #000; padding: 1pt 4pt; vertical-align: middle; }
            table.grid th { font-weight: bold; text-align: center; background: #f2f2f2; white-space: nowrap; }
            table.goal th, table.indicators th { white-space: normal; }
            table.grid thead { display: table-header-group; }
            table.grid tr { page-break-inside: avoid; }
            table.grid td.amount { text-align: right; white-space: nowrap; width: 1%; }
            table.grid td.code { white-space: nowrap; width: 1%; }
            table.grid td.line-number { text-align: center; white-space: nowrap; width: 1%; }
            table.grid td.name { white-space: nowrap; }
            table.grid td.indent-1 { padding-left: 1.5em; }
            table.grid td.indent-2 { padding-left: 3em; }
            table.grid td.indent-3 { padding-left: 4.5em; }
            table.grid tr.em td { font-weight: bold; }
            table.grid td.note { text-align: left; }
            table.goal, table.indicators { table-layout: fixed; }
            table.goal td.amount { width: auto; }
            table.goal td.label { font-weight: bold; text-align: center; }
            table.goal td { white-space: normal; }
            table.indicators td { white-space: normal; }
            table.goal td, table.indicators td { vertical-align: top; }
            .goal-block { page-break-before: always; }
            .goals h2 + .goal-block { page-break-before: avoid; }
            .caption { text-indent: 0; font-weight: bold; margin: 8pt 0 2pt 0; }
            .chart-block { text-align: center; margin: 8pt 0 12pt 0; page-break-inside: avoid; }
            div.chart { width: 640px; height: 360px; margin: 0 auto; }
            object.chart { width: 160mm; height: 90mm; display: block; margin: 0 auto; }
            .chart-empty { text-indent: 0; text-align: center; color: #555; }
            .term { text-indent: 2em; }
            @media screen {
              body { background: #e9e9e9; }
              .cover, .part { background: #fff; max-width: 1120px; margin: 16px auto; padding: 24px 40px;
                box-shadow: 0 1px 4px rgba(0, 0, 0, 0.2); }
              .table-block, .goal-block { margin-top: 28px; }
            }
            """;

    private HtmlStyle() {
    }
}
