package org.mmioworkbench.script.internal;

/**
 * Compiles expressions: operands left to right, then the operator; {@code &&} and {@code ||} jump over
 * their right operand when C would not evaluate it.
 */
final class ExpressionCompiler {
    private final CodeBuffer out;
    private final Slots slots;
    private final CallCompiler calls;

    ExpressionCompiler(CodeBuffer out, Slots slots) {
        this.out = out;
        this.slots = slots;
        this.calls = new CallCompiler(out, slots, this);
    }

    CallCompiler calls() {
        return calls;
    }

    /** Emits code that pushes the expression's value. */
    void compile(Expr e) {
        switch (e) {
            case Expr.Literal l -> out.emit(new Instruction.Push(l.value()));
            case Expr.Variable v -> out.emit(new Instruction.Load(slots.scalar(v.name(), v.position()), v.position()));
            case Expr.Field f -> out.emit(new Instruction.Load(slots.of(f.target()), f.position()));
            case Expr.Unary u -> {
                compile(u.operand());
                out.emit(new Instruction.Unary(u.op()));
            }
            case Expr.Binary b when b.op() == BinaryOp.LOGICAL_AND || b.op() == BinaryOp.LOGICAL_OR -> logical(b);
            case Expr.Binary b -> {
                compile(b.left());
                compile(b.right());
                out.emit(new Instruction.Binary(b.op(), b.position()));
            }
            case Expr.Cast c -> {
                compile(c.operand());
                out.emit(new Instruction.Convert(c.type()));
            }
            case Expr.Call c -> calls.compile(c, true);
        }
    }

    private void logical(Expr.Binary b) {
        boolean and = b.op() == BinaryOp.LOGICAL_AND;
        compile(b.left());
        int shortCut = out.placeholder();
        compile(b.right());
        out.emit(new Instruction.Unary(UnaryOp.TO_BOOLEAN));
        int end = out.placeholder();
        out.patch(shortCut, and ? new Instruction.JumpIfZero(out.here()) : new Instruction.JumpIfNonZero(out.here()));
        out.emit(new Instruction.Push(and ? 0 : 1));
        out.patch(end, new Instruction.Jump(out.here()));
    }
}
