package org.mmioworkbench.script.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.mmioworkbench.script.ScriptException;
import org.mmioworkbench.script.SourcePosition;

/**
 * Compiles the syntax tree to a flat instruction list. Every statement starts with a
 * {@link Instruction.Statement} marker; the condition of a loop gets a marker on each iteration; a loop
 * counts its iterations for the loop bound. Expressions and calls are compiled by
 * {@link ExpressionCompiler} and {@link CallCompiler}.
 */
public final class Compiler {
    private final CodeBuffer out;
    private final Slots slots;
    private final ExpressionCompiler expressions;
    private final Deque<Loop> loops = new ArrayDeque<>();
    private int loopCount;

    /** The jumps of one loop's {@code break}s and {@code continue}s, patched when the loop is done. */
    private static final class Loop {
        final List<Integer> breaks = new ArrayList<>();
        final List<Integer> continues = new ArrayList<>();
    }

    private Compiler(String fileName) {
        this.out = new CodeBuffer(fileName);
        this.slots = new Slots(fileName);
        this.expressions = new ExpressionCompiler(out, slots);
    }

    /**
     * Compiles a parsed script.
     *
     * @param parsed the parser's result
     * @param fileName the file name for messages
     * @return the program
     * @throws ScriptException for a call that does not match its prototype, a misplaced {@code break} and the like
     */
    public static Program compile(ParsedScript parsed, String fileName) {
        Compiler c = new Compiler(fileName);
        parsed.statements().forEach(c::statement);
        c.out.emit(new Instruction.Halt());
        return new Program(fileName, c.out.code(), c.out.statements(), c.slots.names(), c.slots.types(), c.loopCount);
    }

    private void statement(Stmt s) {
        switch (s) {
            case Stmt.Assign a -> {
                out.mark(a.position());
                assign(a);
            }
            case Stmt.Declare d -> {
                out.mark(d.position());
                declare(d);
            }
            case Stmt.CallStatement c -> {
                out.mark(c.position());
                expressions.calls().compile(c.call(), false);
            }
            case Stmt.If i -> ifStatement(i);
            case Stmt.While w -> whileLoop(w);
            case Stmt.DoWhile d -> doWhile(d);
            case Stmt.For f -> forLoop(f);
            case Stmt.Block b -> b.statements().forEach(this::statement);
            case Stmt.Break b -> {
                out.mark(b.position());
                innermost(b.position(), "break").breaks.add(out.placeholder());
            }
            case Stmt.Continue c -> {
                out.mark(c.position());
                innermost(c.position(), "continue").continues.add(out.placeholder());
            }
            case Stmt.Process p -> {
                out.mark(p.position());
                out.emit(new Instruction.SwitchProcess(p.name(), p.position()));
            }
            case Stmt.Assert a -> {
                out.mark(a.position());
                expressions.compile(a.condition());
                out.emit(new Instruction.Assert(a.text(), a.position()));
            }
        }
    }

    /** A statement inside a for header: no marker of its own. */
    private void simple(Stmt s) {
        switch (s) {
            case Stmt.Assign a -> assign(a);
            case Stmt.Declare d -> declare(d);
            case Stmt.CallStatement c -> expressions.calls().compile(c.call(), false);
            default -> throw new IllegalStateException("not a simple statement: " + s);
        }
    }

    private void ifStatement(Stmt.If s) {
        out.mark(s.position());
        expressions.compile(s.condition());
        int skipThen = out.placeholder();
        statement(s.then());
        if (s.otherwise() == null) {
            out.patch(skipThen, new Instruction.JumpIfZero(out.here()));
            return;
        }
        int skipElse = out.placeholder();
        out.patch(skipThen, new Instruction.JumpIfZero(out.here()));
        statement(s.otherwise());
        out.patch(skipElse, new Instruction.Jump(out.here()));
    }

    private void whileLoop(Stmt.While s) {
        int id = out.mark(s.position());
        int loop = loopCount++;
        out.emit(new Instruction.LoopEnter(loop));
        int top = out.here();
        expressions.compile(s.condition());
        int exit = out.placeholder();
        out.emit(new Instruction.LoopIteration(loop, s.position()));
        loops.push(new Loop());
        statement(s.body());
        int back = out.here();
        out.emit(new Instruction.Statement(id));
        out.emit(new Instruction.Jump(top));
        out.patch(exit, new Instruction.JumpIfZero(out.here()));
        finishLoop(back);
    }

    private void doWhile(Stmt.DoWhile s) {
        out.mark(s.position());
        int loop = loopCount++;
        out.emit(new Instruction.LoopEnter(loop));
        int top = out.here();
        out.emit(new Instruction.LoopIteration(loop, s.position()));
        loops.push(new Loop());
        statement(s.body());
        int condition = out.here();
        out.mark(s.whilePosition());
        expressions.compile(s.condition());
        out.emit(new Instruction.JumpIfNonZero(top));
        finishLoop(condition);
    }

    private void forLoop(Stmt.For s) {
        int id = out.mark(s.position());
        int loop = loopCount++;
        out.emit(new Instruction.LoopEnter(loop));
        s.init().forEach(this::simple);
        int toCondition = out.placeholder();
        int step = out.here();
        out.emit(new Instruction.Statement(id));
        s.step().forEach(this::simple);
        out.patch(toCondition, new Instruction.Jump(out.here()));
        int exit = -1;
        if (s.condition() != null) {
            expressions.compile(s.condition());
            exit = out.placeholder();
        }
        out.emit(new Instruction.LoopIteration(loop, s.position()));
        loops.push(new Loop());
        statement(s.body());
        out.emit(new Instruction.Jump(step));
        if (exit >= 0) {
            out.patch(exit, new Instruction.JumpIfZero(out.here()));
        }
        finishLoop(step);
    }

    private void finishLoop(int continueTarget) {
        Loop loop = loops.pop();
        loop.breaks.forEach(at -> out.patch(at, new Instruction.Jump(out.here())));
        loop.continues.forEach(at -> out.patch(at, new Instruction.Jump(continueTarget)));
    }

    private Loop innermost(SourcePosition at, String keyword) {
        if (loops.isEmpty()) {
            throw out.error(at, "'" + keyword + "' outside a loop");
        }
        return loops.peek();
    }

    private void assign(Stmt.Assign a) {
        int slot = slots.of(a.target());
        if (a.op() != null) {
            out.emit(new Instruction.Load(slot, a.target().position()));
        }
        expressions.compile(a.value());
        if (a.op() != null) {
            out.emit(new Instruction.Binary(a.op(), a.position()));
        }
        out.emit(new Instruction.Store(slot));
    }

    private void declare(Stmt.Declare d) {
        for (Stmt.Declarator v : d.declarators()) {
            if (v.type().struct()) {
                for (int field : slots.struct(v.name(), v.position())) {
                    out.emit(new Instruction.Declare(field, CType.HANDLE));
                }
                continue;
            }
            int slot = slots.scalar(v.name(), v.position());
            out.emit(new Instruction.Declare(slot, v.type()));
            if (v.init() != null) {
                expressions.compile(v.init());
                out.emit(new Instruction.Store(slot));
            }
        }
    }
}
