package org.mmioworkbench.debug.console;

import java.util.Locale;

import org.mmioworkbench.core.FieldChange;
import org.mmioworkbench.core.TraceEvent;
import org.mmioworkbench.debug.RegisterWatch;

/** How the debugger shows trace events and watchpoint hits. */
final class Format {
    private Format() {
    }

    /**
     * Shows an event without its sequence number and time, and without the process when it is the one the
     * statement ran as.
     *
     * @param e the event
     * @param process the statement's process
     * @return e.g. {@code IoWriteMmReg32 UART0.UARTCR <- 0x301 (UARTEN=1 TXE=1 RXE=1)}
     */
    static String event(TraceEvent e, String process) {
        String s = e.toString();
        String head = "#" + e.seq() + " t=" + e.timeNanos() + "ns ";
        if (s.startsWith(head)) {
            s = s.substring(head.length());
        }
        if (!e.operation().equals("IRQ") && e.actor().equals(process) && s.startsWith(process + " ")) {
            s = s.substring(process.length() + 1);
        }
        return s;
    }

    /**
     * Reports a watchpoint hit as gdb does.
     *
     * @param w the watchpoint
     * @param e the access that triggered it
     * @param reverse true when found going backwards
     * @return the report, several lines
     */
    static String watchReport(RegisterWatch w, TraceEvent e, boolean reverse) {
        StringBuilder b = new StringBuilder();
        b.append('\n').append(ScriptCommands.watchTitle(w.access())).append(' ').append(w.number()).append(": ")
                .append(w.spec()).append("\n\n");
        FieldChange c = w.field() == null ? null
                : e.changedFields().stream().filter(f -> f.field().equals(w.field())).findFirst().orElse(null);
        boolean write = e.isWrite();
        if (c != null) {
            b.append(reverse ? "Value before = " : "Old value = ").append(value(c.oldValue())).append('\n');
            b.append(reverse ? "Value after = " : "New value = ").append(value(c.newValue()))
                    .append(c.valueName().isEmpty() ? "" : " (" + c.valueName() + ")").append('\n');
        } else if (write) {
            b.append("Value written = ").append(written(e)).append('\n');
        } else {
            b.append("Value = ").append(e.result()).append('\n');
        }
        if (reverse) {
            b.append("  by ").append(event(e, "")).append('\n');
        }
        return b.substring(0, b.length() - 1);
    }

    private static String value(long v) {
        return v >= 0 && v < 10 ? Long.toString(v) : "0x" + Long.toHexString(v);
    }

    private static String written(TraceEvent e) {
        String args = e.arguments();
        int at = args.indexOf("data=");
        if (at >= 0) {
            return args.substring(at + 5);
        }
        at = args.indexOf("buf=");
        return at >= 0 ? args.substring(at + 4) : args;
    }

    /**
     * Formats a number as gdb prints an integer, with its hexadecimal value.
     *
     * @param v the value (unsigned 64-bit)
     * @param format {@code x d u o t c} or 0 for the default
     * @return e.g. {@code 769 (0x301)}, or {@code -3 (0xfffffffffffffffd)}
     */
    static String number(long v, char format) {
        return switch (format) {
            case 'x' -> "0x" + Long.toHexString(v);
            case 'd' -> Long.toString(v);
            case 'u' -> Long.toUnsignedString(v);
            case 'o' -> "0" + Long.toOctalString(v);
            case 't' -> Long.toBinaryString(v);
            case 'c' -> v + " '" + charText((int) (v & 0xFF)) + "'";
            default -> (v < 0 ? Long.toString(v) : Long.toUnsignedString(v)) + " (0x" + Long.toHexString(v) + ")";
        };
    }

    private static String charText(int c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case 0 -> "\\0";
            case '\'' -> "\\'";
            case '\\' -> "\\\\";
            default -> c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format(Locale.ROOT, "\\x%02x", c);
        };
    }

    /**
     * Shows text with control characters escaped, for console contents.
     *
     * @param text the text, one {@code char} per byte
     * @return a C string literal
     */
    static String quoted(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(c == '"' ? "\\\"" : charText(c & 0xFF));
        }
        return b.append('"').toString();
    }
}
