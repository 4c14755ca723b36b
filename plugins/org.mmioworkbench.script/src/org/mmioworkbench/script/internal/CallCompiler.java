package org.mmioworkbench.script.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.mmioworkbench.core.HandleRights;
import org.mmioworkbench.core.MmioConstants;
import org.mmioworkbench.core.Simulator;
import org.mmioworkbench.script.SourcePosition;

/**
 * Compiles calls, checking each against its prototype: the number of arguments, values where values
 * are expected, {@code &out} parameters, whole {@code IoMemHandles} structures, string literals, and
 * {@code printf} formats against their arguments.
 */
final class CallCompiler {
    private static final long INVALID_HANDLE = Integer.toUnsignedLong(MmioConstants.INVALID_HANDLE);

    private final CodeBuffer out;
    private final Slots slots;
    private final ExpressionCompiler expressions;

    CallCompiler(CodeBuffer out, Slots slots, ExpressionCompiler expressions) {
        this.out = out;
        this.slots = slots;
        this.expressions = expressions;
    }

    /**
     * Emits a call: its inputs, the call, the stores of its out-values, and a pop of its result if the
     * result is not used.
     */
    void compile(Expr.Call c, boolean asValue) {
        Builtin b = Builtin.named(c.name());
        if (b == null) {
            Builtin similar = Builtin.similar(c.name());
            throw out.error(c.position(), "unknown function '" + c.name() + "'"
                    + (similar == null ? "" : " (did you mean " + similar.cName() + "?)"));
        }
        if (asValue && !b.returnsValue()) {
            throw out.error(c.position(), b.cName() + " returns no value");
        }
        if (b == Builtin.PRINTF) {
            printf(c);
            return;
        }
        List<Arg> args = c.arguments();
        List<Builtin.Param> params = b.paramsFor(args.size());
        if (params == null) {
            throw out.error(c.position(), b.cName() + " takes " + b.arity() + ", " + b.signature() + ", but "
                    + args.size() + (args.size() == 1 ? " was" : " were") + " given");
        }
        List<byte[]> texts = new ArrayList<>();
        List<Integer> outputs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            argument(b, i, params.get(i), args.get(i), texts, outputs);
        }
        out.emit(new Instruction.Call(b, List.copyOf(texts), c.position()));
        for (int k = outputs.size() - 1; k >= 0; k--) {
            out.emit(new Instruction.Store(outputs.get(k)));
        }
        if (!asValue && b.returnsValue()) {
            out.emit(new Instruction.Pop());
        }
    }

    private void argument(Builtin b, int index, Builtin.Param p, Arg arg, List<byte[]> texts, List<Integer> outputs) {
        String which = "argument " + (index + 1) + " of " + b.cName() + " (" + p.written() + ")";
        switch (p.kind()) {
            case VALUE -> {
                if (!(arg instanceof Arg.Value v)) {
                    throw out.error(arg.position(), which + " must be an integer expression"
                            + (arg instanceof Arg.Out ? ", not an out-parameter" : ", not a string"));
                }
                expressions.compile(v.expr());
            }
            case OUT -> {
                if (!(arg instanceof Arg.Out o)) {
                    throw out.error(arg.position(), which + " is an out-parameter: write &" + p.name());
                }
                outputs.add(slots.of(o.target()));
            }
            case STRUCT_OUT, STRUCT_IN_OUT -> {
                if (!(arg instanceof Arg.Out o) || o.target().field() != null) {
                    throw out.error(arg.position(), which + " must be an IoMemHandles structure, such as &hs");
                }
                for (int field : slots.struct(o.target().name(), o.target().position())) {
                    out.emit(p.kind() == Builtin.ParamKind.STRUCT_IN_OUT
                            ? new Instruction.Load(field, o.target().position())
                            : new Instruction.LoadOr(field, INVALID_HANDLE));
                    outputs.add(field);
                }
            }
            case TEXT -> {
                if (!(arg instanceof Arg.Text t)) {
                    throw out.error(arg.position(), which + " must be a string literal");
                }
                if (b == Builtin.IPC_TRANSFER_HANDLE && p.name().equals("process")) {
                    checkProcess(new String(t.bytes(), StandardCharsets.UTF_8), t.position());
                } else if (b == Builtin.IPC_TRANSFER_HANDLE) {
                    checkRights(new String(t.bytes(), StandardCharsets.UTF_8), t.position());
                }
                texts.add(t.bytes());
            }
        }
    }

    private void checkProcess(String name, SourcePosition at) {
        if (name.isBlank()) {
            throw out.error(at, "a process name cannot be blank");
        }
        if (Keywords.RESERVED_PROCESSES.contains(name)) {
            throw out.error(at, "'" + name + "' is reserved by the simulator; choose another process name");
        }
        if (!Simulator.isProcessName(name)) {
            throw out.error(at, "a process name cannot hold control characters (line breaks, escape sequences)");
        }
    }

    /** Reads a rights text as the call will, so a misspelt right is an error before the script runs. */
    private void checkRights(String rights, SourcePosition at) {
        try {
            HandleRights.parse(rights);
        } catch (IllegalArgumentException ex) {
            throw out.error(at, ex.getMessage());
        }
    }

    private void printf(Expr.Call c) {
        List<Arg> args = c.arguments();
        if (args.isEmpty() || !(args.get(0) instanceof Arg.Text formatArg)) {
            throw out.error(args.isEmpty() ? c.position() : args.get(0).position(),
                    "the first argument of printf must be a format string literal");
        }
        PrintfFormat format;
        try {
            format = PrintfFormat.parse(formatArg.bytes());
        } catch (IllegalArgumentException ex) {
            throw out.error(formatArg.position(), ex.getMessage());
        }
        List<Character> conversions = format.conversions();
        int given = args.size() - 1;
        if (given != conversions.size()) {
            SourcePosition at = given > conversions.size() ? args.get(conversions.size() + 1).position() : c.position();
            throw out.error(at, "the printf format has " + conversions.size() + " conversion"
                    + (conversions.size() == 1 ? "" : "s") + " but " + given + " argument"
                    + (given == 1 ? "" : "s") + " follow" + (given == 1 ? "s" : "") + " it");
        }
        List<byte[]> texts = new ArrayList<>();
        for (int i = 0; i < conversions.size(); i++) {
            char conversion = conversions.get(i);
            Arg arg = args.get(i + 1);
            if (conversion == 's') {
                if (!(arg instanceof Arg.Text t)) {
                    throw out.error(arg.position(), "%s needs a string literal (argument " + (i + 2) + " of printf)");
                }
                texts.add(t.bytes());
            } else if (arg instanceof Arg.Value v) {
                expressions.compile(v.expr());
            } else {
                throw out.error(arg.position(), "%" + conversion + " needs an integer expression (argument " + (i + 2)
                        + " of printf)");
            }
        }
        out.emit(new Instruction.Printf(format, List.copyOf(texts), c.position()));
    }
}
