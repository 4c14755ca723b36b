package org.mmioworkbench.debug;

import java.util.ArrayList;
import java.util.List;

import org.mmioworkbench.c.internal.CType;
import org.mmioworkbench.c.internal.Evaluator;
import org.mmioworkbench.c.internal.Evaluator.EvalException;

/**
 * A variable as a debugger's Variables view shows it: a name, its C type, its value as gdb prints it, and children for
 * a structure or union (its members), an array (its elements) and a pointer to a structure (what it points at). Read
 * when asked, without side effects (registers in an MMIO mapping are peeked), from the state the session is suspended
 * in; a variable is meant to be thrown away when the session runs on.
 */
public final class Variable {
    /** The most elements of an array shown as children; gdb's print shows 200. */
    public static final int MAX_ELEMENTS = 256;

    private final Evaluator evaluator;
    private final String name;
    private final CType type;
    /** The value of a scalar; the address of a structure, union or array. */
    private final long value;
    private final String error;

    private Variable(Evaluator evaluator, String name, CType type, long value, String error) {
        this.evaluator = evaluator;
        this.name = name;
        this.type = type;
        this.value = value;
        this.error = error;
    }

    /** A variable whose scalar value (or aggregate address) is known. */
    static Variable of(Evaluator evaluator, String name, CType type, long value) {
        return new Variable(evaluator, name, type, value, null);
    }

    /** The object of a type at an address: its scalar is loaded now, an aggregate is shown from its address. */
    static Variable at(Evaluator evaluator, String name, CType type, long address) {
        if (!type.isScalar()) {
            return new Variable(evaluator, name, type, address, null);
        }
        try {
            return new Variable(evaluator, name, type, evaluator.load(address, type), null);
        } catch (EvalException e) {
            return new Variable(evaluator, name, type, 0, e.getMessage());
        }
    }

    /** The name: a variable's, a member's ({@code CR}), an element's ({@code [3]}) or a pointer's target ({@code *p}). */
    public String name() {
        return name;
    }

    /** The C type as a declaration writes it, e.g. {@code struct pl011_regs *} or {@code uint32_t [4]}. */
    public String type() {
        return type.toString();
    }

    /**
     * The value as gdb prints it: decimal integers (hex with {@code hex}), pointers in hex with the text of a
     * {@code char *}, structures as {@code {a = 1, b = 2}}; memory that cannot be read as {@code <error: ...>}.
     */
    public String value(boolean hex) {
        if (error != null) {
            return "<error: " + error + ">";
        }
        return evaluator.format(new Evaluator.Value(type, value), hex);
    }

    /**
     * The value of an integer or pointer (a pointer's address), as 64 bits.
     *
     * @return the value, or empty for a structure, union or array, or memory that cannot be read
     */
    public java.util.OptionalLong scalar() {
        return error == null && type.isScalar() ? java.util.OptionalLong.of(value) : java.util.OptionalLong.empty();
    }

    /** Whether it has children to expand. */
    public boolean hasChildren() {
        return error == null && (type.isRecord() || type.isArray() && type.len > 0 || pointsAtRecord());
    }

    private boolean pointsAtRecord() {
        return type.isPtr() && type.base.isRecord() && value != 0;
    }

    /**
     * The members of a structure or union (bit-fields with their value), the first {@value #MAX_ELEMENTS} elements of
     * an array, or for a non-null pointer to a structure the structure ({@code *p}); none for other values.
     */
    public List<Variable> children() {
        List<Variable> out = new ArrayList<>();
        if (!hasChildren()) {
            return out;
        }
        if (type.isRecord()) {
            for (CType.Member m : type.rec.members) {
                if (m.name == null) {
                    continue;
                }
                long a = value + m.offset;
                if (m.isBitField()) {
                    try {
                        out.add(of(evaluator, m.name, m.type, m.extract(evaluator.load(a, m.type))));
                    } catch (EvalException e) {
                        out.add(new Variable(evaluator, m.name, m.type, 0, e.getMessage()));
                    }
                } else {
                    out.add(at(evaluator, m.name, m.type, a));
                }
            }
        } else if (type.isArray()) {
            long n = Math.min(type.len, MAX_ELEMENTS);
            for (long i = 0; i < n; i++) {
                out.add(at(evaluator, "[" + i + "]", type.base, value + i * type.base.size()));
            }
        } else {
            out.add(at(evaluator, "*" + name, type.base, value));
        }
        return out;
    }

    @Override
    public String toString() {
        return name + " = " + value(false);
    }
}
