package org.mmioworkbench.debug;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.OptionalLong;

import org.mmioworkbench.core.FieldChange;
import org.mmioworkbench.core.TraceEvent;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

/**
 * Writes trace events as JSON Lines, the trace file format {@code mmio-sim run --trace} and the IDE's launches write:
 * one object per event and line, in order, UTF-8, with the members
 * <ul>
 * <li>{@code seq} (number), {@code time_ns} (simulated nanoseconds since boot), {@code process} (the
 * process, {@code kernel}, {@code simulator}, or for an interrupt the device), {@code line} (the line of the driver's
 * statement that caused it, or {@code null} for the kernel's boot claims and the runner's own clock advances),
 * {@code operation}, {@code arguments} and {@code result} (as C would show them);</li>
 * <li>{@code rc} (the return code's name, e.g. {@code rcOk}, or {@code null}), {@code fault} (the fault
 * cause, e.g. {@code UNMAPPED}, or {@code null});</li>
 * <li>{@code physical} (the physical address as a {@code 0x} hexadecimal string, or {@code null}),
 * {@code device} (the device name or {@code null}), {@code register} (e.g. {@code UART0.UARTCR}, several
 * separated by {@code ", "} for an access wider than a register, or {@code null});</li>
 * <li>{@code changed}: the fields the access changed, each {@code {"field":"UARTEN","old":0,"new":1,
 * "name":null}} where {@code name} is the new value's enumerated name if the description gives one;</li>
 * <li>for driver code in C, also {@code file} and {@code function}: where the statement that caused it is.</li>
 * </ul>
 * Strings are escaped as RFC 8259 requires (quote, backslash, every control character), and also DEL, U+2028 and
 * U+2029 (which some JavaScript readers take for line ends) and unpaired surrogates, as lower-case {@code \}{@code u}
 * escapes: the file is always valid UTF-8 and a strict parser reads every string back unchanged. Paired surrogates
 * are written as the one 4-byte UTF-8 character they form. Jackson's streaming generator writes it all.
 */
public final class TraceJson implements Closeable, Flushable {
    /** Jackson's generator set up for the trace format; see the class documentation. */
    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .characterEscapes(new TraceEscapes())
            .rootValueSeparator((String) null)
            .build();

    private final JsonGenerator g;

    /**
     * Starts a trace on a stream (which the writer closes).
     *
     * @param out where the UTF-8 lines go; the writer buffers, so a plain file stream is enough
     * @throws IOException if the generator cannot be created
     */
    public TraceJson(OutputStream out) throws IOException {
        g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    }

    /**
     * Writes one event as a line.
     *
     * @param e the event
     * @param line the line of the statement that caused it, or 0 if none
     * @param file the statement's source file, or null (a script's trace names no file)
     * @param function the statement's function, or null
     * @throws IOException if writing fails
     */
    public void write(TraceEvent e, int line, String file, String function) throws IOException {
        OptionalLong physical = e.physicalAddress();
        g.writeStartObject();
        g.writeNumberField("seq", e.seq());
        g.writeNumberField("time_ns", e.timeNanos());
        g.writeStringField("process", e.actor());
        g.writeFieldName("line");
        if (line > 0) {
            g.writeNumber(line);
        } else {
            g.writeNull();
        }
        g.writeStringField("operation", e.operation());
        g.writeStringField("arguments", e.arguments());
        g.writeStringField("result", e.result());
        g.writeStringField("rc", e.rc() == null ? null : e.rc().name());
        g.writeStringField("fault", e.fault() == null ? null : e.fault().name());
        g.writeStringField("physical", physical.isPresent() ? hex(physical.getAsLong()) : null);
        g.writeStringField("device", e.device().isEmpty() ? null : e.device());
        g.writeStringField("register", e.register().isEmpty() ? null : e.register());
        g.writeArrayFieldStart("changed");
        for (FieldChange c : e.changedFields()) {
            g.writeStartObject();
            g.writeStringField("field", c.field());
            g.writeNumberField("old", c.oldValue());
            g.writeNumberField("new", c.newValue());
            g.writeStringField("name", c.valueName().isEmpty() ? null : c.valueName());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (file != null) {
            g.writeStringField("file", file);
            g.writeStringField("function", function);
        }
        g.writeEndObject();
        g.writeRaw('\n');
    }

    private static String hex(long address) {
        return String.format(Locale.ROOT, "0x%08x", address);
    }

    @Override
    public void flush() throws IOException {
        g.flush();
    }

    /** Writes what is buffered and closes the stream. */
    @Override
    public void close() throws IOException {
        g.close();
    }

    /** JSON's escapes plus DEL, U+2028 and U+2029. */
    private static final class TraceEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
        private final int[] ascii = standardAsciiEscapesForJSON();

        TraceEscapes() {
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case 0x2028 -> LINE_SEPARATOR;
                case 0x2029 -> PARAGRAPH_SEPARATOR;
                default -> null;
            };
        }
    }
}
