package org.mmioworkbench.core.svd;

import java.io.CharArrayReader;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks the elements of an SVD file with the JDK's StAX parser (DTDs and external entities off,
 * namespaces ignored), remembering where each start tag was seen and turning parser errors into
 * {@link SvdException}s.
 */
final class SvdCursor implements AutoCloseable {
    /**
     * The deepest nesting of elements accepted. A real file nests about ten levels deep (device,
     * peripherals, peripheral, registers, a few clusters, register, fields, field, enumeratedValues,
     * enumeratedValue, value); the parser recurses once per cluster level, so the cap keeps its stack small.
     */
    static final int MAX_DEPTH = 32;

    private final SvdSource source;
    private int depth;
    private final XMLStreamReader xml;
    private int elementLine;
    private int elementColumn;
    private String elementName = "device";

    /**
     * Opens a parser on the source's text.
     *
     * @param source the decoded file
     * @throws SvdException if the parser cannot start (a malformed XML declaration)
     */
    SvdCursor(SvdSource source) throws SvdException {
        this.source = source;
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException e) {
            // a factory without the property has no way to fetch DTDs either
        }
        try {
            xml = factory.createXMLStreamReader(new CharArrayReader(source.chars()));
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /**
     * Moves to the root element.
     *
     * @throws SvdException if the file is not well-formed XML
     */
    void toRoot() throws SvdException {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw source.errorAt(1, 1, "no root element");
            }
        }
    }

    /**
     * Moves to the next child of the current element; the previous child must have been consumed.
     *
     * @return true at a child's start tag, false at the current element's end tag
     * @throws SvdException if the file is not well-formed XML
     */
    boolean nextChild() throws SvdException {
        while (true) {
            switch (next()) {
                case XMLStreamConstants.START_ELEMENT:
                    return true;
                case XMLStreamConstants.END_ELEMENT:
                    return false;
                case XMLStreamConstants.END_DOCUMENT:
                    throw source.error(position(), "unexpected end of file");
                default:
                    break;
            }
        }
    }

    /**
     * Returns the name of the element whose start tag was seen last.
     *
     * @return e.g. {@code register}
     */
    String name() {
        return elementName;
    }

    /**
     * Returns where the start tag seen last is.
     *
     * @return its position
     */
    SvdPosition position() {
        return new SvdPosition(elementLine, elementColumn);
    }

    /**
     * Reads an attribute of the element at hand.
     *
     * @param name the attribute's name
     * @return its value without surrounding white space, or null if absent or empty
     */
    String attribute(String name) {
        String value = xml.getAttributeValue(null, name);
        if (value == null) {
            return null;
        }
        value = value.trim();
        return value.isEmpty() ? null : value;
    }

    /**
     * Reads the text of the element at hand up to its end tag.
     *
     * @return the text, untrimmed
     * @throws SvdException if the element holds elements, or the XML is malformed
     */
    String text() throws SvdException {
        String name = elementName;
        SvdPosition where = position();
        String first = null;
        StringBuilder more = null;
        while (true) {
            switch (next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                        XMLStreamConstants.ENTITY_REFERENCE -> {
                    String chunk = xml.getText();
                    if (first == null) {
                        first = chunk;
                    } else {
                        if (more == null) {
                            more = new StringBuilder(first);
                        }
                        more.append(chunk);
                    }
                }
                case XMLStreamConstants.START_ELEMENT ->
                    throw source.error(where, "<" + name + "> must hold text, not <" + elementName + ">");
                case XMLStreamConstants.END_ELEMENT -> {
                    return more != null ? more.toString() : first != null ? first : "";
                }
                case XMLStreamConstants.END_DOCUMENT -> throw source.error(where, "unexpected end of file");
                default -> {
                    // comments and processing instructions are not text
                }
            }
        }
    }

    /**
     * Skips the element at hand and everything in it.
     *
     * @throws SvdException if the XML is malformed
     */
    void skip() throws SvdException {
        int depth = 1;
        while (depth > 0) {
            switch (next()) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.END_DOCUMENT -> throw source.error(position(), "unexpected end of file");
                default -> {
                    // text, comments
                }
            }
        }
    }

    /** Releases the parser. */
    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // nothing is held open: the input is an in-memory array
        }
    }

    private int next() throws SvdException {
        try {
            Location end = xml.getLocation();
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                elementLine = end.getLineNumber();
                elementColumn = end.getColumnNumber();
                elementName = xml.getLocalName();
                if (++depth > MAX_DEPTH) {
                    throw source.error(position(), "<" + elementName + "> is nested more than " + MAX_DEPTH
                            + " elements deep");
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
            return event;
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    private SvdException malformed(XMLStreamException e) {
        Location at = e.getLocation();
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int cut = message.indexOf("Message: ");
        if (cut >= 0) {
            message = message.substring(cut + "Message: ".length());
        }
        int line = at != null ? at.getLineNumber() : elementLine;
        int column = at != null ? at.getColumnNumber() : elementColumn;
        return source.errorAt(line, column, "malformed XML: " + message.strip());
    }
}
