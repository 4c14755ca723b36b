package org.mmioworkbench.core.inspect;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.mmioworkbench.core.svd.SvdEnumeratedValue;
import org.mmioworkbench.core.svd.SvdEnumeration;

/**
 * A register's value and fields on one line of text, for a terminal (the command line debugger's
 * {@code info registers}): {@code UART0.UARTCR               0x00000301 UARTEN=1 ... RXE=1}. The values are those of
 * {@link RegisterValues} at its present stop, so the line agrees with the Register Editor's cells: write-only bits
 * are {@value RegisterValues#WRITE_ONLY}, never a value; a field's value is named as the Register Editor names it.
 */
public final class RegisterLine {
    private RegisterLine() {
    }

    /**
     * Writes a register's line.
     *
     * @param reg the register's row
     * @param values the values to show
     * @return e.g. {@code UART0.UARTDR               write-only DATA=write-only}
     */
    public static String of(RegisterNode.Reg reg, RegisterValues values) {
        String name = reg.register().qualifiedName();
        StringBuilder b = new StringBuilder(reg.isWriteOnly()
                ? String.format(Locale.ROOT, "%-26s %-10s", name, RegisterValues.WRITE_ONLY)
                : String.format(Locale.ROOT, "%-26s 0x%08x", name, values.value(reg)));
        for (RegisterNode child : reg.children()) {
            RegisterNode.Field f = (RegisterNode.Field) child;
            b.append(' ').append(f.name()).append('=').append(fieldText(f, values.fieldValue(f)));
        }
        return b.toString();
    }

    /** A field's value: small numbers in decimal, others in hex, with the name a read's value has. */
    private static String fieldText(RegisterNode.Field f, OptionalLong value) {
        if (value.isEmpty()) {
            return RegisterValues.WRITE_ONLY;
        }
        long v = value.getAsLong();
        String text = v >= 0 && v < 10 ? Long.toString(v) : "0x" + Long.toHexString(v);
        Optional<SvdEnumeration> names = f.field().svd().readEnumeration();
        Optional<SvdEnumeratedValue> named = names.flatMap(e -> e.lookup(v));
        return named.map(n -> text + "(" + n.name() + ")").orElse(text);
    }
}
