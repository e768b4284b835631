package org.homeward.exchange.internal;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.homeward.exchange.FileProblem;
import org.homeward.exchange.FileProblemException;
import org.homeward.exchange.ProblemCode;

/**
 * Streaming XML for the parts of a workbook, with DTDs and external entities off; a part that declares a DTD is
 * refused outright (OOXML never needs one, and entity expansion is the "billion laughs" attack).
 */
final class SafeXml {

    private static final XMLInputFactory FACTORY = factory();

    private SafeXml() {}

    private static XMLInputFactory factory() {
        // The JDK's own parser, whatever else is on the classpath.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    static XMLStreamReader open(InputStream in, String part) {
        try {
            return FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw malformed(part, e);
        }
    }

    /** The next event, refusing DTDs and entity references. */
    static int next(XMLStreamReader xml, String part) {
        try {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw Problems.of(FileProblem.of(
                                ProblemCode.MALFORMED_WORKBOOK,
                                "a DTD or entity declaration, which is refused, in workbook part")
                        .withValue(part)
                        .expecting("an Office Open XML workbook as Excel or LibreOffice writes it"));
            }
            return event;
        } catch (XMLStreamException e) {
            throw malformed(part, e);
        }
    }

    static FileProblemException malformed(String part, Exception e) {
        var problem = Problems.translate(e);
        if (problem != null) {
            return problem;
        }
        return new FileProblemException(
                FileProblem.of(ProblemCode.MALFORMED_WORKBOOK, "XML that is not well-formed in workbook part")
                        .withValue(part)
                        .expecting("an Office Open XML workbook as Excel or LibreOffice writes it"));
    }

    static void close(XMLStreamReader xml) {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // reading only
        }
    }

    /** An attribute by local name, whatever its namespace prefix. */
    static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }
}
