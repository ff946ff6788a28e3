package org.jeli.export;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jeli.ingest.ItemDetails;

/**
 * A PREMIS 3.0 record for one item: the file object with its SHA-256 and SHA-512 fixity, size and
 * format; one event per custody entry (identified by log origin and index, so that each can be
 * checked against the log); and the agents (Jeli itself and the log's actors, by reference only —
 * no names).
 */
final class PremisRecord {
    static final String NS = "http://www.loc.gov/premis/v3";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final Map<String, String> EVENT_TYPES = Map.of(
            "item.submitted", "ingestion",
            "metadata.extracted", "metadata extraction",
            "item.viewed", "access",
            "item.downloaded", "dissemination",
            "item.exported", "dissemination",
            "item.verified", "fixity check",
            "claims.edited", "metadata modification",
            "access.denied", "access denied");

    private PremisRecord() {}

    static byte[] xml(ItemDetails item, String payloadPath, String origin, List<ExportedPackage.Event> events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("premis");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute("version", "3.0");
            object(w, item, payloadPath, origin, events);
            for (ExportedPackage.Event e : events) {
                event(w, item, origin, e);
            }
            Set<String> actors = new LinkedHashSet<>();
            actors.add("software:jeli");
            events.forEach(e -> actors.add(e.actor()));
            for (String actor : actors) {
                agent(w, actor);
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the PREMIS record could not be written", e);
        }
        return out.toByteArray();
    }

    private static void object(
            XMLStreamWriter w, ItemDetails item, String payloadPath, String origin, List<ExportedPackage.Event> events)
            throws XMLStreamException {
        w.writeStartElement("object");
        w.writeAttribute(XSI, "type", "file");
        identifier(w, "objectIdentifier", "jeli-item", item.id().toString());
        w.writeStartElement("objectCharacteristics");
        text(w, "compositionLevel", "0");
        fixity(w, "SHA-256", item.sha256());
        fixity(w, "SHA-512", item.sha512());
        text(w, "size", Long.toString(item.size()));
        w.writeStartElement("format");
        w.writeStartElement("formatDesignation");
        text(w, "formatName", item.mediaType() == null ? "application/octet-stream" : item.mediaType());
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        text(w, "originalName", payloadPath);
        for (ExportedPackage.Event e : events) {
            identifier(w, "linkingEventIdentifier", "jeli-log-entry", origin + "#" + e.index());
        }
        w.writeEndElement();
    }

    private static void fixity(XMLStreamWriter w, String algorithm, String hex) throws XMLStreamException {
        w.writeStartElement("fixity");
        text(w, "messageDigestAlgorithm", algorithm);
        text(w, "messageDigest", hex);
        text(w, "messageDigestOriginator", "Jeli");
        w.writeEndElement();
    }

    private static void event(XMLStreamWriter w, ItemDetails item, String origin, ExportedPackage.Event e)
            throws XMLStreamException {
        w.writeStartElement("event");
        identifier(w, "eventIdentifier", "jeli-log-entry", origin + "#" + e.index());
        text(w, "eventType", EVENT_TYPES.getOrDefault(e.kind(), e.kind()));
        text(w, "eventDateTime", e.time());
        w.writeStartElement("eventDetailInformation");
        text(w, "eventDetail", "Jeli log entry " + e.index() + " of kind " + e.kind() + ", leaf hash " + e.leafHash());
        w.writeEndElement();
        w.writeStartElement("linkingAgentIdentifier");
        text(w, "linkingAgentIdentifierType", "jeli-actor");
        text(w, "linkingAgentIdentifierValue", e.actor());
        w.writeEndElement();
        w.writeStartElement("linkingAgentIdentifier");
        text(w, "linkingAgentIdentifierType", "jeli-actor");
        text(w, "linkingAgentIdentifierValue", "software:jeli");
        text(w, "linkingAgentRole", "recorder");
        w.writeEndElement();
        w.writeStartElement("linkingObjectIdentifier");
        text(w, "linkingObjectIdentifierType", "jeli-item");
        text(w, "linkingObjectIdentifierValue", item.id().toString());
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void agent(XMLStreamWriter w, String actor) throws XMLStreamException {
        w.writeStartElement("agent");
        identifier(w, "agentIdentifier", "jeli-actor", actor);
        if (actor.equals("software:jeli")) {
            text(w, "agentName", "Jeli");
            text(w, "agentType", "software");
        } else if (actor.startsWith("user:")) {
            text(w, "agentType", "person");
        } else {
            text(w, "agentType", "software");
        }
        w.writeEndElement();
    }

    private static void identifier(XMLStreamWriter w, String element, String type, String value)
            throws XMLStreamException {
        String prefix = element.substring(0, element.length() - "Identifier".length()) + "Identifier";
        w.writeStartElement(element);
        text(w, prefix + "Type", type);
        text(w, prefix + "Value", value);
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, String element, String value) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
