package org.mmioworkbench.core.state;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

/**
 * The JSON form of a register state file, read and written with Jackson's streaming API (see the package
 * documentation for the format).
 */
final class RegisterStateJson {
    /** The value of the {@code format} member, which tells a register state from other JSON. */
    static final String FORMAT = "mmio-workbench register state";
    /** The format's version; a file of a later version is refused with a clear message. */
    static final int VERSION = 1;
    private static final Pattern START_MARKER = Pattern.compile(
            "\\s*\\(start marker at \\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]\\)");
    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private RegisterStateJson() {
    }

    static void write(RegisterState state, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new OneRegisterALine());
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            if (!state.board().isEmpty()) {
                g.writeStringField("board", state.board());
            }
            g.writeArrayFieldStart("registers");
            for (RegisterState.Value v : state.registers()) {
                g.writeStartObject();
                g.writeStringField("device", v.device());
                g.writeStringField("register", v.register());
                g.writeStringField("address", hex(v.address(), 8));
                g.writeNumberField("bits", v.bits());
                g.writeStringField("value", hex(v.value(), v.bits() / 4));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static String hex(long v, int digits) {
        return "0x" + String.format(Locale.ROOT, "%0" + digits + "X", v);
    }

    static RegisterState parse(String text, String file) throws RegisterStateException {
        try (JsonParser p = FACTORY.createParser(text)) {
            return new RegisterStateJson.Reader(p, file).state();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new RegisterStateException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "not valid JSON: " + reason(e));
        } catch (IOException e) {
            throw new RegisterStateException(file, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    /** Jackson's message without its notes for programmers: the source it names is the file already named. */
    private static String reason(JsonProcessingException e) {
        String first = e.getOriginalMessage().lines().findFirst().orElse("");
        return START_MARKER.matcher(first).replaceAll(" (opened at line $1, column $2)");
    }

    /** Reads one state, member by member, with every problem at its place in the file. */
    private static final class Reader {
        private final JsonParser p;
        private final String file;

        Reader(JsonParser p, String file) {
            this.p = p;
            this.file = file;
        }

        private RegisterStateException problem(String reason) {
            JsonLocation at = p.currentTokenLocation();
            return new RegisterStateException(file, at.getLineNr(), at.getColumnNr(), reason);
        }

        RegisterState state() throws IOException, RegisterStateException {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw problem("a register state in JSON is an object");
            }
            String board = "";
            String format = null;
            List<RegisterState.Value> registers = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "format" -> {
                        format = string(name);
                        if (!format.equals(FORMAT)) {
                            throw problem("format must be \"" + FORMAT + "\", not \"" + format + "\"");
                        }
                    }
                    case "version" -> {
                        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getLongValue() != VERSION) {
                            throw problem("version " + p.getText() + " is not known: this reader knows version "
                                    + VERSION);
                        }
                    }
                    case "board" -> board = string(name);
                    case "registers" -> registers = registers();
                    default -> throw problem("unknown member \"" + name + "\" (the members are format, version, "
                            + "board and registers)");
                }
            }
            if (p.nextToken() != null) {
                throw problem("text after the register state's object");
            }
            if (format == null) {
                throw new RegisterStateException(file, 1, 1, "no member \"format\": \"" + FORMAT
                        + "\": not a register state file");
            }
            if (registers == null) {
                throw new RegisterStateException(file, 1, 1, "no member \"registers\"");
            }
            return new RegisterState(board, registers);
        }

        private List<RegisterState.Value> registers() throws IOException, RegisterStateException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw problem("registers must be an array");
            }
            List<RegisterState.Value> out = new ArrayList<>();
            Map<String, Integer> seen = new LinkedHashMap<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                int line = p.currentTokenLocation().getLineNr();
                RegisterState.Value v = register();
                Integer before = seen.put(v.qualifiedName(), line);
                if (before != null) {
                    throw new RegisterStateException(file, line, 1, v.qualifiedName() + " is already on line "
                            + before);
                }
                out.add(v);
            }
            return out;
        }

        private RegisterState.Value register() throws IOException, RegisterStateException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw problem("each register is an object {\"device\", \"register\", \"address\", \"bits\", "
                        + "\"value\"}");
            }
            JsonLocation start = p.currentTokenLocation();
            String device = null;
            String register = null;
            Long address = null;
            Integer bits = null;
            Long value = null;
            JsonLocation valueAt = null;
            String valueText = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "device" -> {
                        device = string(name);
                        if (!RegisterState.DEVICE.matcher(device).matches()) {
                            throw problem("invalid device name '" + device + "'");
                        }
                    }
                    case "register" -> {
                        register = string(name);
                        if (!RegisterState.REGISTER.matcher(register).matches()) {
                            throw problem("invalid register name '" + register + "'");
                        }
                    }
                    case "address" -> address = number(name);
                    case "bits" -> {
                        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || !List.of(8L, 16L, 32L).contains(
                                p.getLongValue())) {
                            throw problem("bits must be 8, 16 or 32, not " + p.getText());
                        }
                        bits = p.getIntValue();
                    }
                    case "value" -> {
                        valueAt = p.currentTokenLocation();
                        valueText = p.getText();
                        value = number(name);
                    }
                    default -> throw problem("unknown member \"" + name + "\" of a register (the members are "
                            + "device, register, address, bits and value)");
                }
            }
            for (var m : new Object[][] {{"device", device}, {"register", register}, {"address", address},
                {"bits", bits}, {"value", value}}) {
                if (m[1] == null) {
                    throw new RegisterStateException(file, start.getLineNr(), start.getColumnNr(),
                            "the register has no \"" + m[0] + "\"");
                }
            }
            if ((value & ~RegisterState.mask(bits)) != 0) {
                throw new RegisterStateException(file, valueAt.getLineNr(), valueAt.getColumnNr(), "value "
                        + valueText + " does not fit in " + bits + " bits");
            }
            return new RegisterState.Value(device, register, address, bits, value);
        }

        private String string(String member) throws IOException, RegisterStateException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw problem(member + " must be a string, not " + p.getText());
            }
            return p.getText();
        }

        /** A {@code 0x} hexadecimal string, as the writer writes, or a non-negative JSON integer. */
        private long number(String member) throws IOException, RegisterStateException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                    && p.getLongValue() >= 0) {
                return p.getLongValue();
            }
            String t = p.getText();
            if (p.currentToken() != JsonToken.VALUE_STRING || !RegisterState.HEX.matcher(t).matches()) {
                throw problem(member + " must be hexadecimal with 0x (a string, \"0x1F\") or a non-negative "
                        + "integer, not " + (p.currentToken() == JsonToken.VALUE_STRING ? "\"" + t + "\"" : t));
            }
            return Long.parseUnsignedLong(t.substring(2), 16);
        }
    }

    /**
     * Jackson's layout for a state file: the object's members on lines of their own, and each register on one line,
     * so that two files compare line by line with any diff tool.
     */
    private static final class OneRegisterALine extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;
        private int depth;

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            g.writeRaw('{');
            depth++;
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            if (depth == 1) {
                g.writeRaw("\n  ");
            }
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(depth == 1 ? ",\n  " : ", ");
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            g.writeRaw(depth == 1 && entries > 0 ? "\n}" : "}");
            depth--;
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            g.writeRaw('[');
            depth++;
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            g.writeRaw("\n    ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(",\n    ");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            g.writeRaw(values > 0 ? "\n  ]" : "]");
            depth--;
        }
    }
}
