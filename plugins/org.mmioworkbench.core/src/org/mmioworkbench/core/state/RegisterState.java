package org.mmioworkbench.core.state;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.mmioworkbench.core.DeviceModel;
import org.mmioworkbench.core.DeviceWindow;
import org.mmioworkbench.core.FieldChange;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.core.devices.Register;
import org.mmioworkbench.core.devices.RegisterFileDevice;

/**
 * The values of a board's readable registers at one moment (see the package documentation for the file format).
 *
 * @param board the board's name, or an empty string when the file names none
 * @param registers the registers, in board order (device by device, by address)
 */
public record RegisterState(String board, List<Value> registers) {
    /** The header line of a state file. */
    public static final String HEADER = "device,register,address,bits,value";
    static final java.util.regex.Pattern DEVICE = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    static final java.util.regex.Pattern REGISTER = java.util.regex.Pattern
            .compile("[A-Za-z_][A-Za-z0-9_\\[\\]%]*(\\.[A-Za-z_][A-Za-z0-9_\\[\\]%]*)*");
    static final java.util.regex.Pattern HEX = java.util.regex.Pattern.compile("0[xX][0-9A-Fa-f]{1,16}");
    /** The largest state file read, 64 MiB (a board of 100,000 registers is about 5 MiB). */
    public static final long MAX_FILE_BYTES = 64L << 20;

    /**
     * One register's value.
     *
     * @param device the device window, e.g. {@code UART0}
     * @param register the register, with its cluster path, e.g. {@code UARTCR} or {@code CH0.CTRL}
     * @param address its physical address
     * @param bits its width: 8, 16 or 32
     * @param value its value
     */
    public record Value(String device, String register, long address, int bits, long value) {
        /**
         * The register's name with its device.
         *
         * @return e.g. {@code UART0.UARTCR}
         */
        public String qualifiedName() {
            return device + "." + register;
        }
    }

    /** The two forms of a state file (see the package documentation). */
    public enum Format {
        /** One register a line, comma-separated, with a header line. */
        CSV,
        /** A JSON object with one register a line. */
        JSON;

        /**
         * The form a file's name asks for.
         *
         * @param file the file
         * @return {@link #JSON} for a name ending in {@code .json} (in any case), else {@link #CSV}
         */
        public static Format of(Path file) {
            Path name = file.getFileName();
            return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : CSV;
        }
    }

    /**
     * Copies the list.
     *
     * @param board the board's name
     * @param registers the registers
     */
    public RegisterState {
        registers = List.copyOf(registers);
    }

    /**
     * Captures the readable registers of some devices, without side effects.
     *
     * @param sim the simulator
     * @param devices the devices to capture, or an empty collection for every device of the board
     * @return the state
     * @throws IllegalArgumentException for a device the board does not have
     */
    public static RegisterState capture(Simulator sim, Collection<String> devices) {
        for (String d : devices) {
            if (sim.board().devices().stream().noneMatch(w -> w.name().equals(d))) {
                throw new IllegalArgumentException("the board " + sim.board().name() + " has no device '" + d + "'");
            }
        }
        List<Value> out = new ArrayList<>();
        for (DeviceWindow w : sim.board().devices()) {
            if (!devices.isEmpty() && !devices.contains(w.name())) {
                continue;
            }
            for (Register r : registers(sim, w.name())) {
                int bits = r.sizeBytes() * 8;
                if (r.readableBits() == 0 || bits > 32) {
                    continue;
                }
                long address = w.base() + r.offset();
                OptionalInt v = sim.peek(address, bits);
                if (v.isPresent()) {
                    out.add(new Value(w.name(), name(r), address, bits, Integer.toUnsignedLong(v.getAsInt())
                            & mask(bits)));
                }
            }
        }
        return new RegisterState(sim.board().name(), out);
    }

    private static List<Register> registers(Simulator sim, String device) {
        Optional<DeviceModel> model = sim.device(device);
        return model.orElse(null) instanceof RegisterFileDevice d ? d.registers().registers() : List.of();
    }

    private static String name(Register r) {
        List<String> path = r.svd().clusterPath();
        return path.isEmpty() ? r.name() : String.join(".", path) + "." + r.name();
    }

    static long mask(int bits) {
        return bits == 64 ? -1L : (1L << bits) - 1;
    }

    /**
     * Writes the state as a CSV state file.
     *
     * @param out where to write
     * @throws IOException if writing fails
     */
    public void write(Writer out) throws IOException {
        write(out, Format.CSV);
    }

