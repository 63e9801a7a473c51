package io.gongkai.server.publishing;

import io.gongkai.server.web.BadRequestException;
import io.gongkai.store.Publishing;
import io.gongkai.store.ReportSearch;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * 公开门户: every unit of a region with its published disclosure for a year and kind, the units that have not
 * published, those that published late (more than 20 days after 批复), and an Atom feed of new publications.
 */
@Controller
class PortalController {

    private final Publishing publishing;
    private final ReportSearch search;

    PortalController(Publishing publishing, ReportSearch search) {
        this.publishing = publishing;
        this.search = search;
    }

    @GetMapping("/portal")
    String portal(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
                  @RequestParam(defaultValue = "BUDGET") String kind, Model model) {
        if (!"BUDGET".equals(kind) && !"FINAL_ACCOUNTS".equals(kind)) {
            throw new BadRequestException("未知的报告类型 / unknown kind: " + kind);
        }
        List<String> regions = List.copyOf(search.regions().keySet());
        List<Integer> years = search.years();
        String chosenRegion = region != null && !region.isBlank() ? region : regions.isEmpty() ? null
                : regions.get(0);
        Integer chosenYear = year != null ? year : years.isEmpty() ? null : years.get(0);
        model.addAttribute("regions", regions);
        model.addAttribute("years", years);
        model.addAttribute("region", chosenRegion);
        model.addAttribute("year", chosenYear);
        model.addAttribute("kind", kind);
        model.addAttribute("days", Publishing.DAYS_TO_PUBLISH);
        if (chosenRegion != null && chosenYear != null) {
            List<Publishing.PortalLine> lines = publishing.portal(chosenRegion, chosenYear, kind);
            model.addAttribute("lines", lines);
            model.addAttribute("unpublished", lines.stream().filter(l -> l.publication() == null).count());
            model.addAttribute("late", lines.stream().filter(l -> l.publication() != null
                    && l.publication().late()).count());
        }
        return "portal";
    }

    @GetMapping(value = "/portal/feed.atom")
    ResponseEntity<String> feed() throws XMLStreamException {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        List<Publishing.Publication> publications = publishing.latestPublications(50);
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        element(xml, "title", "预决算公开 · 新公开的报告");
        element(xml, "id", base + "/portal/feed.atom");
        String updated = publications.isEmpty() ? "1970-01-01T00:00:00Z"
                : publications.get(0).report().publishedOn().atStartOfDay().atOffset(ZoneOffset.UTC)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        element(xml, "updated", updated);
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", "self");
        xml.writeAttribute("href", base + "/portal/feed.atom");
        for (Publishing.Publication p : publications) {
            var r = p.report();
            xml.writeStartElement("entry");
            element(xml, "title", r.unit().name() + " " + r.year() + "年" + r.kindLabel() + "（第" + r.version()
                    + "版）");
            element(xml, "id", base + "/reports/" + r.id());
            element(xml, "updated", r.publishedOn().atStartOfDay().atOffset(ZoneOffset.UTC)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            xml.writeEmptyElement("link");
            xml.writeAttribute("href", base + "/reports/" + r.id());
            xml.writeStartElement("author");
            element(xml, "name", r.unit().name());
            xml.writeEndElement();
            element(xml, "summary", r.unit().region() + "；批复日期 " + r.approvedOn() + "，公开日期 " + r.publishedOn()
                    + (p.late() ? "（超过" + Publishing.DAYS_TO_PUBLISH + "日）" : "")
                    + (p.correctionReason() == null ? "" : "；更正：" + p.correctionReason()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(out.toString());
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
