package org.mmioworkbench.boardfile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Typed, position-aware access to a composed YAML node tree: every mismatch becomes a
 * {@link BoardFileException} at the offending node.
 */
final class YamlNodes {
    private final String file;

    YamlNodes(String file) {
        this.file = file;
    }

    /** A warning at a node, as the board's warnings are written: {@code FILE:LINE:COL: warning: REASON}. */
    String warning(Node node, String reason) {
        BoardFileException at = error(node, reason);
        return org.mmioworkbench.core.FileProblemException.printable(file) + ":" + at.line() + ":" + at.column()
                + ": warning: " + reason;
    }

    BoardFileException error(Node node, String reason) {
        int line = node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
        int column = node.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
        return new BoardFileException(file, line, column, reason);
    }

    /**
     * Reads a mapping with string keys, rejecting keys outside {@code allowed} (typos stay visible);
     * {@code allowed} null accepts any key.
     */
    Map<String, Node> mapping(Node node, String what, Set<String> allowed) throws BoardFileException {
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, what + " must be a mapping of keys to values");
        }
        Map<String, Node> result = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode(), "a key of " + what);
            if (allowed != null && !allowed.contains(key)) {
                throw error(tuple.getKeyNode(), "unknown key '" + key + "' in " + what + " (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            if (result.put(key, tuple.getValueNode()) != null) {
                throw error(tuple.getKeyNode(), "duplicate key '" + key + "' in " + what);
            }
        }
        return result;
    }

    /** Reads a mapping with any string keys (e.g. a model's options). */
    Map<String, Node> anyMapping(Node node, String what) throws BoardFileException {
        return mapping(node, what, null);
    }

    List<Node> sequence(Node node, String what) throws BoardFileException {
        if (!(node instanceof SequenceNode sequence)) {
            throw error(node, what + " must be a list (items starting with '- ')");
        }
        return sequence.getValue();
    }

    String scalar(Node node, String what) throws BoardFileException {
        if (!(node instanceof ScalarNode scalar)) {
            throw error(node, what + " must be a single value, not a list or mapping");
        }
        return scalar.getValue();
    }

    String string(Node node, String what) throws BoardFileException {
        String value = scalar(node, what).strip();
        if (value.isEmpty()) {
            throw error(node, what + " must not be empty");
        }
        return value;
    }

    boolean bool(Node node, String what) throws BoardFileException {
        return switch (scalar(node, what).strip()) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw error(node, what + " must be true or false");
        };
    }

    /**
     * Reads an unsigned 64-bit number: decimal, {@code 0x} hex or {@code 0b} binary, with optional
     * {@code _} separators and a {@code K}, {@code M} or {@code G} (binary) size suffix. A number, or a
     * multiple, beyond 2^64-1 is an error, never a value that wrapped around.
     */
    long number(Node node, String what) throws BoardFileException {
        String text = scalar(node, what).strip().replace("_", "");
        long multiplier = 1;
        String digits = text;
        if (!digits.isEmpty()) {
            char suffix = Character.toUpperCase(digits.charAt(digits.length() - 1));
            int shift = suffix == 'K' ? 10 : suffix == 'M' ? 20 : suffix == 'G' ? 30 : 0;
            if (shift > 0 && !digits.startsWith("0x") && !digits.startsWith("0X")) {
                multiplier = 1L << shift;
                digits = digits.substring(0, digits.length() - 1);
            }
        }
        try {
            long value;
            if (digits.startsWith("0x") || digits.startsWith("0X")) {
                value = Long.parseUnsignedLong(digits.substring(2), 16);
            } else if (digits.startsWith("0b") || digits.startsWith("0B")) {
                value = Long.parseUnsignedLong(digits.substring(2), 2);
            } else {
                value = Long.parseUnsignedLong(digits);
            }
            if (Long.compareUnsigned(value, Long.divideUnsigned(-1L, multiplier)) > 0) {
                throw error(node, what + " " + text + " is larger than 2^64-1");
            }
            return value * multiplier;
        } catch (NumberFormatException e) {
            throw error(node, what + " must be a number such as 4096, 0x1000 or 4K, not '" + text + "'");
        }
    }
}
