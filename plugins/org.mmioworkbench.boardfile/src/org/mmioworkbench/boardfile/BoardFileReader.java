package org.mmioworkbench.boardfile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DeviceFactory;
import org.mmioworkbench.core.devices.DeviceCatalog;
import org.mmioworkbench.core.devices.RegisterFile;
import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdException;
import org.mmioworkbench.core.svd.SvdPeripheral;
import org.mmioworkbench.core.svd.SvdReader;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * Reads a board file: a YAML description of a user's board (its physical address map). Example:
 *
 * <pre>
 * board: my-board            # the board's name (required)
 * page-size: 4096            # optional, a power of two; default 4096
 * ram:                       # optional list of RAM ranges
 *   - base: 0x40000000
 *     size: 1G               # numbers: decimal, 0x hex, 0b binary, '_' separators, K/M/G suffixes
 * devices:                   # the device windows
 *   - name: UART0            # the name traces and views use (required, unique)
 *     base: 0x09000000       # required, a multiple of 4 (several devices may share a page)
 *     size: 0x1000           # required, a multiple of 4
 *     model: pl011           # a built-in device model (see DeviceCatalog), or
 *     options:               # the model's options, e.g. its reference clock
 *       clock: 24000000
 *     kernel: true           # the kernel uses this device (default false)
 *   - name: TIMER
 *     base: 0x09020000
 *     size: 0x1000
 *     svd: svd/timer.svd     # a CMSIS-SVD file, relative to this board file
 *     peripheral: TIMER0     # its peripheral to use; default: the device's name, or the only one
 *   - svd: svd/STM32H753.svd # only an SVD file: every peripheral of it, at its own address, under its own name
 * </pre>
 *
 * A device with neither {@code model} nor {@code svd} is plain memory. An entry with only {@code svd} places every
 * peripheral of the file: its window starts at the peripheral's base address and ends with its last address block
 * (or its last register, when it has no block), rounded up to 4 bytes; peripherals sit where the chip has them, so
 * several may share a page, which a driver registers and maps as a whole. A peripheral that cannot be placed — its
 * name taken, its window overlapping one placed before (nRF's {@code UART0} and {@code UARTE0} are two views of one
 * block), registers the simulator cannot simulate — is left out with a warning at the entry, never an error. Every error names the file,
 * line and column; unknown keys are errors, so a typo never goes unnoticed.
 *
 * <h2>Hostile input</h2>
 * A board file is read as a user's input that may be broken in any way; the reader only ever throws
 * {@link BoardFileException}, and bounds the work and memory a file can cost:
 * <ul>
 * <li>Only a regular file (or a link to one) is read, at most {@link #MAX_FILE_BYTES}; a directory, named
 *     pipe, device or socket is refused before anything is read, so reading never blocks.</li>
 * <li>The text is UTF-8; a byte-order mark at its start is skipped; a byte that is not UTF-8 is an error at
 *     its line and column.</li>
 * <li>YAML collections may nest at most {@link #MAX_DEPTH} deep: the YAML library builds its node tree
 *     recursively and has no limit of its own, so the reader counts the depth on the parser's event stream
 *     and stops before the tree is built. YAML tags ({@code !name}) are refused there too: a board file
 *     has no use for them, and the library fails on some (found by fuzzing: {@code !o%8}).</li>
 * <li>The board's name is letters, digits and {@code _ - . +}; a device's name is letters, digits and
 *     {@code _}, not starting with a digit (a C identifier, like an SVD peripheral's): names appear in
 *     traces, listings and the debugger's commands ({@code UART0.UARTCR}).</li>
 * <li>Numbers are unsigned 64-bit: a value or a {@code K}/{@code M}/{@code G} multiple beyond
 *     2<sup>64</sup>-1 is an error, never a wrapped-around value; so is a range that runs past
 *     2<sup>64</sup>.</li>
 * <li>An {@code svd} path that is not a valid path (a NUL character) is an error at its position. Each SVD
 *     file is read once, however many devices name it.</li>
 * <li>A device's registers must fit its window: a model's (its shipped description) and an SVD
 *     peripheral's, whose registers must also be of a width the simulator supports
 *     ({@link RegisterFile#check}).</li>
 * <li>Loading takes time linear in the file's size (overlaps are found through a sorted map of the
 *     ranges), so a file of 60,000 devices loads in well under two seconds.</li>
 * </ul>
 */
public final class BoardFileReader {
    private static final Set<String> BOARD_KEYS = Set.of("board", "page-size", "ram", "devices");
    private static final Set<String> RAM_KEYS = Set.of("base", "size");
    private static final Set<String> DEVICE_KEYS = Set.of("name", "base", "size", "model", "options", "svd", "peripheral",
            "kernel");

    /** What a device window's base and size must be multiples of: the widest register access, 4 bytes. */
    static final long DEVICE_ALIGNMENT = 4;

    /** The largest board file read, 64 MiB (a board of 60,000 devices is about 8 MiB). */
    public static final long MAX_FILE_BYTES = 64L << 20;

    /** The deepest nesting of YAML collections accepted (a board file needs four levels). */
    public static final int MAX_DEPTH = 32;

    private BoardFileReader() {
    }

    /**
     * The size of the window a board file gives an SVD peripheral when it places the whole file: from its base
     * address to the end of its last address block (or register, when it has no block), rounded up to 4 bytes.
     *
     * @param p the peripheral
     * @return the size, or 0 when it has neither address block nor register
     */
    public static long extent(SvdPeripheral p) {
        long end = 0;
        for (org.mmioworkbench.core.svd.SvdAddressBlock b : p.addressBlocks()) {
            end = Math.max(end, b.offset() + b.size());
        }
        if (end == 0) {
            for (org.mmioworkbench.core.svd.SvdRegister r : p.registers()) {
                end = Math.max(end, r.addressOffset() + Math.max(1, r.size() / 8));
            }
        }
        return (end + 3) & ~3L;
    }

    /**
     * Reads a board file.
     *
     * @param file the file
     * @return the board it describes
     * @throws BoardFileException if the file cannot be read or describes no valid board
     */
    public static Board read(Path file) throws BoardFileException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new BoardFileException(name, 0, 0, "is a directory, not a board file");
        }
        if (!Files.exists(file)) {
            throw new BoardFileException(name, 0, 0, "no such board file");
        }
        if (!Files.isRegularFile(file)) {
            throw new BoardFileException(name, 0, 0,
                    "is not a regular file (a named pipe, device or socket), not a board file");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw tooLarge(name);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = readBounded(in, name);
            }
        } catch (NoSuchFileException e) {
            throw new BoardFileException(name, 0, 0, "no such board file");
        } catch (AccessDeniedException e) {
            throw new BoardFileException(name, 0, 0, "cannot read the board file: permission denied");
        } catch (IOException e) {
            throw new BoardFileException(name, 0, 0, "cannot read the board file: " + e.getMessage());
        }
        return read(decode(bytes, name), name, file.toAbsolutePath().getParent());
    }

    /**
     * Reads a board description from a stream of UTF-8 bytes (read to its end or to
     * {@link #MAX_FILE_BYTES}; not closed).
     *
     * @param in the content
     * @param fileName the name to use in messages
     * @param baseDirectory where relative {@code svd} paths start, or null for the working folder
     * @return the board it describes
     * @throws BoardFileException if the stream cannot be read or describes no valid board
     */
    public static Board read(InputStream in, String fileName, Path baseDirectory) throws BoardFileException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        byte[] bytes;
        try {
            bytes = readBounded(in, fileName);
        } catch (IOException e) {
            throw new BoardFileException(fileName, 0, 0, "cannot read the board file: " + e.getMessage());
        }
        return read(decode(bytes, fileName), fileName, baseDirectory);
    }

    /**
     * Reads a board description from text.
     *
     * @param text the YAML text (a leading byte-order mark is skipped)
     * @param fileName the name to use in messages
     * @param baseDirectory where relative {@code svd} paths start, or null for the working folder
     * @return the board it describes
     * @throws BoardFileException if the text describes no valid board
     */
    public static Board read(String text, String fileName, Path baseDirectory) throws BoardFileException {
        String yamlText = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Node root = compose(yamlText, fileName);
        return new BoardFileReader.Parser(new YamlNodes(fileName), baseDirectory).board(root);
    }

    private static byte[] readBounded(InputStream in, String name) throws IOException, BoardFileException {
        byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
            throw tooLarge(name);
        }
        return bytes;
    }

    private static BoardFileException tooLarge(String name) {
        return new BoardFileException(name, 0, 0, "file too large: a board file may have at most "
                + (MAX_FILE_BYTES >> 20) + " MiB");
    }

    /** Decodes UTF-8 strictly, skipping a byte-order mark; an invalid byte is an error at its position. */
    private static String decode(byte[] bytes, String fileName) throws BoardFileException {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length - skip);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < out.position(); i++) {
                char ch = out.get(i);
                if (ch == '\n') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(ch)) {
                    column++;
                }
            }
            throw new BoardFileException(fileName, line, column, String.format(Locale.ROOT,
                    "invalid UTF-8 byte 0x%02X: a board file is UTF-8 text", bytes[in.position()] & 0xFF));
        }
        out.flip();
        return out.toString();
    }

    private static Node compose(String text, String fileName) throws BoardFileException {
        // The failsafe schema leaves every scalar a string, as the reader reads them (numbers and booleans are
        // parsed by YamlNodes): the default schema matched each scalar against its regular expressions.
        LoadSettings settings = LoadSettings.builder().setLabel(fileName).setCodePointLimit((int) MAX_FILE_BYTES)
                .setSchema(new FailsafeSchema()).build();
        StreamReader reader = new StreamReader(settings, text);
        try {
            org.snakeyaml.engine.v2.parser.Parser events = new EventCheck(new ParserImpl(settings, reader));
            Optional<Node> root = new Composer(settings, events).getSingleNode();
            if (root.isEmpty()) {
                throw new BoardFileException(fileName, 1, 1, "the board file is empty");
            }
            return root.get();
        } catch (Refused e) {
            Optional<Mark> mark = e.event.getStartMark();
            throw new BoardFileException(fileName, mark.map(m -> m.getLine() + 1).orElse(0),
                    mark.map(m -> m.getColumn() + 1).orElse(0), e.reason);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            throw new BoardFileException(fileName, mark.map(m -> m.getLine() + 1).orElse(0),
                    mark.map(m -> m.getColumn() + 1).orElse(0), "not valid YAML: " + problem + context);
        } catch (YamlEngineException e) {
            throw new BoardFileException(fileName, 0, 0, "not valid YAML: " + e.getMessage());
        } catch (RuntimeException e) {
            // The YAML library's own failure on text it should have reported (found by fuzzing: a "\U" escape
            // cut short by the end of the file threw NumberFormatException in its scanner): report where
            // the scanner stopped.
            throw new BoardFileException(fileName, reader.getLine() + 1, reader.getColumn() + 1,
                    "not valid YAML: the text here cannot be read");
        }
    }

    /** Thrown by {@link EventCheck} at an event the reader does not let the composer see. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Event event;
        private final String reason;

        Refused(Event event, String reason) {
            super(reason, null, false, false);
            this.event = event;
            this.reason = reason;
        }
    }

    /**
     * The YAML parser's event stream as the composer sees it, checked first: it stops at the first
     * collection nested deeper than {@link #MAX_DEPTH} (the composer recurses once per level and has no
     * limit of its own), and at the first tag ({@code !name}, {@code !!str}): a board file has no use for
     * tags, and the composer fails on some of them with an exception of its own.
     */
    private static final class EventCheck implements org.snakeyaml.engine.v2.parser.Parser {
        private final org.snakeyaml.engine.v2.parser.Parser events;
        private int depth;

        EventCheck(org.snakeyaml.engine.v2.parser.Parser events) {
            this.events = events;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return events.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return events.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return events.hasNext();
        }

        @Override
        public Event next() {
            Event event = events.next();
            Optional<String> tag = event instanceof ScalarEvent scalar ? scalar.getTag()
                    : event instanceof CollectionStartEvent collection ? collection.getTag() : Optional.empty();
            if (tag.isPresent()) {
                throw new Refused(event, "a board file has no use for YAML tags such as '" + tag.get() + "'");
            }
            switch (event.getEventId()) {
                case SequenceStart, MappingStart -> {
                    if (++depth > MAX_DEPTH) {
                        throw new Refused(event, "lists and mappings are nested more than " + MAX_DEPTH
                                + " levels deep");
                    }
                }
                case SequenceEnd, MappingEnd -> depth--;
                default -> {
                    // scalars, aliases, documents
                }
            }
            return event;
        }
    }

    /** One parse of one file. */
    private static final class Parser {
        private final YamlNodes yaml;
        private final Path baseDirectory;
        /** Every range placed so far by its base address (unsigned), to find an overlap in log time. */
        private final TreeMap<Long, Placed> placed = new TreeMap<>(Long::compareUnsigned);
        private final Set<String> deviceNames = new HashSet<>();
        /**
         * The SVD files read, by absolute path, in the order read: each is read once however many devices name
         * it, and they are the board's {@link Board#descriptionFiles()}.
         */
        private final Map<Path, SvdDevice> svdDevices = new LinkedHashMap<>();

        private record Placed(String name, AddressRange range) {
        }

        Parser(YamlNodes yaml, Path baseDirectory) {
            this.yaml = yaml;
            this.baseDirectory = baseDirectory;
        }

        Board board(Node root) throws BoardFileException {
            Map<String, Node> top = yaml.mapping(root, "the board file", BOARD_KEYS);
            Node nameNode = top.get("board");
            if (nameNode == null) {
                throw yaml.error(root, "missing 'board: NAME'");
            }
            String boardName = yaml.string(nameNode, "board");
            if (!isBoardName(boardName)) {
                throw yaml.error(nameNode, "invalid board name '" + boardName + "': a board name is letters, digits"
                        + " and _ - . +");
            }
            Board.Builder builder = Board.builder(boardName);
            long pageSize = Board.DEFAULT_PAGE_SIZE;
            if (top.containsKey("page-size")) {
                Node node = top.get("page-size");
                pageSize = yaml.number(node, "page-size");
                if (pageSize < 4 || Long.bitCount(pageSize) != 1) {
                    throw yaml.error(node, "page-size must be a power of two of at least 4, not "
                            + Long.toUnsignedString(pageSize));
                }
                builder.pageSize(pageSize);
            }
            if (top.containsKey("ram")) {
                for (Node item : yaml.sequence(top.get("ram"), "ram")) {
                    Map<String, Node> ram = yaml.mapping(item, "a ram range", RAM_KEYS);
                    AddressRange range = range(item, ram, "RAM", 1);
                    builder.ram(range.base(), range.size());
                }
            }
            if (top.containsKey("devices")) {
                for (Node item : yaml.sequence(top.get("devices"), "devices")) {
                    device(builder, item);
                }
            }
            svdDevices.keySet().forEach(builder::descriptionFile);
            svdDevices.values().forEach(d -> d.warnings().forEach(w -> builder.warning(w.toString())));
            try {
                return builder.build();
            } catch (IllegalArgumentException e) {
                throw yaml.error(root, e.getMessage());
            }
        }

        private void device(Board.Builder builder, Node item) throws BoardFileException {
            Map<String, Node> device = yaml.mapping(item, "a device", DEVICE_KEYS);
            Node nameNode = device.get("name");
            if (nameNode == null && device.containsKey("svd") && device.size() == 1) {
                wholeSvd(builder, device.get("svd"));
                return;
            }
            if (nameNode == null) {
                throw yaml.error(item, "a device needs 'name' (or give only 'svd: FILE' for every peripheral of the"
                        + " file)");
            }
            String name = yaml.string(nameNode, "name");
            if (!isDeviceName(name)) {
                throw yaml.error(nameNode, "invalid device name '" + name + "': a device name is letters, digits and"
                        + " _, not starting with a digit");
            }
            if (!deviceNames.add(name)) {
                throw yaml.error(nameNode, "a device named '" + name + "' is already defined");
            }
            AddressRange range = range(item, device, "device '" + name + "'", DEVICE_ALIGNMENT);
            boolean kernel = device.containsKey("kernel") && yaml.bool(device.get("kernel"), "kernel");
            builder.device(name, range.base(), range.size(), kernel, factory(name, device, range));
        }

        /** Places every peripheral of an SVD file (see the class comment); what cannot be placed is warned about. */
        private void wholeSvd(Board.Builder builder, Node svdNode) throws BoardFileException {
            SvdDevice svd = svdFile(svdNode);
            List<String> left = new java.util.ArrayList<>();
            for (SvdPeripheral p : svd.peripherals()) {
                long extent = extent(p);

                String why = null;
                if (!isDeviceName(p.name())) {
                    why = "its name is no device name";
                } else if (deviceNames.contains(p.name())) {
                    why = "a device of that name is already defined";
                } else if (extent == 0) {
                    why = "it has no address block and no register";
                } else if (AddressRange.wraps(p.baseAddress(), extent)) {
                    why = "it runs past the end of the address space";
                }
                AddressRange range = why == null ? new AddressRange(p.baseAddress(), extent) : null;
                if (why == null) {
                    Placed overlapped = overlapping(range);
                    if (overlapped != null) {
                        why = String.format("0x%X..0x%X overlaps %s", range.base(), range.last(), overlapped.name());
                    } else {
                        Optional<String> problem = RegisterFile.check(p, extent);
                        why = problem.orElse(null);
                    }
                }
                if (why != null) {
                    left.add(p.name() + " (" + why + ")");
                    continue;
                }
                deviceNames.add(p.name());
                placed.put(range.base(), new Placed("device '" + p.name() + "'", range));
                builder.device(p.name(), range.base(), range.size(), false, DeviceCatalog.fromSvd(p));
            }
            if (!left.isEmpty()) {
                builder.warning(yaml.warning(svdNode, left.size() + " of the " + svd.peripherals().size()
                        + " peripherals of '" + yaml.string(svdNode, "svd") + "' are not placed: "
                        + String.join("; ", left)));
            }
        }

        private DeviceFactory factory(String name, Map<String, Node> device, AddressRange range)
                throws BoardFileException {
            Node model = device.get("model");
            Node svd = device.get("svd");
            Node peripheral = device.get("peripheral");
            if (model != null && svd != null) {
                throw yaml.error(svd, "device '" + name + "' gives both 'model' and 'svd': a built-in model "
                        + "brings its own registers, so give one of them");
            }
            if (peripheral != null && svd == null) {
                throw yaml.error(peripheral, "'peripheral' selects a peripheral of an 'svd' file, but device '"
                        + name + "' has no 'svd'");
            }
            Node options = device.get("options");
            if (options != null && model == null) {
                throw yaml.error(options, "'options' configure a built-in 'model', but device '" + name + "' has none");
            }
            if (model != null) {
                String modelName = yaml.string(model, "model");
                if (DeviceCatalog.model(modelName).isEmpty()) {
                    throw yaml.error(model, "unknown device model '" + modelName + "' (built-in models: "
                            + String.join(", ", DeviceCatalog.names()) + ")");
                }
                Optional<SvdDevice> description = DeviceCatalog.description(modelName);
                if (description.isPresent()) {
                    checkFits(device, name, "model " + modelName, description.get().peripherals().get(0), range);
                }
                Map<String, String> values = new LinkedHashMap<>();
                if (options != null) {
                    for (Map.Entry<String, Node> option : yaml.anyMapping(options, "options").entrySet()) {
                        values.put(option.getKey(), yaml.scalar(option.getValue(), "option '" + option.getKey() + "'"));
                    }
                }
                try {
                    return DeviceCatalog.model(modelName, values).orElseThrow();
                } catch (IllegalArgumentException e) {
                    throw yaml.error(options, e.getMessage());
                }
            }
            if (svd != null) {
                SvdPeripheral description = svdPeripheral(name, svd, peripheral);
                checkFits(device, name, "SVD peripheral " + description.name(), description, range);
                return DeviceCatalog.fromSvd(description);
            }
            return DeviceCatalog.model("memory").orElseThrow();
        }

        /**
         * Refuses registers the simulator cannot simulate (at the {@code model} or {@code svd} key) or the
         * device window cannot hold (at its {@code size}).
         */
        private void checkFits(Map<String, Node> device, String name, String what, SvdPeripheral description,
                AddressRange range) throws BoardFileException {
            Optional<String> width = RegisterFile.checkWidths(description);
            if (width.isPresent()) {
                throw yaml.error(device.getOrDefault("svd", device.get("model")), "device '" + name
                        + "' cannot hold its registers (" + what + "): " + width.get());
            }
            Optional<String> extent = RegisterFile.checkExtent(description, range.size());
            if (extent.isPresent()) {
                throw yaml.error(device.get("size"), "device '" + name + "' cannot hold its registers (" + what
                        + "): " + extent.get());
            }
        }

        /** Reads an SVD file named at a node, once however many devices name it. */
        private SvdDevice svdFile(Node svdNode) throws BoardFileException {
            String relative = yaml.string(svdNode, "svd");
            Path path;
            try {
                path = baseDirectory == null ? Path.of(relative) : baseDirectory.resolve(relative);
            } catch (InvalidPathException e) {
                throw yaml.error(svdNode, "'" + relative + "' is not a valid path for an SVD file: " + e.getReason());
            }
            SvdDevice svd = svdDevices.get(path.toAbsolutePath().normalize());
            if (svd == null) {
                try {
                    svd = SvdReader.read(path);
                } catch (SvdException e) {
                    throw yaml.error(svdNode, "cannot use SVD file '" + relative + "': " + e.getMessage());
                }
                svdDevices.put(path.toAbsolutePath().normalize(), svd);
            }
            return svd;
        }

        private SvdPeripheral svdPeripheral(String name, Node svdNode, Node peripheralNode) throws BoardFileException {
            String relative = yaml.string(svdNode, "svd");
            SvdDevice svd = svdFile(svdNode);
            List<String> names = svd.peripherals().stream().map(SvdPeripheral::name).toList();
            if (peripheralNode != null) {
                String wanted = yaml.string(peripheralNode, "peripheral");
                return svd.peripheral(wanted).orElseThrow(() -> yaml.error(peripheralNode, "SVD file '" + relative
                        + "' has no peripheral '" + wanted + "' (it has: " + String.join(", ", names) + ")"));
            }
            Optional<SvdPeripheral> byName = svd.peripheral(name);
            if (byName.isPresent()) {
                return byName.get();
            }
            if (svd.peripherals().size() == 1) {
                return svd.peripherals().get(0);
            }
            throw yaml.error(svdNode, "SVD file '" + relative + "' has " + names.size()
                    + " peripherals and none is named '" + name + "': add 'peripheral: NAME' (one of: "
                    + String.join(", ", names) + ")");
        }

        private AddressRange range(Node item, Map<String, Node> map, String what, long alignment)
                throws BoardFileException {
            Node baseNode = map.get("base");
            Node sizeNode = map.get("size");
            if (baseNode == null || sizeNode == null) {
                throw yaml.error(item, what + " needs both 'base' and 'size'");
            }
            long base = yaml.number(baseNode, "base");
            long size = yaml.number(sizeNode, "size");
            if (size == 0) {
                throw yaml.error(sizeNode, "size of " + what + " must not be 0");
            }
            String unit = alignment == DEVICE_ALIGNMENT ? "4 bytes" : String.format("the page size 0x%X", alignment);
            if (Long.remainderUnsigned(base, alignment) != 0) {
                throw yaml.error(baseNode, String.format("base 0x%X of %s is not aligned to %s", base, what, unit));
            }
            if (Long.remainderUnsigned(size, alignment) != 0) {
                throw yaml.error(sizeNode, String.format("size 0x%X of %s is not a multiple of %s", size, what,
                        unit));
            }
            if (AddressRange.wraps(base, size)) {
                throw yaml.error(sizeNode, what + " wraps around the end of the address space");
            }
            AddressRange range = new AddressRange(base, size);
            Placed overlapped = overlapping(range);
            if (overlapped != null) {
                throw yaml.error(baseNode, String.format("%s at 0x%X..0x%X overlaps %s at 0x%X..0x%X", what, base,
                        range.last(), overlapped.name(), overlapped.range().base(), overlapped.range().last()));
            }
            placed.put(base, new Placed(what, range));
            return range;
        }

        /**
         * Finds a placed range that overlaps a new one. The placed ranges do not overlap each other, so only
         * two can: the last one starting at or below the new range's base, and the first starting above it.
         */
        private Placed overlapping(AddressRange range) {
            Map.Entry<Long, Placed> below = placed.floorEntry(range.base());
            if (below != null && below.getValue().range().overlaps(range)) {
                return below.getValue();
            }
            Map.Entry<Long, Placed> above = placed.higherEntry(range.base());
            return above != null && above.getValue().range().overlaps(range) ? above.getValue() : null;
        }

        private static boolean isBoardName(String name) {
            for (int i = 0; i < name.length(); i++) {
                char ch = name.charAt(i);
                if (!isAsciiLetterOrDigit(ch) && "_-.+".indexOf(ch) < 0) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isDeviceName(String name) {
            for (int i = 0; i < name.length(); i++) {
                char ch = name.charAt(i);
                if (!(isAsciiLetterOrDigit(ch) && (i > 0 || ch > '9') || ch == '_')) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isAsciiLetterOrDigit(char ch) {
            return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9';
        }
    }
}
