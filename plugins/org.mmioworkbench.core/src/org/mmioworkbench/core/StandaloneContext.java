package org.mmioworkbench.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link DeviceContext} without a simulator, for driving a device model directly (unit tests of a
 * model, tools that only decode registers). Time moves only by {@link #setNow(long)}; diagnostics are
 * collected; interrupt lines keep their level; register notes are ignored. Not thread-safe.
 */
public final class StandaloneContext implements DeviceContext {
    private final String deviceName;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, Line> lines = new LinkedHashMap<>();
    private long now;

    StandaloneContext(String deviceName) {
        this.deviceName = Objects.requireNonNull(deviceName, "deviceName");
    }

    @Override
    public String deviceName() {
        return deviceName;
    }

    @Override
    public long now() {
        return now;
    }

    /**
     * Sets the clock; call the model's {@link DeviceModel#advance(long)} with the difference yourself.
     *
     * @param nanos the new time, not before the current one
     */
    public void setNow(long nanos) {
        if (nanos < now) {
            throw new IllegalArgumentException("time cannot go back: " + nanos + " < " + now);
        }
        now = nanos;
    }

    @Override
    public String actor() {
        return "test";
    }

    @Override
    public void diagnose(DiagnosticKind kind, String message, long offset, int size) {
        diagnostics.add(new Diagnostic(diagnostics.size(), now, kind, message, new AddressRange(offset,
                Math.max(1, size)), List.of(actor())));
    }

    /**
     * Returns the diagnostics reported so far (ranges are offsets in the device window).
     *
     * @return a copy
     */
    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    @Override
    public void accessed(RegisterDecoder register, long before, long after) {
        // nothing to trace without a simulator
    }

    @Override
    public InterruptLine interruptLine(String suffix) {
        String name = suffix.isEmpty() ? deviceName : deviceName + "." + suffix;
        return lines.computeIfAbsent(name, Line::new);
    }

    /**
     * Returns the levels of the lines declared so far.
     *
     * @return line name to level, in declaration order
     */
    public Map<String, Boolean> interruptLevels() {
        Map<String, Boolean> levels = new LinkedHashMap<>();
        lines.forEach((n, l) -> levels.put(n, l.raised));
        return levels;
    }

    private static final class Line implements InterruptLine {
        private final String name;
        private boolean raised;

        Line(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean isRaised() {
            return raised;
        }

        @Override
        public void set(boolean level) {
            raised = level;
        }
    }
}
