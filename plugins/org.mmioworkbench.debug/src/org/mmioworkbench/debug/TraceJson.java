package org.mmioworkbench.debug;

import java.util.Locale;
import java.util.OptionalLong;

import org.mmioworkbench.core.FieldChange;
import org.mmioworkbench.core.TraceEvent;

/**
 * A trace event as one line of a JSON Lines trace file, the format {@code mmio-sim run --trace} and the IDE's
 * launches write: one object per event, in order, with the members
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
 */
public final class TraceJson {
    private TraceJson() {
    }

    /**
     * Renders one event as a JSON object (without a line break).
     *
     * @param e the event
     * @param line the line of the statement that caused it, or 0 if none
     * @param file the statement's source file, or null (a script's trace names no file)
     * @param function the statement's function, or null
     * @return the JSON text
     */
    public static String line(TraceEvent e, int line, String file, String function) {
        OptionalLong physical = e.physicalAddress();
        Json j = new Json().put("seq", e.seq()).put("time_ns", e.timeNanos()).put("process", e.actor())
                .putNumber("line", line > 0 ? Long.valueOf(line) : null).put("operation", e.operation())
                .put("arguments", e.arguments()).put("result", e.result())
                .put("rc", e.rc() == null ? null : e.rc().name())
                .put("fault", e.fault() == null ? null : e.fault().name())
                .put("physical", physical.isPresent() ? hex(physical.getAsLong()) : null)
                .put("device", e.device().isEmpty() ? null : e.device())
                .put("register", e.register().isEmpty() ? null : e.register());
        StringBuilder changed = new StringBuilder("[");
        for (FieldChange c : e.changedFields()) {
            if (changed.length() > 1) {
                changed.append(',');
            }
            changed.append(new Json().put("field", c.field()).put("old", c.oldValue()).put("new", c.newValue())
                    .put("name", c.valueName().isEmpty() ? null : c.valueName()).end());
        }
        j.putRaw("changed", changed.append(']').toString());
        if (file != null) {
            j.put("file", file).put("function", function);
        }
        return j.end();
    }

    private static String hex(long address) {
        return String.format(Locale.ROOT, "0x%08x", address);
    }
}
