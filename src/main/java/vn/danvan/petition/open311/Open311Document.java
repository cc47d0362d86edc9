package vn.danvan.petition.open311;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.json.JsonMapper;

/**
 * A GeoReport v2 answer written as JSON or XML. The body is built of ordered maps (an object, an
 * XML element with children), {@link Many} (a JSON array, an XML element per item) and plain
 * values, so that one structure gives both formats as the specification shows them.
 */
record Open311Document(String root, Object body) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    /** The format named by the path suffix: {@code services.json}, {@code services.xml}. */
    enum Format {
        JSON(new MediaType("application", "json", StandardCharsets.UTF_8)),
        XML(new MediaType("text", "xml", StandardCharsets.UTF_8));

        final MediaType mediaType;

        Format(MediaType mediaType) {
            this.mediaType = mediaType;
        }

        static Optional<Format> of(String suffix) {
            return switch (suffix) {
                case "json" -> Optional.of(JSON);
                case "xml" -> Optional.of(XML);
                default -> Optional.empty();
            };
        }
    }

    /** A list whose XML items are elements called {@code item}. */
    record Many(String item, List<?> values) {
    }

    /** An ordered object (XML element) from alternating names and values; values may be null. */
    static Map<String, Object> fields(Object... namesAndValues) {
        var fields = new LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    ResponseEntity<byte[]> answer(HttpStatus status, Format format) {
        byte[] bytes = format == Format.JSON ? JSON.writeValueAsBytes(plain(body)) : xml();
        return ResponseEntity.status(status).contentType(format.mediaType).body(bytes);
    }

    /** The body with every {@link Many} turned into a plain list, as Jackson writes it. */
    private static Object plain(Object value) {
        if (value instanceof Many many) {
            return many.values().stream().map(Open311Document::plain).toList();
        }
        if (value instanceof Map<?, ?> map) {
            var copy = new LinkedHashMap<String, Object>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return copy;
        }
        return value;
    }

    private byte[] xml() {
        var out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            w.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            element(w, root, body);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter w, String name, Object value) throws XMLStreamException {
        if (value == null) {
            w.writeEmptyElement(name);
            return;
        }
        w.writeStartElement(name);
        if (value instanceof Many many) {
            for (Object item : many.values()) {
                element(w, many.item(), item);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (var e : map.entrySet()) {
                element(w, String.valueOf(e.getKey()), e.getValue());
            }
        } else {
            w.writeCharacters(String.valueOf(value));
        }
        w.writeEndElement();
    }
}
