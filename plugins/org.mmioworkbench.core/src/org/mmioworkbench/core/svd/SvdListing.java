package org.mmioworkbench.core.svd;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Renders a device the way {@code mmio-sim svd FILE} prints it: one line per register, sorted by
 * absolute address (ties by name), like {@code 0x40020000 GPIOA.MODER reset=0xA8000000
 * access=read-write fields=16}, then {@code N peripherals, N registers, N fields}.
 */
public final class SvdListing {

    private record Entry(long address, String name, String line) {
    }

    private static final Comparator<Entry> ORDER = Comparator
            .comparing(Entry::address, Long::compareUnsigned).thenComparing(Entry::name);

    private SvdListing() {
    }

    /**
     * Renders every register and the summary.
     *
     * @param device the device
     * @return the lines, without line separators
     */
    public static List<String> lines(SvdDevice device) {
        List<Entry> entries = new ArrayList<>(device.registerCount());
        for (SvdPeripheral p : device.peripherals()) {
            for (SvdRegister r : p.registers()) {
                entries.add(new Entry(p.baseAddress() + r.addressOffset(), p.name() + "." + r.qualifiedName(),
                        line(p, r)));
            }
        }
        entries.sort(ORDER);
        List<String> lines = new ArrayList<>(entries.size() + 1);
        for (Entry e : entries) {
            lines.add(e.line());
        }
        lines.add(summary(device));
        return lines;
    }

    /**
     * Prints {@link #lines(SvdDevice)}, one per line.
     *
     * @param device the device
     * @param out where to print
     */
    public static void print(SvdDevice device, PrintStream out) {
        for (String line : lines(device)) {
            out.println(line);
        }
    }

    /**
     * Renders one register.
     *
     * @param peripheral the peripheral it belongs to
     * @param register the register
     * @return e.g. {@code 0x40020000 GPIOA.MODER reset=0xA8000000 access=read-write fields=16}
     */
    public static String line(SvdPeripheral peripheral, SvdRegister register) {
        return String.format(Locale.ROOT, "0x%08X %s.%s reset=0x%08X access=%s fields=%d",
                peripheral.baseAddress() + register.addressOffset(), peripheral.name(), register.qualifiedName(),
                register.resetValue() & register.resetMask(), register.access().svdName(), register.fields().size());
    }

    /**
     * Renders the summary line.
     *
     * @param device the device
     * @return e.g. {@code 94 peripherals, 1523 registers, 8943 fields}
     */
    public static String summary(SvdDevice device) {
        return device.peripherals().size() + " peripherals, " + device.registerCount() + " registers, "
                + device.fieldCount() + " fields";
    }
}
