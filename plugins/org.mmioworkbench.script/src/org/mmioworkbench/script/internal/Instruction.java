package org.mmioworkbench.script.internal;

import java.util.List;

import org.mmioworkbench.script.SourcePosition;

/**
 * One instruction of the stack machine a script is compiled to. Values are unsigned 64-bit integers on
 * an operand stack; variables live in numbered slots.
 */
public sealed interface Instruction {

    /**
     * The start of a statement (a statement boundary for stepping).
     *
     * @param statement the statement's id
     */
    record Statement(int statement) implements Instruction {
    }

    /**
     * Pushes a constant.
     *
     * @param value the value
     */
    record Push(long value) implements Instruction {
    }

    /**
     * Pushes a variable's value; fails if it was never assigned.
     *
     * @param slot the variable
     * @param position where it is read, for the error
     */
    record Load(int slot, SourcePosition position) implements Instruction {
    }

    /**
     * Pushes a variable's value, or a fallback if it was never assigned.
     *
     * @param slot the variable
     * @param fallback the value if unassigned
     */
    record LoadOr(int slot, long fallback) implements Instruction {
    }

    /**
     * Pops a value into a variable, converting it to the variable's declared type.
     *
     * @param slot the variable
     */
    record Store(int slot) implements Instruction {
    }

    /**
     * Declares a variable's type and makes it unassigned.
     *
     * @param slot the variable
     * @param type its type
     */
    record Declare(int slot, CType type) implements Instruction {
    }

    /**
     * Applies a unary operator to the top of the stack.
     *
     * @param op the operator
     */
    record Unary(UnaryOp op) implements Instruction {
    }

    /**
     * Pops the right then the left operand and pushes the result.
     *
     * @param op the operator
     * @param position the operator, for division by zero and shift warnings
     */
    record Binary(BinaryOp op, SourcePosition position) implements Instruction {
    }

    /**
     * Converts the top of the stack to a type (a cast).
     *
     * @param type the type
     */
    record Convert(CType type) implements Instruction {
    }

    /**
     * Jumps.
     *
     * @param target the next instruction's index
     */
    record Jump(int target) implements Instruction {
    }

    /**
     * Pops a value and jumps if it is 0.
     *
     * @param target the index jumped to
     */
    record JumpIfZero(int target) implements Instruction {
    }

    /**
     * Pops a value and jumps if it is not 0.
     *
     * @param target the index jumped to
     */
    record JumpIfNonZero(int target) implements Instruction {
    }

    /**
     * Calls a function: pops its value and structure-field inputs, pushes its result (if any) and then
     * its out-values in parameter order.
     *
     * @param function the function
     * @param texts its string arguments in order
     * @param position the call, for errors and faults
     */
    record Call(Builtin function, List<byte[]> texts, SourcePosition position) implements Instruction {
    }

    /**
     * Pops the values for a format's integer conversions and prints.
     *
     * @param format the format
     * @param texts the arguments of its {@code %s} conversions
     * @param position the call
     */
    record Printf(PrintfFormat format, List<byte[]> texts, SourcePosition position) implements Instruction {
    }

    /** Discards the top of the stack. */
    record Pop() implements Instruction {
    }

    /**
     * Makes the following statements run as a process, starting it if needed.
     *
     * @param process the process name
     * @param position the statement
     */
    record SwitchProcess(String process, SourcePosition position) implements Instruction {
    }

    /**
     * Pops a condition and stops the script if it is 0.
     *
     * @param text the message or the condition's source text
     * @param position the assert statement
     */
    record Assert(String text, SourcePosition position) implements Instruction {
    }

    /**
     * Resets a loop's iteration counter as the loop starts.
     *
     * @param loop the loop's number
     */
    record LoopEnter(int loop) implements Instruction {
    }

    /**
     * Counts one iteration of a loop; stops the script when the loop bound is exceeded.
     *
     * @param loop the loop's number
     * @param position the loop's keyword
     */
    record LoopIteration(int loop, SourcePosition position) implements Instruction {
    }

    /** The end of the script. */
    record Halt() implements Instruction {
    }
}