    /**
     * Writes the state as a state file of either form.
     *
     * @param out where to write
     * @param format the form
     * @throws IOException if writing fails
     */
    public void write(Writer out, Format format) throws IOException {
        if (format == Format.JSON) {
            RegisterStateJson.write(this, out);
            return;
        }
        out.write("# MMIO Workbench register state" + (board.isEmpty() ? "" : ", board " + board) + "\n");
        out.write(HEADER + "\n");
        for (Value v : registers) {
            out.write(v.device() + "," + v.register() + "," + hex(v.address(), 8) + "," + v.bits() + ","
                    + hex(v.value(), v.bits() / 4) + "\n");
        }
    }

    private static String hex(long v, int digits) {
        return "0x" + String.format(Locale.ROOT, "%0" + digits + "X", v);
    }

    /**
     * Writes the state to a file in the form its name asks for ({@link Format#of}).
     *
     * @param file the file
     * @throws IOException if writing fails
     */
    public void write(Path file) throws IOException {
        write(file, Format.of(file));
    }

    /**
     * Writes the state to a new file; an existing file is replaced only through a temporary file, so a failed
     * write never leaves half a state.
     *
     * @param file the file
     * @param format the form
     * @throws IOException if writing fails
     */
    public void write(Path file, Format format) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(parent, ".regstate", ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                write(w, format);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Reads a state file of either form: JSON when its first character (after white space) is <code>{</code> (or
     * <code>[</code>, to say that a JSON array is not a state), else CSV, whatever its name.
     *
     * @param file the file
     * @return the state
     * @throws RegisterStateException for any problem, at its line and column
     */
    public static RegisterState read(Path file) throws RegisterStateException {
        String shown = file.toString();
        String text;
        try {
            if (!Files.exists(file)) {
                throw new RegisterStateException(shown, 0, 0, "no such file");
            }
            if (!Files.isRegularFile(file)) {
                throw new RegisterStateException(shown, 0, 0, "not a regular file");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new RegisterStateException(shown, 0, 0, "larger than " + (MAX_FILE_BYTES >> 20)
                        + " MiB: not a register state file");
            }
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RegisterStateException(shown, 0, 0, "cannot read: " + e.getMessage());
        }
        return parse(text, shown);
    }

    /**
     * Reads a state file's text, of either form (see {@link #read(Path)}).
     *
     * @param text the text
     * @param file the file's name in messages
     * @return the state
     * @throws RegisterStateException for any problem, at its line and column
     */
    public static RegisterState parse(String text, String file) throws RegisterStateException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String start = body.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            return RegisterStateJson.parse(body, file);
        }
        return parseCsv(text, file);
    }

    private static RegisterState parseCsv(String text, String file) throws RegisterStateException {
        String board = "";
        List<Value> out = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        boolean header = false;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            int n = i + 1;
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                int at = line.indexOf(", board ");
                if (!header && out.isEmpty() && at >= 0 && board.isEmpty()) {
                    board = line.substring(at + ", board ".length()).strip();
                }
                continue;
            }
            if (!header) {
                if (!line.strip().equals(HEADER)) {
                    throw new RegisterStateException(file, n, 1, "expected the header line '" + HEADER + "'");
                }
                header = true;
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 5) {
                throw new RegisterStateException(file, n, 1, "expected 5 fields (" + HEADER + "), found " + f.length);
            }
            int[] col = new int[5];
            for (int k = 1; k < 5; k++) {
                col[k] = col[k - 1] + f[k - 1].length() + 1;
            }
            String device = f[0].strip();
            String register = f[1].strip();
            if (!DEVICE.matcher(device).matches()) {
                throw new RegisterStateException(file, n, col[0] + 1, "invalid device name '" + device + "'");
            }
            if (!REGISTER.matcher(register).matches()) {
                throw new RegisterStateException(file, n, col[1] + 1, "invalid register name '" + register + "'");
            }
            long address = hexField(f[2], file, n, col[2] + 1, "address");
            int bits;
            try {
                bits = Integer.parseInt(f[3].strip());
            } catch (NumberFormatException e) {
                bits = -1;
            }
            if (bits != 8 && bits != 16 && bits != 32) {
                throw new RegisterStateException(file, n, col[3] + 1, "bits must be 8, 16 or 32, not '" + f[3].strip()
                        + "'");
            }
            long value = hexField(f[4], file, n, col[4] + 1, "value");
            if ((value & ~mask(bits)) != 0) {
                throw new RegisterStateException(file, n, col[4] + 1, "value " + f[4].strip() + " does not fit in "
                        + bits + " bits");
            }
            Integer before = seen.put(device + "." + register, n);
            if (before != null) {
                throw new RegisterStateException(file, n, 1, device + "." + register + " is already on line "
                        + before);
            }
            out.add(new Value(device, register, address, bits, value));
        }
        if (!header) {
            throw new RegisterStateException(file, 1, 1, "no header line '" + HEADER
                    + "': not a register state file");
        }
        return new RegisterState(board, out);
    }

    private static long hexField(String text, String file, int line, int column, String what)
            throws RegisterStateException {
        String t = text.strip();
        if (!HEX.matcher(t).matches()) {
            throw new RegisterStateException(file, line, column, what + " must be hexadecimal with 0x, not '" + t + "'");
        }
        return Long.parseUnsignedLong(t.substring(2), 16);
    }

    /**
     * A register whose value differs between two states, decoded where the board describes it.
     *
     * @param register the register with its device, e.g. {@code UART0.UARTCR}
     * @param before its value in the first state, or empty when only the second has it
     * @param after its value in the second state, or empty when only the first has it
     * @param fields the fields that changed (empty when the board does not describe the register, or one state lacks
     *        it)
     */
    public record Difference(String register, Optional<Long> before, Optional<Long> after, List<FieldChange> fields) {
    }

    /**
     * Compares this state with another, register by register (by name).
     *
     * @param other the second state
     * @param board a simulator of the board, to decode fields; null to compare values only
     * @return the registers that differ or are in only one state, in this state's order then the other's
     */
    public List<Difference> diff(RegisterState other, Simulator board) {
        Map<String, Value> theirs = new LinkedHashMap<>();
        other.registers.forEach(v -> theirs.put(v.qualifiedName(), v));
        List<Difference> out = new ArrayList<>();
        for (Value v : registers) {
            Value w = theirs.remove(v.qualifiedName());
            if (w == null) {
                out.add(new Difference(v.qualifiedName(), Optional.of(v.value()), Optional.empty(), List.of()));
            } else if (w.value() != v.value()) {
                out.add(new Difference(v.qualifiedName(), Optional.of(v.value()), Optional.of(w.value()),
                        decode(board, v, v.value(), w.value())));
            }
        }
        theirs.values().forEach(w -> out.add(new Difference(w.qualifiedName(), Optional.empty(), Optional.of(w.value()),
                List.of())));
        return out;
    }

    private static List<FieldChange> decode(Simulator sim, Value v, long before, long after) {
        if (sim == null) {
            return List.of();
        }
        for (Register r : registers(sim, v.device())) {
            if (name(r).equals(v.register())) {
                return r.changes(before, after);
            }
        }
        return List.of();
    }

    /**
     * A register whose value a session did not take when the state was written back.
     *
     * @param register the register with its device
     * @param wanted the value in the state
     * @param now the value the register reads now (after the write), or empty when the board has no such register
     */
    public record Refusal(String register, long wanted, Optional<Long> now) {
    }

    /**
     * Writes the state into a session through debugger writes ({@link Simulator#debugWrite}), register by register in
     * the state's order: each write goes through the device's access rules, as a driver's would.
     *
     * @param sim the session's simulator
     * @return the registers that do not read back as the state has them (read-only bits, write-1-to-clear fields,
     *         registers the board does not have), in order
     */
    public List<Refusal> applyTo(Simulator sim) {
        List<Refusal> out = new ArrayList<>();
        for (Value v : registers) {
            Optional<DeviceWindow> w = sim.board().devices().stream().filter(d -> d.name().equals(v.device()))
                    .findFirst();
            Optional<Register> r = w.isEmpty() ? Optional.empty()
                    : registers(sim, v.device()).stream().filter(x -> name(x).equals(v.register())).findFirst();
            if (r.isEmpty() || r.get().sizeBytes() * 8 != v.bits()) {
                out.add(new Refusal(v.qualifiedName(), v.value(), Optional.empty()));
                continue;
            }
            sim.debugWrite(v.device(), r.get().offset(), v.bits(), (int) v.value());
            long now = Integer.toUnsignedLong(sim.peek(w.get().base() + r.get().offset(), v.bits()).orElse(0))
                    & mask(v.bits());
            if (now != v.value()) {
                out.add(new Refusal(v.qualifiedName(), v.value(), Optional.of(now)));
            }
        }
        return out;
    }
}
