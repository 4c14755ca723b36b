package org.mmioworkbench.boardfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mmioworkbench.core.AddressRange;
import org.mmioworkbench.core.Board;
import org.mmioworkbench.core.DeviceFactory;
import org.mmioworkbench.core.devices.DeviceCatalog;
import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdException;
import org.mmioworkbench.core.svd.SvdPeripheral;
import org.mmioworkbench.core.svd.SvdReader;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

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
 *     base: 0x09000000       # required, page-aligned
 *     size: 0x1000           # required, a multiple of the page size
 *     model: pl011           # a built-in device model (see DeviceCatalog), or
 *     options:               # the model's options, e.g. its reference clock
 *       clock: 24000000
 *     kernel: true           # the kernel uses this device (default false)
 *   - name: TIMER
 *     base: 0x09020000
 *     size: 0x1000
 *     svd: svd/timer.svd     # a CMSIS-SVD file, relative to this board file
 *     peripheral: TIMER0     # its peripheral to use; default: the device's name, or the only one
 * </pre>
 *
 * A device with neither {@code model} nor {@code svd} is plain memory. Every error names the file,
 * line and column; unknown keys are errors, so a typo never goes unnoticed.
 */
public final class BoardFileReader {
    private static final Set<String> BOARD_KEYS = Set.of("board", "page-size", "ram", "devices");
    private static final Set<String> RAM_KEYS = Set.of("base", "size");
    private static final Set<String> DEVICE_KEYS = Set.of("name", "base", "size", "model", "options", "svd", "peripheral",
            "kernel");

    private BoardFileReader() {
    }

    /**
     * Reads a board file.
     *
     * @param file the file
     * @return the board it describes
     * @throws BoardFileException if the file cannot be read or describes no valid board
     */
    public static Board read(Path file) throws BoardFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BoardFileException(file.toString(), 0, 0, "no such board file");
        } catch (IOException e) {
            throw new BoardFileException(file.toString(), 0, 0, "cannot read the board file: " + e.getMessage());
        }
        return read(text, file.toString(), file.toAbsolutePath().getParent());
    }

    /**
     * Reads a board description from text.
     *
     * @param text the YAML text
     * @param fileName the name to use in messages
     * @param baseDirectory where relative {@code svd} paths start
     * @return the board it describes
     * @throws BoardFileException if the text describes no valid board
     */
    public static Board read(String text, String fileName, Path baseDirectory) throws BoardFileException {
        Node root = compose(text, fileName);
        return new BoardFileReader.Parser(new YamlNodes(fileName), baseDirectory).board(root);
    }

    private static Node compose(String text, String fileName) throws BoardFileException {
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(fileName).build();
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isEmpty()) {
                throw new BoardFileException(fileName, 1, 1, "the board file is empty");
            }
            return root.get();
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            throw new BoardFileException(fileName, mark.map(m -> m.getLine() + 1).orElse(0),
                    mark.map(m -> m.getColumn() + 1).orElse(0), "not valid YAML: " + problem + context);
        } catch (YamlEngineException e) {
            throw new BoardFileException(fileName, 0, 0, "not valid YAML: " + e.getMessage());
        }
    }

    /** One parse of one file. */
    private static final class Parser {
        private final YamlNodes yaml;
        private final Path baseDirectory;
        private final List<Placed> placed = new ArrayList<>();
        private final Set<String> deviceNames = new HashSet<>();
        /** The SVD files read, for {@link Board#descriptionFiles()}. */
        private final List<Path> svdFiles = new ArrayList<>();

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
            Board.Builder builder = Board.builder(yaml.string(nameNode, "board"));
            long pageSize = Board.DEFAULT_PAGE_SIZE;
            if (top.containsKey("page-size")) {
                Node node = top.get("page-size");
                pageSize = yaml.number(node, "page-size");
                if (pageSize < 4 || Long.bitCount(pageSize) != 1) {
                    throw yaml.error(node, "page-size must be a power of two of at least 4, not " + pageSize);
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
                    device(builder, item, pageSize);
                }
            }
            svdFiles.forEach(builder::descriptionFile);
            try {
                return builder.build();
            } catch (IllegalArgumentException e) {
                throw yaml.error(root, e.getMessage());
            }
        }

        private void device(Board.Builder builder, Node item, long pageSize) throws BoardFileException {
            Map<String, Node> device = yaml.mapping(item, "a device", DEVICE_KEYS);
            Node nameNode = device.get("name");
            if (nameNode == null) {
                throw yaml.error(item, "a device needs 'name'");
            }
            String name = yaml.string(nameNode, "name");
            if (!deviceNames.add(name)) {
                throw yaml.error(nameNode, "a device named '" + name + "' is already defined");
            }
            AddressRange range = range(item, device, "device '" + name + "'", pageSize);
            boolean kernel = device.containsKey("kernel") && yaml.bool(device.get("kernel"), "kernel");
            builder.device(name, range.base(), range.size(), kernel, factory(name, device));
        }

        private DeviceFactory factory(String name, Map<String, Node> device) throws BoardFileException {
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
                return DeviceCatalog.fromSvd(svdPeripheral(name, svd, peripheral));
            }
            return DeviceCatalog.model("memory").orElseThrow();
        }

        private SvdPeripheral svdPeripheral(String name, Node svdNode, Node peripheralNode) throws BoardFileException {
            String relative = yaml.string(svdNode, "svd");
            Path path = baseDirectory == null ? Path.of(relative) : baseDirectory.resolve(relative);
            SvdDevice svd;
            svdFiles.add(path);
            try {
                svd = SvdReader.read(path);
            } catch (SvdException e) {
                throw yaml.error(svdNode, "cannot use SVD file '" + relative + "': " + e.getMessage());
            }
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
            if (Long.remainderUnsigned(base, alignment) != 0) {
                throw yaml.error(baseNode, String.format("base 0x%X of %s is not aligned to the page size 0x%X",
                        base, what, alignment));
            }
            if (Long.remainderUnsigned(size, alignment) != 0) {
                throw yaml.error(sizeNode, String.format("size 0x%X of %s is not a multiple of the page size 0x%X",
                        size, what, alignment));
            }
            if (Long.compareUnsigned(base + size - 1, base) < 0) {
                throw yaml.error(sizeNode, what + " wraps around the end of the address space");
            }
            AddressRange range = new AddressRange(base, size);
            for (Placed other : placed) {
                if (other.range().overlaps(range)) {
                    throw yaml.error(baseNode, String.format("%s at 0x%X..0x%X overlaps %s at 0x%X..0x%X", what, base,
                            base + size - 1, other.name(), other.range().base(),
                            other.range().base() + other.range().size() - 1));
                }
            }
            placed.add(new Placed(what, range));
            return range;
        }
    }
}
