package org.mmioworkbench.cli;

import java.util.List;

import org.mmioworkbench.core.FieldChange;
import org.mmioworkbench.core.TraceEvent;

/** Breakpoints and watchpoints of the debugger, numbered together as in gdb. */
abstract sealed class Stop permits Stop.Breakpoint, Stop.Watchpoint {
    final int number;
    int hits;

    Stop(int number) {
        this.number = number;
    }

    /** A breakpoint: pauses before a statement on a line. */
    static final class Breakpoint extends Stop {
        final int line;

        Breakpoint(int number, int line) {
            super(number);
            this.line = line;
        }
    }

    /** What a watchpoint stops on. */
    enum Kind {
        /** {@code watch}: a write to the register, or an access that changes the field. */
        WRITE("hw watchpoint", "Hardware watchpoint"),
        /** {@code rwatch}: a read of the register. */
        READ("read watchpoint", "Hardware read watchpoint"),
        /** {@code awatch}: any access of the register (for a field: a read, or an access changing it). */
        ACCESS("acc watchpoint", "Hardware access (read/write) watchpoint");

        final String type;
        final String title;

        Kind(String type, String title) {
            this.type = type;
            this.title = title;
        }
    }

    /** A watchpoint on a device register ({@code DEV.REG}) or one of its fields ({@code DEV.REG.FIELD}). */
    static final class Watchpoint extends Stop {
        final Kind kind;
        /** {@code DEV.REG}, as the trace names registers. */
        final String register;
        /** The field, or null for the whole register. */
        final String field;

        Watchpoint(int number, Kind kind, String register, String field) {
            super(number);
            this.kind = kind;
            this.register = register;
            this.field = field;
        }

        /** Returns what is watched. */
        String what() {
            return field == null ? register : register + "." + field;
        }

        /**
         * Tells whether a trace event triggers this watchpoint.
         *
         * @param e the event
         * @return true to stop
         */
        boolean matches(TraceEvent e) {
            if (!e.isRegisterAccess() || !reaches(e.register())) {
                return false;
            }
            boolean write = e.operation().startsWith("IoWrite");
            return switch (kind) {
                case WRITE -> field == null ? write : change(e) != null;
                case READ -> !write;
                case ACCESS -> !write || field == null || change(e) != null;
            };
        }

        private boolean reaches(String registers) {
            if (registers.equals(register)) {
                return true;
            }
            for (String r : registers.split(", ")) {
                if (r.equals(register)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Finds the change of the watched field in an event.
         *
         * @param e the event
         * @return the change, or null
         */
        FieldChange change(TraceEvent e) {
            if (field == null) {
                return null;
            }
            List<FieldChange> changes = e.changedFields();
            for (FieldChange c : changes) {
                if (c.field().equals(field)) {
                    return c;
                }
            }
            return null;
        }
    }
}
